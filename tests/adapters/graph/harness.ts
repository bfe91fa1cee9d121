import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFaultInjector, type FaultInjector } from '../../../workbench/server/faults';
import { createGraphEmulator, type GraphEmulator, type GraphSeed } from '../../../workbench/server/graph';

/** The Graph emulator behind the fault injector, with a fake clock and a log of requests. */
export interface GraphServer {
  readonly origin: string;
  readonly graph: GraphEmulator;
  readonly faults: FaultInjector;
  readonly clock: { now: number };
  /** `METHOD path` of every request that reached the server. */
  readonly seen: string[];
  close(): Promise<void>;
}

/** 2026-10-31T12:00:00Z */
export const START = Date.UTC(2026, 9, 31, 12, 0, 0);

export async function startGraphServer(): Promise<GraphServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-graph-sync-'));
  const clock = { now: START };
  const graph = createGraphEmulator({ dataDir, now: () => clock.now, maxTokenAgeMs: 60 * 60 * 1000 });
  const faults = createFaultInjector({}, () => clock.now);
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push(`${req.method ?? 'GET'} ${url.pathname}`);
    void (async () => {
      if (await faults.handle(req, res, url)) return;
      if (await graph.handle(req, res, url)) return;
      res.writeHead(404).end();
    })().catch(() => res.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    graph,
    faults,
    clock,
    seen,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

const at = (day: number, hour: number = 10): string => `2026-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.0000000`;
const person = (address: string): { emailAddress: { address: string } } => ({ emailAddress: { address } });

/** Seller `i`: `seller<i>@seller.example`, user id `u-<i>`; seller 0 is Ann, the account executive of SMALL_TECHNICAL_BLUEPRINT. */
export function sellerUpn(i: number): string {
  return i === 0 ? 'ann@seller.example' : `seller${i}@seller.example`;
}

/**
 * History of `sellers` sellers against SMALL_TECHNICAL_BLUEPRINT (acme: carl champion, bea buyer;
 * globex: gus champion, no open deal):
 * - Ann: discovery meeting with Carl (T1), a meeting with a stranger (no-customer-contact), a meeting
 *   with Gus (no-open-opportunity), the business case mail to Bea in Sent Items (T2), the same mail
 *   in seller 1's Inbox (same internetMessageId: one interaction);
 * - plan p1: "[OPP-1] Mutual plan" done (T4) and "[OPP-1] mutual plan review" at 50% (incomplete-task);
 * - the Orders list: item 1 Signed for OPP-1 (T3);
 * - sellers 1..n-1: one meeting each with Carl tagged `[OPP-1]`, their own iCalUId (T1 again).
 */
export function syncSeed(sellers: number): GraphSeed {
  const users = Array.from({ length: sellers }, (_, i) => ({ id: `u-${i}`, displayName: `Seller ${i}`, userPrincipalName: sellerUpn(i), mail: sellerUpn(i) }));
  const meeting = (owner: number, id: string, subject: string, day: number, attendees: string[]): NonNullable<GraphSeed['events']>[number] => ({
    ownerId: `u-${owner}`,
    resource: { id, iCalUId: `ical-${id}`, subject, start: { dateTime: at(day), timeZone: 'UTC' }, end: { dateTime: at(day, 11), timeZone: 'UTC' }, organizer: person(sellerUpn(owner)), attendees: attendees.map(person), body: { content: 'never read' } }
  });
  const businessCase = { subject: 'Business case for Acme', internetMessageId: '<bc-1@seller.example>', sentDateTime: '2026-10-06T09:00:00Z', receivedDateTime: '2026-10-06T09:00:01Z', from: person(sellerUpn(0)), toRecipients: [person('bea@acme.example')], ccRecipients: sellers > 1 ? [person(sellerUpn(1))] : [], bodyPreview: 'never read' };
  return {
    users,
    defaultUserUpn: sellerUpn(0),
    events: [
      meeting(0, 'e-disc', 'Discovery', 2, ['carl@acme.example']),
      meeting(0, 'e-lunch', 'Lunch', 3, ['stranger@else.example']),
      meeting(0, 'e-globex', 'Intro', 4, ['gus@globex.example']),
      ...Array.from({ length: sellers - 1 }, (_, i) => meeting(i + 1, `e-s${i + 1}`, '[OPP-1] Follow-up', 5 + (i % 20), ['carl@acme.example']))
    ],
    messages: [
      { ownerId: 'u-0', folder: 'sentitems', resource: { id: 'm-sent', ...businessCase } },
      ...(sellers > 1 ? [{ ownerId: 'u-1', folder: 'inbox', resource: { id: 'm-in', ...businessCase } }] : [])
    ],
    plannerTasks: [
      { id: 't-done', planId: 'p1', title: '[OPP-1] Mutual plan', percentComplete: 100, completedDateTime: '2026-10-08T12:00:00Z', assignments: { 'u-0': { orderHint: ' !' } } },
      { id: 't-open', planId: 'p1', title: '[OPP-1] mutual plan review', percentComplete: 50, createdDateTime: '2026-10-09T12:00:00Z', assignments: { 'u-0': { orderHint: ' !' } } }
    ],
    listItems: [{ siteId: 'site-1', listId: 'orders', resource: { id: '1', lastModifiedDateTime: '2026-10-20T08:00:00Z', fields: { Title: 'Order 1', Status: 'Signed', OpportunityId: 'OPP-1' } } }]
  };
}
