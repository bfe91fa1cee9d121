import type { Interaction } from './interaction';

/** One event of a case, as conformance checking and pattern mining see it. */
export interface LogEvent {
  readonly activity: string;
  /** Epoch milliseconds (UTC). */
  readonly timestamp: number;
  /** Who performed it (XES `org:resource`), when known. */
  readonly resource?: string;
}

/** The events of one case (one opportunity), ordered by time; ties keep input order. */
export interface LogTrace {
  readonly caseId: string;
  readonly events: readonly LogEvent[];
}

/**
 * Groups interactions into one trace per opportunity, ordered by timestamp. The sort is stable, so
 * events with equal timestamps keep the order in which they were given (file order for imports).
 * Traces come out in order of each case's first appearance in the input.
 */
export function groupIntoTraces(interactions: readonly Interaction[]): LogTrace[] {
  const byCase = new Map<string, { index: number; interaction: Interaction }[]>();
  interactions.forEach((interaction, index) => {
    const list = byCase.get(interaction.opportunityId);
    if (list) list.push({ index, interaction });
    else byCase.set(interaction.opportunityId, [{ index, interaction }]);
  });
  const traces: LogTrace[] = [];
  byCase.forEach((entries, caseId) => {
    entries.sort((a, b) => a.interaction.timestamp - b.interaction.timestamp || a.index - b.index);
    traces.push({
      caseId,
      events: entries.map(({ interaction }) =>
        interaction.fromParticipant === undefined
          ? { activity: interaction.activity, timestamp: interaction.timestamp }
          : { activity: interaction.activity, timestamp: interaction.timestamp, resource: interaction.fromParticipant }
      )
    });
  });
  return traces;
}
