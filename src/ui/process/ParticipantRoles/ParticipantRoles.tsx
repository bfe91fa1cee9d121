import * as React from 'react';
import { useReadOnly } from '../../lifecycle/readOnly';
import { Dropdown, MessageBar, MessageBarType, PrimaryButton, Spinner, useTheme } from '@fluentui/react';
import { participantRolesStringsFor } from '../../i18n/participants';
import { useService } from '../../services';
import { accountPeople, accountsOf, customerRoles, roleEntries } from '../accountRoles';
import { getParticipantRolesClassNames } from './ParticipantRoles.styles';
import { INITIAL_PARTICIPANT_ROLES_STATE, participantRolesReducer, type IParticipantRolesProps } from './ParticipantRoles.types';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Maps the people of an account to the blueprint's customer roles, through the Participants list:
 * choose an account, pick a role per person with a native select (keyboard and screen reader friendly),
 * save. The port adds entries and never deletes, so a role once recorded stays; a person may hold
 * several roles (a champion who is also the technical evaluator).
 */
export function ParticipantRoles(props: IParticipantRolesProps): React.ReactElement {
  const readOnly = useReadOnly();
  const strings = participantRolesStringsFor(props.locale);
  const classNames = getParticipantRolesClassNames(useTheme());
  const opportunities = useService('opportunities');
  const participants = useService('participants');
  const interactions = useService('interactions');
  const [state, dispatch] = React.useReducer(participantRolesReducer, INITIAL_PARTICIPANT_ROLES_STATE);
  const roles = React.useMemo(() => customerRoles(props.blueprint), [props.blueprint]);
  const roleName = new Map(props.blueprint.roles.map((r) => [r.id, r.name]));
  const { site, account } = state;

  React.useEffect(() => {
    let live = true;
    Promise.all([opportunities.listAll(), participants.listAll()])
      .then(([records, people]) => { if (live) dispatch({ type: 'siteLoaded', records, participants: people }); })
      .catch((error: unknown) => { if (live) dispatch({ type: 'failed', message: messageOf(error) }); });
    return () => { live = false; };
  }, [opportunities, participants, state.revision]);

  React.useEffect(() => {
    if (!site || account === undefined) return undefined;
    let live = true;
    // Only the chosen account's deals are read (through the indexed opportunity id), never every interaction.
    const deals = site.records.filter((r) => r.opportunity.account === account).map((r) => r.opportunity.id);
    interactions
      .listByOpportunities(deals)
      .then((byDeal) => {
        if (live) dispatch({ type: 'peopleLoaded', account, people: accountPeople(account, site.records, site.participants, [...byDeal.values()].flat(), props.blueprint) });
      })
      .catch((error: unknown) => { if (live) dispatch({ type: 'failed', message: messageOf(error) }); });
    return () => { live = false; };
  }, [site, account, interactions, props.blueprint]);

  const save = (): void => {
    if (!site || account === undefined || !state.people) return;
    const entries = roleEntries(account, site.records, state.people, state.assignments);
    const deals = new Set(entries.map((e) => e.opportunityId)).size;
    dispatch({ type: 'saving' });
    participants
      .addMany(entries)
      .then((report) => {
        if (report.failed > 0) dispatch({ type: 'saveFailed', message: report.failures.map((f) => f.reason).join('; ') });
        else dispatch({ type: 'saved', entries: report.accepted + report.alreadyStored, deals });
      })
      .catch((error: unknown) => dispatch({ type: 'saveFailed', message: messageOf(error) }));
  };

  const openDeals = site && account !== undefined ? site.records.filter((r) => r.opportunity.account === account && r.opportunity.status === 'open').length : 0;
  return (
    <section className={classNames.root} aria-labelledby="vn-people-heading" data-testid="participant-roles">
      <h3 id="vn-people-heading" className={classNames.heading}>{strings.heading}</h3>
      <p>{strings.description}</p>
      {state.error !== undefined && <MessageBar messageBarType={MessageBarType.error} isMultiline>{state.error}</MessageBar>}
      {!site && state.error === undefined && <Spinner label={strings.loading} ariaLive="polite" />}
      {site && (
        <Dropdown disabled={readOnly}
          label={strings.account}
          placeholder={strings.chooseAccount}
          selectedKey={account ?? null}
          options={accountsOf(site.records).map((a) => ({ key: a, text: a }))}
          onChange={(_, option) => option && dispatch({ type: 'account', account: String(option.key) })}
          styles={{ root: { maxWidth: 360 } }}
        />
      )}
      {account !== undefined && site && !state.people && state.error === undefined && <Spinner label={strings.loading} ariaLive="polite" />}
      {account !== undefined && state.people && state.people.length === 0 && <p>{strings.noPeople}</p>}
      {account !== undefined && state.people && state.people.length > 0 && (
        <>
          {openDeals === 0 && <MessageBar messageBarType={MessageBarType.info}>{strings.noOpenDeals}</MessageBar>}
          <div className={classNames.scroller}>
            <table className={classNames.table}>
              <thead>
                <tr><th scope="col">{strings.person}</th><th scope="col">{strings.recordedRoles}</th><th scope="col">{strings.addRole}</th></tr>
              </thead>
              <tbody>
                {state.people.map((p) => (
                  <tr key={p.email} data-person={p.email}>
                    <th scope="row">{p.displayName ? `${p.displayName} (${p.email})` : p.email}</th>
                    <td>{p.roles.length === 0 ? strings.none : p.roles.map((r) => roleName.get(r) ?? r).join(', ')}</td>
                    <td>
                      <select
                        className={classNames.select}
                        aria-label={strings.addRoleFor(p.displayName ?? p.email)}
                        value={state.assignments.get(p.email) ?? ''}
                        disabled={openDeals === 0}
                        onChange={(event) => dispatch({ type: 'assign', email: p.email, role: event.target.value === '' ? undefined : event.target.value })}
                      >
                        <option value="">{strings.noRole}</option>
                        {roles.filter((r) => !p.roles.includes(r.id)).map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div>
            <PrimaryButton text={strings.save} disabled={state.assignments.size === 0 || state.save.phase === 'saving'} onClick={save} />
          </div>
          <div role="status">
            {state.save.phase === 'saved' && strings.saved(state.save.entries, state.save.deals)}
          </div>
          {state.save.phase === 'failed' && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline><strong>{strings.failed}</strong>: {state.save.message}</MessageBar>
          )}
        </>
      )}
    </section>
  );
}
