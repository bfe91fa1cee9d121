/**
 * People as the organisation's directory knows them: display name, job title, mobile phone and whether
 * their account is still enabled, read in `$batch`es of 20 (`GET /users/{upn}?$select=...`).
 * `mobilePhone` and `accountEnabled` are not part of User.ReadBasic.All: the headless monitor needs the
 * application permission User.Read.All for them.
 */
import type { DirectoryPeople, DirectoryPerson } from '../../services';
import type { BatchSubResponse } from './batchRetryPlan';
import { getInBatches, type BatchRunOptions, type BatchTransport } from './graphBatch';

const SELECT = 'displayName,mail,jobTitle,mobilePhone,accountEnabled';

/** Graph answers `null` for an empty property: read as unknown and narrowed below. */
interface UserBody {
  readonly displayName?: unknown;
  readonly jobTitle?: unknown;
  readonly mobilePhone?: unknown;
  readonly accountEnabled?: unknown;
}

/**
 * The person behind one sub-response, or `undefined` when the answer says nothing about them (throttled
 * past the retries, a refused permission, a failed batch): only a 404 says that someone is gone.
 *
 * @param login the address asked for, as given
 */
export function directoryPersonOf(login: string, response: BatchSubResponse | undefined): DirectoryPerson | undefined {
  if (response === undefined) return undefined;
  if (response.status === 404) return { login, status: 'not-found' };
  if (response.status !== 200 || typeof response.body !== 'object' || response.body === null) return undefined;
  const body = response.body as UserBody;
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const displayName = text(body.displayName);
  const jobTitle = text(body.jobTitle);
  const mobilePhone = text(body.mobilePhone);
  return {
    login,
    status: body.accountEnabled === false ? 'disabled' : 'active',
    ...(displayName !== undefined ? { displayName } : {}),
    ...(jobTitle !== undefined ? { jobTitle } : {}),
    ...(mobilePhone !== undefined ? { mobilePhone } : {})
  };
}

/** The directory over Microsoft Graph (see the module comment for the permission it needs). */
export function createGraphDirectory(transport: BatchTransport, options: BatchRunOptions = {}): DirectoryPeople {
  return {
    async people(logins) {
      const unique = [...new Set(logins.map((login) => login.trim().toLowerCase()).filter((login) => login.includes('@')))];
      const requests = unique.map((login, i) => ({ id: String(i + 1), url: `/users/${encodeURIComponent(login)}?$select=${SELECT}` }));
      const { responses } = await getInBatches(transport, requests, options);
      const people = new Map<string, DirectoryPerson>();
      unique.forEach((login, i) => {
        const person = directoryPersonOf(login, responses.get(String(i + 1)));
        if (person !== undefined) people.set(login, person);
      });
      return people;
    }
  };
}
