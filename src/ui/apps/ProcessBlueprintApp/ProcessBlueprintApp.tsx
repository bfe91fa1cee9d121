import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, Spinner } from '@fluentui/react';
import { useHost } from '../../host';
import { stringsFor } from '../../i18n';
import { processStringsFor } from '../../i18n/process';
import { ParticipantRoles, ProcessEditor } from '../../process';
import { useService, useServices } from '../../services';
import { SiteSetup } from '../../setup';
import { AppFrame } from '../../shell';
import { loaderReducer } from './blueprintLoader';
import type { IProcessBlueprintAppProps } from './ProcessBlueprintApp.types';

function ProcessBlueprintContent(props: IProcessBlueprintAppProps): React.ReactElement {
  const locale = useHost().locale;
  const strings = processStringsFor(locale);
  const store = useService('blueprints');
  const [state, dispatch] = React.useReducer(loaderReducer, { phase: 'loading' });
  const services = useServices();
  // The people-and-roles editor needs the deal stores too; a host that provides only blueprints shows the editor alone.
  const canMapPeople = services.opportunities !== undefined && services.participants !== undefined && services.interactions !== undefined;

  React.useEffect(() => {
    let live = true;
    store
      .list()
      .then((blueprints) => { if (live) dispatch({ type: 'loaded', blueprints, preferredId: props.blueprintId }); })
      .catch((error: unknown) => { if (live) dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) }); });
    return () => { live = false; };
  }, [store, props.blueprintId]);

  if (state.phase === 'loading') return <Spinner label={strings.loading} ariaLive="polite" />;
  if (state.phase === 'failed') return <MessageBar messageBarType={MessageBarType.error} isMultiline>{state.message}</MessageBar>;
  const selected = state.blueprints.find((b) => b.blueprintId === state.selectedId);
  if (!selected) return <p>{strings.noBlueprint}</p>;
  const deals = canMapPeople && services.opportunities && services.interactions && services.participants
    ? { blueprints: store, opportunities: services.opportunities, interactions: services.interactions, participants: services.participants, ...(services.models ? { models: services.models } : {}) }
    : undefined;
  // People in roles are written by members; a reader sees them but cannot change them.
  const shown = selected.draft?.blueprint ?? selected.published?.blueprint;
  return (
    <>
      {state.blueprints.length > 1 && (
        <Dropdown
          label={strings.blueprintLabel}
          selectedKey={selected.blueprintId}
          options={state.blueprints.map((b) => ({ key: b.blueprintId, text: b.published ? `${b.name} (v${b.published.blueprint.version})` : b.name }))}
          onChange={(_, option) => option && dispatch({ type: 'select', blueprintId: String(option.key) })}
          styles={{ root: { maxWidth: 360, marginBottom: 12 } }}
        />
      )}
      {/* Keyed by blueprint: switching blueprints starts a fresh editor. */}
      <ProcessEditor key={selected.blueprintId} blueprintId={selected.blueprintId} store={store} locale={locale} publisherGroup={props.publisherGroup} deals={deals} />
      {canMapPeople && shown && <ParticipantRoles blueprint={shown} locale={locale} />}
    </>
  );
}

/** The Process Blueprint app root, rendered by its web part and by the local workbench. */
export function ProcessBlueprintApp(props: IProcessBlueprintAppProps): React.ReactElement {
  const strings = stringsFor(useHost().locale);
  return (
    <AppFrame title={strings.processTitle} purpose={strings.processPurpose}>
      <div data-app="process-blueprint">
        <SiteSetup>
          <ProcessBlueprintContent blueprintId={props.blueprintId} publisherGroup={props.publisherGroup} />
        </SiteSetup>
      </div>
    </AppFrame>
  );
}
