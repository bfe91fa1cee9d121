import { correlatedFeatures } from './correlatedFeatures';

/**
 * What the training rows read at one stage looked like: the yardstick a deal's reasons are
 * measured against (see stageContributions) and the raw evidence a reason must not contradict
 * (see contradictsAssociation). Plain data, safe to serialise with the model.
 */
export interface StageBaseline {
  readonly stageId: string;
  /** Training rows read while the deal was at this stage. */
  readonly rows: number;
  /** Raw (unstandardised) mean of each feature over those rows, in feature order. */
  readonly means: readonly number[];
  /**
   * Raw association of each feature with winning at this stage: mean over the won rows minus mean
   * over the lost rows (feature units). 0 when the stage has rows of one outcome only.
   */
  readonly associations: readonly number[];
  /** Whether each feature is strongly correlated (see correlatedFeatures) with another one at this stage. */
  readonly correlated: readonly boolean[];
}

export interface StageBaselineOptions {
  /** |Pearson r| at or above which two features count as one group, default 0.5. */
  readonly correlationThreshold?: number;
}

function columnMeans(rows: readonly (readonly number[])[], width: number): number[] {
  const sums = new Array<number>(width).fill(0);
  for (const row of rows) for (let j = 0; j < width; j++) sums[j] += row[j];
  return sums.map((s) => (rows.length === 0 ? 0 : s / rows.length));
}

/**
 * Per-stage feature means, raw associations with the outcome and correlation flags, from training
 * rows. `stageIds[i]` is the stage row i was read at; rows whose stage is `undefined` (read before
 * any stage entry) belong to no baseline. Stages come out in order of first appearance.
 * Edge cases: no rows gives `[]`; a stage with one outcome only has all-zero associations.
 * @param rows raw feature rows (same width)
 * @param outcomes won (true/1) or not, per row
 */
export function learnStageBaselines(
  rows: readonly (readonly number[])[],
  outcomes: readonly (boolean | number)[],
  stageIds: readonly (string | undefined)[],
  options: StageBaselineOptions = {}
): StageBaseline[] {
  const width = rows.length === 0 ? 0 : rows[0].length;
  const byStage = new Map<string, number[]>();
  stageIds.forEach((stageId, i) => {
    if (stageId === undefined) return;
    const list = byStage.get(stageId) ?? [];
    list.push(i);
    byStage.set(stageId, list);
  });
  return [...byStage].map(([stageId, indices]) => {
    const stageRows = indices.map((i) => rows[i]);
    const won = indices.filter((i) => !!outcomes[i]).map((i) => rows[i]);
    const lost = indices.filter((i) => !outcomes[i]).map((i) => rows[i]);
    const wonMeans = columnMeans(won, width);
    const lostMeans = columnMeans(lost, width);
    return {
      stageId,
      rows: indices.length,
      means: columnMeans(stageRows, width),
      associations: won.length === 0 || lost.length === 0 ? new Array<number>(width).fill(0) : wonMeans.map((m, j) => m - lostMeans[j]),
      correlated: correlatedFeatures(stageRows, options.correlationThreshold ?? 0.5)
    };
  });
}
