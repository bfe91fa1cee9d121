/**
 * Recognition of the demo's Graph history: the 46,343 meetings, mails and Planner tasks of the seed-42
 * demo organisation, mapped through the sync's own mappers, then recognised with the context the sync
 * builds (`recognitionParticipants` over the blueprint's staff and the account-wide customer contacts).
 * Building the demo and mapping the items happen once, outside the timed runs.
 *
 * Keys:
 *   recognition.demo_46k.items            source items recognised per run
 *   recognition.demo_46k.interactions     interactions recognised (a sanity figure: 25,790 for seed 42)
 *   recognition.demo_46k.median_ms        recogniseItems over all items, median wall time, ms
 *   recognition.demo_46k.peak_rss_mib     peak resident memory during those runs, MiB
 */
import { eventToSourceItem, messageToSourceItem, plannerTaskToSourceItem } from '../src/adapters/graph';
import { recogniseItems } from '../src/core/recognition';
import type { RecognitionContext, SourceItem } from '../src/core/recognition';
import { recognitionParticipants } from '../src/services';
import { generateDemoOrganisation, toGraphSeed } from '../workbench/demo';
import { demoParticipants } from '../workbench/seed';
import { time, type BenchFigure, type BenchSuite } from './harness';

/** The demo's Graph items and the recognition context the sync would build for them. */
function demoInput(): { items: SourceItem[]; context: RecognitionContext } {
  const org = generateDemoOrganisation({ seed: 42 });
  const seed = toGraphSeed(org);
  const emailOf = new Map((seed.users ?? []).map((user) => [user.id, user.mail]));
  const items = [
    ...(seed.events ?? []).map((event) => eventToSourceItem(event.resource)),
    ...(seed.messages ?? []).map((message) => messageToSourceItem(message.resource)),
    ...(seed.plannerTasks ?? []).map((task) => plannerTaskToSourceItem(task, (id) => emailOf.get(id)))
  ].filter((item): item is SourceItem => item !== undefined);
  const opportunities = org.opportunities.map((o) => ({ id: o.id, account: o.account, status: o.status }));
  const participants = recognitionParticipants(org.blueprint, opportunities, demoParticipants(org));
  return { items, context: { blueprint: org.blueprint, participants, opportunities } };
}

export const suite: BenchSuite = {
  name: 'recognition',
  async run(): Promise<readonly BenchFigure[]> {
    const { items, context } = demoInput();
    let interactions = 0;
    const timing = await time(
      () => {
        interactions = recogniseItems(items, context).interactions.length;
      },
      { runs: 5, warmups: 1 }
    );
    return [
      { key: 'recognition.demo_46k.items', value: items.length, unit: 'items', label: 'demo Graph items (seed 42) recognised per run' },
      { key: 'recognition.demo_46k.interactions', value: interactions, unit: 'items', label: 'interactions recognised from them' },
      { key: 'recognition.demo_46k.median_ms', value: timing.medianMs, unit: 'ms', label: `recogniseItems over all items, median of ${timing.runs}` },
      { key: 'recognition.demo_46k.peak_rss_mib', value: timing.peakRssMiB, unit: 'MiB', label: 'peak resident memory during those runs' }
    ];
  }
};
