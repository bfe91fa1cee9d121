import type { LogEvent, LogTrace, Opportunity } from '../model';

/** Prefix of the synthetic activities that mark stage entries in a trace. */
export const STAGE_ENTRY_PREFIX = 'stage:';

/** The activity name of "the case entered stage `stageId`", e.g. `stage:validate`. */
export function stageEntryActivity(stageId: string): string {
  return `${STAGE_ENTRY_PREFIX}${stageId}`;
}

/**
 * Returns a new trace with one synthetic event `stage:<stageId>` per entry of the opportunity's stage
 * history, at its `enteredAt`, merged into the events by time. A stage entry goes before interactions
 * with the same timestamp (the deal is in the stage when they happen); entries with equal times keep
 * the stage-history order, events keep theirs. Event indexes in results then refer to this trace.
 * Inputs are not modified; the result is sorted if both inputs are.
 */
export function traceWithStageEntries(trace: LogTrace, opportunity: Pick<Opportunity, 'stageHistory'>): LogTrace {
  const entries: LogEvent[] = opportunity.stageHistory
    .map((entry, index) => ({ entry, index }))
    .sort((x, y) => x.entry.enteredAt - y.entry.enteredAt || x.index - y.index)
    .map(({ entry }) => ({ activity: stageEntryActivity(entry.stageId), timestamp: entry.enteredAt }));
  const events: LogEvent[] = [];
  let e = 0;
  for (const event of trace.events) {
    while (e < entries.length && entries[e].timestamp <= event.timestamp) events.push(entries[e++]);
    events.push(event);
  }
  while (e < entries.length) events.push(entries[e++]);
  return { caseId: trace.caseId, events };
}
