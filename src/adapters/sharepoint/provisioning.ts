import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/security/web';
import { ProvisioningIncompleteError } from '../../services';
import type { ProvisioningReport, SiteProvisioner } from '../../services';
import { odataString } from './paging';
import type { PageCache } from './pageCache';
import { shareSetupReads } from './pageContext';
import { migrateLegacyBlueprints } from './blueprintMigration';
import { hasPermission, SpPermission, type BasePermissionsMask } from './permissions';
import { describeStep, fieldSchemaXml, planProvisioning, type ObservedList, type ObservedSite, type ProvisioningStep } from './provisioningPlan';
import { CURRENT_SCHEMA, SCHEMA_VERSION_KEY, SETTINGS_LIST, SettingFields, type SiteSchema } from './schema';
import { isDuplicateValueError, isHttpError, statusOf, toTypedError } from './spErrors';

/** `AddFieldOptions.AddFieldInternalNameHint`: keep the XML's `Name` as the internal name. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

interface FieldRow {
  readonly InternalName: string;
  readonly Indexed: boolean;
  readonly EnforceUniqueValues: boolean;
}

interface SiteReading {
  readonly observed: ObservedSite;
  /** Item id of the schema version setting, when stored. */
  readonly versionItemId: number | undefined;
}

interface ListRow {
  readonly Title: string;
  readonly EnableVersioning: boolean;
}

const readLists = (sp: SPFI): Promise<ListRow[]> => sp.web.lists.select('Title', 'EnableVersioning')<ListRow[]>();

/** @param knownLists the site's lists when the caller has read them already */
async function readSite(sp: SPFI, schema: SiteSchema, knownLists?: readonly ListRow[]): Promise<SiteReading> {
  const lists = knownLists ?? (await readLists(sp));
  const wanted = lists.filter((l) => schema.lists.some((s) => s.title.toLowerCase() === l.Title.toLowerCase()));
  // Reads only (GETs, in parallel): a site that is up to date must see no write at all.
  const observedLists = await Promise.all(
    wanted.map(async (l): Promise<ObservedList> => {
      const fields = await sp.web.lists.getByTitle(l.Title).fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')<FieldRow[]>();
      return { title: l.Title, versioning: l.EnableVersioning, fields: fields.map((f) => ({ internalName: f.InternalName, indexed: f.Indexed, unique: f.EnforceUniqueValues })) };
    })
  );
  const settings = observedLists.find((l) => l.title.toLowerCase() === SETTINGS_LIST.toLowerCase());
  let schemaVersion: number | undefined;
  let versionItemId: number | undefined;
  if (settings?.fields.some((f) => f.internalName === SettingFields.key && f.indexed)) {
    const rows = await sp.web.lists
      .getByTitle(SETTINGS_LIST)
      .items.select('Id', SettingFields.value)
      .filter(`${SettingFields.key} eq ${odataString(SCHEMA_VERSION_KEY)}`)
      .top(1)<{ Id: number; [key: string]: unknown }[]>();
    if (rows.length > 0) {
      versionItemId = rows[0].Id;
      const parsed = Number(rows[0][SettingFields.value]);
      schemaVersion = Number.isInteger(parsed) ? parsed : undefined;
    }
  }
  return { observed: { lists: observedLists, schemaVersion }, versionItemId };
}

/** The schema version the site records, in one request; `undefined` when none is stored. */
async function storedSchemaVersion(sp: SPFI): Promise<number | undefined> {
  const rows = await sp.web.lists
    .getByTitle(SETTINGS_LIST)
    .items.select(SettingFields.value)
    .filter(`${SettingFields.key} eq ${odataString(SCHEMA_VERSION_KEY)}`)
    .top(1)<Record<string, unknown>[]>();
  const parsed = rows.length > 0 ? Number(rows[0][SettingFields.value]) : Number.NaN;
  return Number.isInteger(parsed) ? parsed : undefined;
}

async function applyStep(sp: SPFI, step: ProvisioningStep, versionItemId: number | undefined): Promise<void> {
  switch (step.kind) {
    case 'createList':
      try {
        await sp.web.lists.add(step.list.title, step.list.description, 100, false, { EnableVersioning: step.list.versioning });
      } catch (error) {
        // Another owner's set-up may have created it a moment ago; its columns follow as separate steps.
        const exists = isHttpError(error) && /already exists/i.test(error.message);
        if (!exists) throw error;
      }
      return;
    case 'enableVersioning':
      await sp.web.lists.getByTitle(step.listTitle).update({ EnableVersioning: true });
      return;
    case 'addField':
      await sp.web.lists.getByTitle(step.listTitle).fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(step.field), Options: ADD_FIELD_INTERNAL_NAME_HINT });
      return;
    case 'indexField':
      // Passing the type saves PnPjs a GET of the field before the MERGE.
      await sp.web.lists.getByTitle(step.listTitle).fields.getByInternalNameOrTitle(step.field.internalName).update({ Indexed: true }, 'SP.Field');
      return;
    case 'enforceUnique':
      await sp.web.lists.getByTitle(step.listTitle).fields.getByInternalNameOrTitle(step.field.internalName).update({ EnforceUniqueValues: true }, 'SP.Field');
      return;
    case 'writeSchemaVersion': {
      const items = sp.web.lists.getByTitle(SETTINGS_LIST).items;
      const body = { Title: SCHEMA_VERSION_KEY, [SettingFields.key]: SCHEMA_VERSION_KEY, [SettingFields.value]: String(step.version) };
      if (versionItemId !== undefined) {
        await items.getById(versionItemId).update(body);
        return;
      }
      try {
        await items.add(body);
      } catch (error) {
        if (!isDuplicateValueError(error)) throw error;
        const [row] = await items.select('Id').filter(`${SettingFields.key} eq ${odataString(SCHEMA_VERSION_KEY)}`).top(1)<{ Id: number }[]>();
        await items.getById(row.Id).update(body);
      }
      return;
    }
  }
}

export interface SharePointProvisionerOptions {
  /** The schema to provision; default {@link CURRENT_SCHEMA} (tests pass `schemaV1()` to simulate an older app). */
  readonly schema?: SiteSchema;
  /** The page's shared reads: the set-up check and the permission to run it, once for every web part. */
  readonly pageCache?: PageCache;
}

/** Failed changes in a row (each followed by a fresh read of the site) before a set-up gives up. */
const MAX_FAILURES_IN_A_ROW = 5;

/**
 * The SharePoint implementation of {@link SiteProvisioner}: reads lists, columns and the stored
 * schema version with GETs only, plans the difference ({@link planProvisioning}) and applies it one
 * idempotent call at a time. A change whose answer was lost is settled by reading the site again
 * (it is never sent twice blind); a refusal, or five failures in a row, raises
 * {@link ProvisioningIncompleteError} listing what was done; the schema version is recorded only after everything else, so the next run
 * finishes the job.
 */
export function createSharePointProvisioner(sp: SPFI, options: SharePointProvisionerOptions = {}): SiteProvisioner {
  const schema = options.schema ?? CURRENT_SCHEMA;
  const report = (previousVersion: number | undefined, changes: readonly string[]): ProvisioningReport => ({
    previousVersion,
    appVersion: schema.version,
    changes,
    siteIsNewer: previousVersion !== undefined && previousVersion > schema.version
  });
  const provisioner: SiteProvisioner = {
    async canManageLists(): Promise<boolean> {
      try {
        const mask = await sp.web.getCurrentUserEffectivePermissions();
        return hasPermission(mask as unknown as BasePermissionsMask, SpPermission.manageLists);
      } catch (error) {
        if (statusOf(error) === 401 || statusOf(error) === 403) return false;
        throw toTypedError(error, 'set-up-site');
      }
    },
    async inspect(): Promise<ProvisioningReport> {
      // The schema version is recorded only after every other change of a set-up succeeded, so a site
      // that records this app's version (or a newer one) needs nothing: two requests (the lists, the
      // recorded version) instead of one more per list. Anything else (no settings list, an older
      // version) is read in full. Every web part opens with this check.
      const read = async (): Promise<ProvisioningReport> => {
        const lists = await readLists(sp);
        if (lists.some((l) => l.Title.toLowerCase() === SETTINGS_LIST.toLowerCase())) {
          const recorded = await storedSchemaVersion(sp).catch(() => undefined);
          if (recorded !== undefined && recorded >= schema.version) return report(recorded, []);
        }
        const reading = await readSite(sp, schema, lists);
        return report(reading.observed.schemaVersion, planProvisioning(schema, reading.observed).map(describeStep));
      };
      return read().catch((error: unknown) => Promise.reject(toTypedError(error, 'read-items')));
    },
    async provision(): Promise<ProvisioningReport> {
      const first = await readSite(sp, schema).catch((error: unknown) => Promise.reject(toTypedError(error, 'set-up-site')));
      let reading = first;
      let steps = planProvisioning(schema, reading.observed);
      const done: string[] = [];
      let failedInARow = 0;
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        try {
          // Rows of the one-item-per-blueprint layout move before the new schema version is recorded,
          // so an interrupted move is finished by the next set-up.
          if (step.kind === 'writeSchemaVersion' && schema.version >= 4) {
            const moved = await migrateLegacyBlueprints(sp);
            if (moved > 0) done.push(`Moved ${moved} blueprint${moved === 1 ? '' : 's'} to published versions and drafts`);
          }
          await applyStep(sp, step, reading.versionItemId);
          failedInARow = 0;
        } catch (error) {
          const typed = toTypedError(error, 'set-up-site');
          const reason = typed instanceof Error ? typed.message : String(typed);
          // A lost answer (dropped connection, timeout, gateway 5xx) says nothing of whether the change
          // was made, and a change is never sent twice blind: read the site again and carry on with what
          // is still missing. Refusals (permission, a bad request) and repeated failures stop here.
          const status = statusOf(error);
          failedInARow += 1;
          if ((status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) || failedInARow > MAX_FAILURES_IN_A_ROW) {
            throw new ProvisioningIncompleteError(done, describeStep(step), reason);
          }
          reading = await readSite(sp, schema).catch(() => Promise.reject(new ProvisioningIncompleteError(done, describeStep(step), reason)));
          steps = planProvisioning(schema, reading.observed);
          i = -1;
          continue;
        }
        done.push(describeStep(step));
      }
      return report(first.observed.schemaVersion, done);
    }
  };
  return options.pageCache ? shareSetupReads(provisioner, options.pageCache) : provisioner;
}
