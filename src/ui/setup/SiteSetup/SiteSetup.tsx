import * as React from 'react';
import { DefaultButton, getId, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Spinner, useTheme } from '@fluentui/react';
import { ProvisioningIncompleteError, setUpSite } from '../../../services';
import { ValueNetworksError } from '../../../core';
import { useHost } from '../../host';
import { setupStringsFor } from '../../i18n/setup';
import { useService } from '../../services';
import { INITIAL_SETUP_STATE, setupReducer, type SetupAction } from '../setupReducer';
import { getSiteSetupClassNames } from './SiteSetup.styles';
import type { ISiteSetupProps } from './SiteSetup.types';

/**
 * Announced on `window` after a set-up succeeds. A SharePoint page may hold all three web parts, each
 * with its own gate and no shared state: without this, the other two keep offering a set-up that has
 * just been done until the page is reloaded.
 */
export const SITE_SET_UP_EVENT = 'valuenetworks:site-set-up';

function failure(error: unknown): SetupAction {
  const completedSteps = error instanceof ProvisioningIncompleteError ? error.completedSteps.length : undefined;
  // Typed errors carry sentences written for people; anything else is shown as it is, not hidden.
  const message = error instanceof ValueNetworksError ? error.message : error instanceof Error ? error.message : String(error);
  return { type: 'failed', message, completedSteps };
}

/**
 * Gate in front of every app: renders the app once the site has the ValueNetworks lists. Otherwise
 * owners get "Set up ValueNetworks on this site" (with the changes it will make, progress and the
 * result) and members and visitors an explanation of who can do it. Needs the `provisioner` service.
 */
export function SiteSetup(props: ISiteSetupProps): React.ReactElement {
  const provisioner = useService('provisioner');
  const host = useHost();
  const strings = setupStringsFor(host.locale);
  const classNames = getSiteSetupClassNames(useTheme());
  const [state, dispatch] = React.useReducer(setupReducer, INITIAL_SETUP_STATE);
  // Three apps may show this flow on one page: ids must stay unique for aria-labelledby.
  const [headingId] = React.useState(() => getId('vn-setup-heading'));
  const [changesId] = React.useState(() => getId('vn-setup-changes'));
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);
  const safeDispatch = React.useCallback((action: SetupAction) => { if (mounted.current) dispatch(action); }, []);

  // Another signed-in user may hold other permissions (the workbench and Teams can switch users in place).
  React.useEffect(() => dispatch({ type: 'recheck' }), [host.user.loginName]);
  // Only a gate still waiting listens: the one that ran the set-up keeps showing its result.
  const waiting = state.phase === 'needed' || state.phase === 'failed';
  React.useEffect(() => {
    if (!waiting) return undefined;
    const recheck = (): void => dispatch({ type: 'recheck' });
    window.addEventListener(SITE_SET_UP_EVENT, recheck);
    return () => window.removeEventListener(SITE_SET_UP_EVENT, recheck);
  }, [waiting]);

  React.useEffect(() => {
    if (state.phase !== 'checking') return;
    Promise.all([provisioner.inspect(), provisioner.canManageLists()])
      .then(([report, canManage]) => safeDispatch({ type: 'checked', report, canManage }))
      .catch((error: unknown) => safeDispatch(failure(error)));
  }, [state.phase, provisioner, safeDispatch]);

  const run = (): void => {
    dispatch({ type: 'started' });
    setUpSite(provisioner)
      .then((report) => {
        safeDispatch({ type: 'succeeded', report });
        window.dispatchEvent(new Event(SITE_SET_UP_EVENT));
      })
      .catch((error: unknown) => safeDispatch(failure(error)));
  };

  switch (state.phase) {
    case 'ready':
      return <>{props.children}</>;
    case 'checking':
      return <Spinner label={strings.checking} ariaLive="polite" />;
    case 'needed':
      return state.canManage ? (
        <div className={classNames.root} role="region" aria-labelledby={headingId}>
          <h3 id={headingId} className={classNames.heading}>{strings.notSetUpTitle}</h3>
          <p>{strings.ownerExplanation}</p>
          <p id={changesId}>{strings.changesHeading(state.changes.length)}</p>
          <ul className={classNames.changes} aria-labelledby={changesId} tabIndex={0}>
            {state.changes.map((change, i) => <li key={i}>{change}</li>)}
          </ul>
          <div className={classNames.actions}>
            <PrimaryButton text={strings.setUpButton} onClick={run} />
          </div>
        </div>
      ) : (
        <div className={classNames.root} role="region" aria-labelledby={headingId}>
          <h3 id={headingId} className={classNames.heading}>{strings.memberTitle}</h3>
          <p className={classNames.explanation}>{strings.memberExplanation}</p>
        </div>
      );
    case 'running':
      return (
        <div className={classNames.root} role="region" aria-labelledby={headingId} aria-busy="true">
          <h3 id={headingId} className={classNames.heading}>{strings.running}</h3>
          <ProgressIndicator label={strings.running} description={strings.runningDetail} ariaValueText={strings.running} />
        </div>
      );
    case 'done':
      return (
        <div className={classNames.root} role="region" aria-labelledby={headingId}>
          <h3 id={headingId} className={classNames.heading}>{strings.doneTitle}</h3>
          <MessageBar messageBarType={MessageBarType.success} isMultiline>{strings.doneDetail(state.report.changes.length)}</MessageBar>
          <div className={classNames.actions}>
            <PrimaryButton text={strings.continueButton} onClick={() => dispatch({ type: 'continued' })} />
          </div>
        </div>
      );
    case 'failed':
      return (
        <div className={classNames.root} role="region" aria-labelledby={headingId}>
          <h3 id={headingId} className={classNames.heading}>{strings.failedTitle}</h3>
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {state.message}
            {state.completedSteps === undefined ? '' : ` ${strings.incompleteSteps(state.completedSteps)}`}
          </MessageBar>
          <div className={classNames.actions}>
            <DefaultButton text={strings.retryButton} onClick={state.canRetrySetUp ? run : () => dispatch({ type: 'recheck' })} />
          </div>
        </div>
      );
    default:
      return <></>;
  }
}
