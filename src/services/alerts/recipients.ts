/**
 * Who can still be reached, before the monitor sends: people's SMS numbers taken from their Microsoft
 * 365 profile where they opted in with `profile`, and recipients who have left the company (no account,
 * or a disabled one) turned into a clear failure in the alert feed instead of a bounce nobody reads.
 */
import { type PlannedAlert, phoneFromProfile } from '../../core/alerts';
import type { DirectoryPeople, DirectoryPerson } from '../ports';
import { AlertDeliveryError, type AlertSender } from './alertSender';

/** The value of `alerts.sms.phones` that means "my mobile number from my Microsoft 365 profile". */
export const PROFILE_PHONE = 'profile';

export interface ReachablePeople {
  /** Person (lower-case address) -> SMS target: their number, or their address when they cannot get one (see `undeliverable`). */
  readonly phones: ReadonlyMap<string, string>;
  /** Target (lower-case) -> why nothing can be delivered there, naming the person and the fix. */
  readonly undeliverable: ReadonlyMap<string, string>;
  /** One line per person whose number or account needs attention, for the monitor's output. */
  readonly notes: readonly string[];
}

function nameOf(person: DirectoryPerson | undefined, login: string): string {
  return person?.displayName !== undefined ? `${person.displayName} (${login})` : login;
}

function goneReason(person: DirectoryPerson, login: string): string {
  return person.status === 'not-found'
    ? `${login} has no account in the directory any more (left the company?): reassign their deals or remove them from the alert settings.`
    : `${nameOf(person, login)} has a disabled account (left the company?): reassign their deals or remove them from the alert settings.`;
}

/** The mail recipients of `planned` (lower-case, once each): the addresses worth checking before sending. */
export function mailRecipients(planned: readonly PlannedAlert[]): string[] {
  return [...new Set(planned.filter((a) => a.channel === 'mail' && a.target.includes('@')).map((a) => a.target.trim().toLowerCase()))];
}

/**
 * Resolves the SMS numbers and checks people against the directory: everyone who asked for SMS to
 * their profile's number, and the addresses in `alsoCheck`.
 *
 * @param phones `alerts.sms.phones`: person -> E.164 number, or {@link PROFILE_PHONE}
 * @param alsoCheck further addresses to check (e.g. {@link mailRecipients}); people with a number given
 *   in `phones` are checked only when listed here too
 * @param directory absent: no look-up (numbers given as `profile` cannot be resolved and say so)
 */
export async function reachablePeople(phones: Readonly<Record<string, string>>, alsoCheck: readonly string[], directory: DirectoryPeople | undefined): Promise<ReachablePeople> {
  const given = new Map(Object.entries(phones).map(([who, phone]) => [who.trim().toLowerCase(), phone.trim()]));
  const addresses = new Set<string>(alsoCheck.map((a) => a.trim().toLowerCase()));
  for (const [login, phone] of given) if (phone.toLowerCase() === PROFILE_PHONE) addresses.add(login);
  const people = directory === undefined || addresses.size === 0 ? new Map<string, DirectoryPerson>() : await directory.people([...addresses]);
  const resolved = new Map<string, string>();
  const undeliverable = new Map<string, string>();
  const notes: string[] = [];
  for (const [login, person] of people) {
    if (person.status === 'active') continue;
    undeliverable.set(login, goneReason(person, login));
    notes.push(goneReason(person, login));
  }
  for (const [login, phone] of given) {
    const person = people.get(login);
    // Where no SMS can go, their address stands in as the target: the delivery fails with the reason, in the feed.
    if (person !== undefined && person.status !== 'active') {
      resolved.set(login, login);
      continue;
    }
    if (phone.toLowerCase() !== PROFILE_PHONE) {
      resolved.set(login, phone);
      continue;
    }
    resolved.set(login, login);
    let why: string | undefined;
    if (directory === undefined) why = `${login} asked for SMS alerts to the mobile number in their Microsoft 365 profile, but the monitor has no directory access: give the number in alerts.sms.phones.`;
    else if (person === undefined) why = `The directory could not be asked for ${login}'s mobile number (throttled or no permission User.Read.All): no SMS this run.`;
    else if (person.mobilePhone === undefined) why = `${nameOf(person, login)} asked for SMS alerts to the mobile number in their Microsoft 365 profile, which holds none: add it there, or give one in alerts.sms.phones.`;
    else {
      const e164 = phoneFromProfile(person.mobilePhone);
      if (e164 !== undefined) {
        resolved.set(login, e164);
        continue;
      }
      why = `${nameOf(person, login)}'s Microsoft 365 profile holds the mobile number "${person.mobilePhone}", which has no country code: write it as +<country code><number> there, or give one in alerts.sms.phones.`;
    }
    undeliverable.set(login, why);
    notes.push(why);
  }
  return { phones: resolved, undeliverable, notes };
}

/**
 * A sender that refuses, with the reason, what cannot be delivered (see {@link reachablePeople}) and
 * hands everything else to `inner`. The refusal is `not-delivered`: nothing was sent, so nothing can double.
 */
export function reachableOnly(inner: AlertSender, undeliverable: ReadonlyMap<string, string>): AlertSender {
  if (undeliverable.size === 0) return inner;
  return {
    async send(alert, deliveryId) {
      const why = undeliverable.get(alert.target.trim().toLowerCase());
      if (why !== undefined) throw new AlertDeliveryError('not-delivered', why);
      return inner.send(alert, deliveryId);
    }
  };
}
