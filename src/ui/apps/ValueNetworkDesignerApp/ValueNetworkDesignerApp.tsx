import * as React from 'react';
import { CommandBar, MessageBar, MessageBarType, Pivot, PivotItem, Spinner, useTheme, type ICommandBarItemProps } from '@fluentui/react';
import { validateBlueprint } from '../../../core/model';
import { AnalysisPanel } from '../../designer/AnalysisPanel';
import { BlueprintTable } from '../../designer/BlueprintTable';
import { defaultTransaction } from '../../designer/BlueprintTable/BlueprintTable';
import { designerReducer, initialDesignerState, isDirty } from '../../designer/designerReducer';
import { ItemEditorPanel } from '../../designer/ItemEditorPanel';
import { NetworkDiagram } from '../../designer/NetworkDiagram';
import { newBlueprint } from '../../designer/saveIntent';
import { VersionHistory } from '../../designer/VersionHistory';
import { useHost } from '../../host';
import { stringsFor } from '../../i18n';
import { designerStringsFor } from '../../i18n/designer';
import { decisionsStringsFor } from '../../i18n/decisions';
import { lifecycleStringsFor } from '../../i18n/lifecycle';
import { DraftChanges } from '../../lifecycle/DraftChanges';
import { LifecycleBar, useBlueprintDocument, type DocumentEditor } from '../../lifecycle';
import { useService, useServices } from '../../services';
import { SiteSetup } from '../../setup';
import { AppFrame } from '../../shell';
import { download, exportFiles, importFile, type ExportFormat } from './fileTransfer';
import { getValueNetworkDesignerAppClassNames } from './ValueNetworkDesignerApp.styles';

/** The designer itself; it reads blueprints, so it only mounts on a site that is set up. */
function DesignerWorkspace(props: IValueNetworkDesignerAppProps): React.ReactElement {
  const host = useHost();
  const strings = designerStringsFor(host.locale);
  const classNames = getValueNetworkDesignerAppClassNames(useTheme());
  const lifecycle = lifecycleStringsFor(host.locale);
  const store = useService('blueprints');
  const services = useServices();
  const [editor, edit] = React.useReducer(designerReducer, undefined, () => initialDesignerState(newBlueprint(strings.newBlueprintName)));
  const documentEditor = React.useMemo<DocumentEditor>(
    () => ({ load: (blueprint) => edit({ type: 'load', blueprint }), saved: (blueprint) => edit({ type: 'saved', blueprint }), blank: () => newBlueprint(strings.newBlueprintName) }),
    [strings]
  );
  // With the model registry, re-analysis after a publication scores with the model in use.
  const deals = services.opportunities && services.interactions && services.participants
    ? { blueprints: store, opportunities: services.opportunities, interactions: services.interactions, participants: services.participants, ...(services.models ? { models: services.models } : {}) }
    : undefined;
  const doc = useBlueprintDocument(store, lifecycle, documentEditor, { preferredId: props.blueprintId, publisherGroup: props.publisherGroup, deals });
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const { canEdit, canPublish } = doc.state.access;
  const [view, setView] = React.useState('diagram');
  // The side panel opens for what the user picks in the diagram, not for rows added in the table.
  const [panelOpen, setPanelOpen] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const problems = React.useMemo(() => validateBlueprint(editor.blueprint), [editor.blueprint]);
  const dirty = isDirty(editor);
  const busy = doc.state.busy || doc.state.phase === 'loading';

  React.useEffect(() => {
    if (view === 'history') doc.loadHistory().catch(() => undefined);
  }, [view, doc.state.published]);

  const run = (work: Promise<void>): void => {
    work.catch(doc.fail);
  };
  const exportAs = (format: ExportFormat): void => {
    exportFiles(editor.blueprint, format).then((files) => files.forEach(download)).catch(doc.fail);
  };
  const onFile = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    file
      .text()
      .then((text) => importFile(file.name, text))
      .then(({ blueprint, warnings }) => {
        // The import replaces the content of the blueprint being edited; its identity, status and version
        // stay those of the editor so that saving goes to the same draft through the same ETag check.
        edit({ type: 'replace', blueprint: { ...blueprint, id: editor.blueprint.id, status: editor.blueprint.status, version: editor.blueprint.version } });
        doc.notify(warnings.length === 0 ? { kind: 'success', text: strings.imported(blueprint.name) } : { kind: 'warning', text: strings.importedWithWarnings(blueprint.name, warnings) });
      })
      .catch(doc.fail);
  };

  const { draft, published } = doc.state;
  // Only what the user may do is offered; SharePoint would refuse the rest anyway.
  const editing: ICommandBarItemProps[] = !canEdit
    ? []
    : [
        { key: 'undo', text: strings.undo, iconProps: { iconName: 'Undo' }, disabled: editor.past.length === 0, onClick: () => edit({ type: 'undo' }) },
        { key: 'redo', text: strings.redo, iconProps: { iconName: 'Redo' }, disabled: editor.future.length === 0, onClick: () => edit({ type: 'redo' }) },
        { key: 'save', text: lifecycle.saveDraft, iconProps: { iconName: 'Save' }, disabled: busy || !dirty, onClick: () => run(doc.saveDraft(editor.blueprint)) },
        ...(canPublish
          ? [{ key: 'publish', text: lifecycle.publish, iconProps: { iconName: 'PublishContent' }, disabled: busy || problems.length > 0 || (!dirty && !draft), onClick: () => run(doc.publish(editor.blueprint, dirty)) }]
          : []),
        { key: 'discard', text: lifecycle.discardDraft, iconProps: { iconName: 'Delete' }, disabled: busy || !draft, onClick: () => setConfirmDiscard(true) },
        { key: 'import', text: strings.importFile, iconProps: { iconName: 'Upload' }, onClick: () => fileInput.current?.click() }
      ];
  const items: ICommandBarItemProps[] = [
    ...editing,
    { key: 'layout', text: strings.autoLayout, iconProps: { iconName: 'GridViewMedium' }, onClick: () => edit({ type: 'autoLayout' }) },
    {
      key: 'export',
      text: strings.exportAs,
      iconProps: { iconName: 'Download' },
      subMenuProps: {
        items: [
          { key: 'json', text: strings.exportJson, onClick: () => exportAs('json') },
          { key: 'bpel', text: strings.exportBpel, onClick: () => exportAs('bpel') },
          { key: 'bpel-executable', text: strings.exportBpelExecutable, onClick: () => exportAs('bpel-executable') },
          { key: 'bpmn', text: strings.exportBpmn, onClick: () => exportAs('bpmn') }
        ]
      }
    }
  ];

  return (
    <div className={classNames.body}>
      <CommandBar items={items} ariaLabel={strings.toolbarLabel} />
      {canEdit && <input ref={fileInput} className={classNames.hiddenInput} type="file" accept=".json,.bpel,.xml" aria-label={strings.importFile} tabIndex={-1} onChange={onFile} />}
      <p className={classNames.status} role="status">{editor.blueprint.name}</p>
      <LifecycleBar doc={doc} edited={editor.blueprint} dirty={dirty} locale={host.locale} strings={lifecycle} discardOpen={confirmDiscard} onDiscardClosed={() => setConfirmDiscard(false)} />
      {draft && published && <DraftChanges live={published.blueprint} draft={editor.blueprint} strings={lifecycle} summary={decisionsStringsFor(host.locale).draftChanges(published.blueprint.version)} />}
      {busy && <Spinner label={doc.state.phase === 'loading' ? strings.loading : undefined} />}
      {!canEdit ? null : problems.length > 0 ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <strong>{strings.problemsHeading(problems.length)}</strong>
          <ul className={classNames.problems}>{problems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
        </MessageBar>
      ) : (
        <MessageBar messageBarType={MessageBarType.info}>{strings.noProblems}</MessageBar>
      )}
      <Pivot selectedKey={view} onLinkClick={(item) => item?.props.itemKey && setView(item.props.itemKey)} aria-label={strings.toolbarLabel}>
        <PivotItem itemKey="diagram" headerText={strings.views.diagram}>
          <NetworkDiagram
            // Mounted afresh once the stored blueprint is in: the view is fitted on mount, and a view
            // fitted to the empty placeholder left the loaded roles cut off at the canvas edge.
            key={doc.state.phase}
            blueprint={editor.blueprint}
            positions={editor.positions}
            pinned={editor.pinned}
            selection={editor.selection}
            themeKind={host.theme}
            strings={strings}
            onMove={(id, to) => edit({ type: 'moveRole', id, to })}
            onSelect={(selection) => {
              edit({ type: 'select', selection });
              setPanelOpen(true);
            }}
            onConnect={(from, to) => {
              if (canEdit) edit({ type: 'addTransaction', transaction: { ...defaultTransaction(editor.blueprint, strings.newDeliverable), from, to } });
            }}
          />
        </PivotItem>
        <PivotItem itemKey="table" headerText={strings.views.table}>
          <BlueprintTable blueprint={editor.blueprint} problems={problems} strings={strings} dispatch={edit} readOnly={!canEdit} />
        </PivotItem>
        <PivotItem itemKey="analysis" headerText={strings.views.analysis}>
          <AnalysisPanel blueprint={editor.blueprint} strings={strings} locale={host.locale} />
        </PivotItem>
        <PivotItem itemKey="history" headerText={strings.views.history}>
          <VersionHistory
            versions={doc.state.versions}
            editing={editor.blueprint}
            editingVersion={(published?.blueprint.version ?? 0) + 1}
            canPublish={canPublish}
            busy={busy}
            strings={lifecycle}
            locale={host.locale}
            onRollBack={(version) => run(doc.rollBack(version))}
          />
        </PivotItem>
      </Pivot>
      <ItemEditorPanel blueprint={editor.blueprint} selection={view === 'diagram' && panelOpen && canEdit ? editor.selection : undefined} problems={problems} strings={strings}
        dispatch={(action) => {
          if (action.type === 'select' && action.selection === undefined) setPanelOpen(false);
          edit(action);
        }} />
    </div>
  );
}

export interface IValueNetworkDesignerAppProps {
  /** The blueprint to open (web part property); default, or when the site lacks it: the most recently modified one. */
  readonly blueprintId?: string;
  /** A SharePoint group whose members may publish besides the site owners (web part property). */
  readonly publisherGroup?: string;
}

/** The Value Network Designer app root, rendered by its web part and by the local workbench. */
export function ValueNetworkDesignerApp(props: IValueNetworkDesignerAppProps = {}): React.ReactElement {
  const strings = stringsFor(useHost().locale);
  return (
    <AppFrame title={strings.designerTitle} purpose={strings.designerPurpose}>
      <SiteSetup>
        <DesignerWorkspace blueprintId={props.blueprintId} publisherGroup={props.publisherGroup} />
      </SiteSetup>
    </AppFrame>
  );
}
