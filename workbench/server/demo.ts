import { join } from 'node:path';
import { type DemoOrganisation, generateDemoOrganisation, toGraphSeed } from '../demo';
import { seedWorkbench, type SeedReport } from '../seed';
import type { GraphEmulator } from './graph';
import { readJsonFile, writeFileAtomic } from './persistence';
import type { SiteUser } from './sharepoint';

/** The demo organisation every workbench starts with; the same seed gives the same data everywhere. */
export const DEMO_SEED = 42;

export function demoOrganisation(): DemoOrganisation {
  return generateDemoOrganisation({ seed: DEMO_SEED });
}

/**
 * The emulated site's three users come from the demo organisation, so that signing in as the member
 * shows a real seller's own deals: the owner is the head of sales operations, the member the first
 * seller of the first team, the visitor a legal counsel who reads but never edits.
 */
export function demoSiteUsers(org: DemoOrganisation): SiteUser[] {
  const visitor = org.staff.find((person) => person.role === 'legal') ?? org.staff[0];
  const people = [
    { key: 'owner', person: org.siteOwner, isSiteAdmin: true },
    { key: 'member', person: org.sellers[0], isSiteAdmin: false },
    { key: 'visitor', person: visitor, isSiteAdmin: false }
  ] as const;
  // Ids start above the system account's, as in a real site's user information list.
  return people.map(({ key, person, isSiteAdmin }, index) => ({
    id: 7 + 2 * index,
    key,
    title: person.displayName,
    email: person.email,
    loginName: `i:0#.f|membership|${person.email}`,
    isSiteAdmin
  }));
}

interface SeedMarker {
  readonly seed: number;
  readonly graph?: boolean;
  readonly sharePoint?: boolean;
}

const markerPath = (dataDir: string): string => join(dataDir, 'demo-seed.json');

/**
 * Seeds the Graph emulator with the demo organisation's calendars, mail metadata and Planner tasks once
 * per data folder (a marker file remembers it, so restarts keep whatever the product changed since).
 */
export function seedGraphOnce(graph: GraphEmulator, org: DemoOrganisation, dataDir: string): boolean {
  const marker = readJsonFile<SeedMarker>(markerPath(dataDir));
  if (marker?.graph && marker.seed === org.seed) return false;
  graph.seed(toGraphSeed(org));
  writeFileAtomic(markerPath(dataDir), JSON.stringify({ ...marker, seed: org.seed, graph: true }));
  return true;
}

/**
 * Sets up the emulated site and imports the demo organisation through the product's own adapters over
 * HTTP, once per data folder. The import is idempotent, so a first start interrupted half-way simply
 * runs again and stores only what is missing.
 *
 * @returns the seeding report, or `undefined` when this data folder was seeded before
 */
export async function seedSharePointOnce(siteUrl: string, org: DemoOrganisation, dataDir: string): Promise<SeedReport | undefined> {
  const marker = readJsonFile<SeedMarker>(markerPath(dataDir));
  if (marker?.sharePoint && marker.seed === org.seed) return undefined;
  const report = await seedWorkbench(siteUrl, org);
  writeFileAtomic(markerPath(dataDir), JSON.stringify({ ...readJsonFile<SeedMarker>(markerPath(dataDir)), seed: org.seed, sharePoint: true }));
  return report;
}
