import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { coachingStringsFor } from '../../i18n/coaching';
import { personName } from '../model/personName';
import { getWhoElseToEngageClassNames } from './WhoElseToEngage.styles';
import type { IWhoElseToEngageProps } from './WhoElseToEngage.types';

/**
 * Who else to engage on a deal: customer-side people seen in its interactions with no role at the
 * account (each with a suggested role, changeable, and one button to map them), and the customer
 * roles nobody covers there.
 */
export function WhoElseToEngage(props: IWhoElseToEngageProps): React.ReactElement {
  const strings = coachingStringsFor(props.locale);
  const classNames = getWhoElseToEngageClassNames(useTheme());
  const customerRoles = props.blueprint.roles.filter((r) => r.side === 'customer');
  const [chosen, setChosen] = React.useState<ReadonlyMap<string, string>>(new Map());
  const [message, setMessage] = React.useState<{ readonly ok: boolean; readonly text: string } | undefined>(undefined);
  const roleName = (id: string): string => customerRoles.find((r) => r.id === id)?.name ?? id;
  const map = (email: string, roleId: string): void => {
    props.onMap(email, roleId).then(
      () => setMessage({ ok: true, text: strings.mapped(personName(email), roleName(roleId)) }),
      (error: unknown) => setMessage({ ok: false, text: `${strings.mapFailed}: ${error instanceof Error ? error.message : String(error)}` })
    );
  };
  const { people, uncoveredRoles } = props.suggestions;
  return (
    <section className={classNames.root} aria-labelledby="vn-engage-heading" data-testid="who-else">
      <h3 id="vn-engage-heading" className={classNames.heading}>{strings.engageHeading}</h3>
      <p className={classNames.description}>{strings.engageDescription}</p>
      {message && <MessageBar messageBarType={message.ok ? MessageBarType.success : MessageBarType.error} isMultiline>{message.text}</MessageBar>}
      <h4 className={classNames.subheading}>{strings.unmappedPeople}</h4>
      {people.length === 0 ? (
        <p>{strings.unmappedNone}</p>
      ) : (
        <ul className={classNames.list} data-testid="unmapped-people">
          {people.map((person) => {
            const name = personName(person.email);
            const roleId = chosen.get(person.email) ?? person.suggestedRole?.id ?? customerRoles[0]?.id ?? '';
            return (
              <li key={person.email} className={classNames.person} data-email={person.email}>
                <span data-testid="unmapped-person"><strong title={person.email}>{name}</strong> ({person.email}), {strings.seenIn(person.interactions)}</span>
                <div className={classNames.controls}>
                  <Dropdown
                    label={strings.suggestedRole}
                    ariaLabel={`${strings.suggestedRole}: ${name}`}
                    selectedKey={roleId}
                    options={customerRoles.map((r) => ({ key: r.id, text: r.name }))}
                    onChange={(_, option) => option && setChosen(new Map(chosen).set(person.email, String(option.key)))}
                    styles={{ root: { minWidth: 180 } }}
                  />
                  <DefaultButton text={strings.mapTo(name, roleName(roleId))} onClick={() => map(person.email, roleId)} disabled={roleId === ''} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <h4 className={classNames.subheading}>{strings.uncoveredRoles}</h4>
      {uncoveredRoles.length === 0 ? <p>{strings.uncoveredNone}</p> : <ul data-testid="uncovered-roles">{uncoveredRoles.map((r) => <li key={r.id}>{r.name}</li>)}</ul>}
    </section>
  );
}
