import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, ProgressIndicator, useTheme } from '@fluentui/react';
import { BlueprintDiffView } from '../BlueprintDiffView';
import { formatWhen } from '../formatWhen';
import { getLifecycleBarClassNames } from './LifecycleBar.styles';
import type { IDiscardDraftDialogProps, ILifecycleBarProps } from './LifecycleBar.types';

/**
 * Where the blueprint stands (what is live, the draft and who saved it, what the user may do), the
 * outcome of the last action, the two conflicts of the life cycle with what changed in between and
 * the ways out, and the question before a draft is discarded. Shared by every blueprint editor.
 */
export function LifecycleBar(props: ILifecycleBarProps): React.ReactElement {
  const { doc, strings, locale } = props;
  const state = doc.state;
  const classNames = getLifecycleBarClassNames(useTheme());
  const { published, draft, access, conflict, publishConflict, reanalysis, notice } = state;
  const run = (work: Promise<void>): void => {
    work.catch(doc.fail);
  };
  const next = (published?.blueprint.version ?? 0) + 1;
  return (
    <>
      <p className={classNames.status} role="status" data-testid="lifecycle-status">
        <span className={classNames.live}>{published ? strings.live(published.blueprint.version) : strings.nothingPublished}</span>
        {draft ? (
          <span>{strings.draftOf(draft.blueprint.version, draft.basedOnVersion)} · {strings.savedBy(draft.modifiedBy, formatWhen(locale, draft.modifiedAt))}</span>
        ) : (
          access.canEdit && <span>{props.dirty ? strings.draftOf(next, published?.blueprint.version) : strings.noDraft}</span>
        )}
        {props.dirty && <span>{strings.unsaved}</span>}
      </p>
      {state.phase === 'ready' && !access.canEdit && <MessageBar messageBarType={MessageBarType.info}>{strings.readOnly}</MessageBar>}
      {state.phase === 'ready' && access.canEdit && !access.canPublish && <MessageBar messageBarType={MessageBarType.info}>{strings.editOnly}</MessageBar>}
      {reanalysis && (
        reanalysis.finished ? (
          <MessageBar messageBarType={MessageBarType.success}>{strings.reanalysed(reanalysis.total, reanalysis.version)}</MessageBar>
        ) : (
          <ProgressIndicator label={strings.reanalysing(reanalysis.done, reanalysis.total, reanalysis.version)} percentComplete={reanalysis.total > 0 ? reanalysis.done / reanalysis.total : undefined} />
        )
      )}
      {conflict && (
        <MessageBar
          messageBarType={MessageBarType.severeWarning}
          isMultiline
          actions={
            <div>
              <MessageBarButton onClick={() => run(doc.reload())}>{strings.reload}</MessageBarButton>
              <MessageBarButton onClick={() => run(doc.overwrite(props.edited))}>{strings.overwrite}</MessageBarButton>
            </div>
          }
        >
          {conflict.theirs ? strings.conflictDraft(conflict.theirs.modifiedBy, formatWhen(locale, conflict.theirs.modifiedAt)) : strings.conflictGone}
          {conflict.theirs && (
            <div className={classNames.diff}>
              <BlueprintDiffView before={(conflict.base ?? published)?.blueprint ?? conflict.theirs.blueprint} after={conflict.theirs.blueprint} strings={strings} />
            </div>
          )}
        </MessageBar>
      )}
      {publishConflict && (
        <MessageBar
          messageBarType={MessageBarType.severeWarning}
          isMultiline
          actions={access.canPublish ? <div><MessageBarButton onClick={() => run(doc.publishAnyway())}>{strings.publishAnyway}</MessageBarButton></div> : undefined}
        >
          {strings.publishConflict(publishConflict.live.blueprint.version, publishConflict.live.modifiedBy, formatWhen(locale, publishConflict.live.modifiedAt), publishConflict.basedOn?.blueprint.version)}
          <div className={classNames.diff}>
            <BlueprintDiffView
              before={publishConflict.basedOn?.blueprint ?? { ...publishConflict.live.blueprint, roles: [], stages: [], transactions: [], technical: undefined }}
              after={publishConflict.live.blueprint}
              strings={strings}
            />
          </div>
        </MessageBar>
      )}
      {notice && (
        <MessageBar
          messageBarType={notice.kind === 'success' ? MessageBarType.success : notice.kind === 'warning' ? MessageBarType.warning : MessageBarType.error}
          isMultiline
          onDismiss={doc.dismiss}
          dismissButtonAriaLabel={strings.dismiss}
        >
          {notice.text}
        </MessageBar>
      )}
      <DiscardDraftDialog
        open={props.discardOpen}
        liveVersion={published?.blueprint.version}
        strings={strings}
        onCancel={props.onDiscardClosed}
        onConfirm={() => {
          props.onDiscardClosed();
          run(doc.discardDraft());
        }}
      />
    </>
  );
}

/** Asks before the draft is deleted: discarding loses every edit since the last publication. */
export function DiscardDraftDialog(props: IDiscardDraftDialogProps): React.ReactElement {
  return (
    <Dialog hidden={!props.open} onDismiss={props.onCancel} dialogContentProps={{ type: DialogType.normal, title: props.strings.discardTitle, subText: props.strings.discardText(props.liveVersion) }}>
      <DialogFooter>
        <PrimaryButton onClick={props.onConfirm} text={props.strings.discardDraft} />
        <DefaultButton onClick={props.onCancel} text={props.strings.cancel} />
      </DialogFooter>
    </Dialog>
  );
}
