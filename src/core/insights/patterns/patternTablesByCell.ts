import type { Blueprint, Interaction, Opportunity } from '../../model';
import { groupByOpportunity } from '../behaviour/groupByOpportunity';
import { stageFairBehaviour, stageFairReadings, type StageFairReading } from '../behaviour/stageFairReading';
import { hasPattern, type ConstraintResults, type PatternFeature } from './patternFeatures';
import { patternStageOrder } from './patternStage';

export interface PatternCellTables {
  /** Cell keys (as `cellOf` names them), sorted. */
  readonly cells: readonly string[];
  /** Closed deals per cell: `[won, lost]`, aligned with `cells`. */
  readonly outcomes: readonly (readonly [number, number])[];
  /**
   * Per feature id: the 2x2 tables of the cells, flat (`a, b, c, d` of cell 0, then of cell 1, ...),
   * compared exactly as successPatterns compares (stage-fair). Summed over all cells they are the
   * feature's table in successPatterns; summed over some cells, the table of those deals only.
   */
  readonly tables: ReadonlyMap<string, readonly number[]>;
}

/**
 * The stage-fair 2x2 tables of `features` split by cell (e.g. team × period × size band), so that a
 * page can compare won and lost deals of any union of cells without reading a single deal again.
 * Pure; deals closed after `now` are left out, no-decision counts as lost (as in successPatterns).
 */
export function patternTablesByCell(
  opportunities: readonly Opportunity[],
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  features: readonly PatternFeature[],
  options: { readonly now: number; readonly cellOf: (reading: StageFairReading) => string; readonly constraintResults?: ConstraintResults }
): PatternCellTables {
  const readings = stageFairReadings(opportunities, groupByOpportunity(interactions), blueprint, options.now);
  const keys = readings.map(options.cellOf);
  const cells = [...new Set(keys)].sort();
  const index = new Map(cells.map((cell, i) => [cell, i]));
  const outcomes = cells.map((): [number, number] => [0, 0]);
  readings.forEach((reading, i) => outcomes[index.get(keys[i]) ?? 0][reading.won ? 0 : 1]++);
  const tables = new Map<string, number[]>();
  for (const feature of features) {
    const stageOrder = patternStageOrder(feature, blueprint);
    const flat = new Array<number>(4 * cells.length).fill(0);
    readings.forEach((reading, i) => {
      const behaviour = stageFairBehaviour(reading, stageOrder);
      const present = behaviour === undefined ? undefined : hasPattern(feature, behaviour, options.constraintResults, blueprint);
      if (present === undefined) return;
      flat[4 * (index.get(keys[i]) ?? 0) + (present ? 0 : 2) + (reading.won ? 0 : 1)]++;
    });
    tables.set(feature.id, flat);
  }
  return { cells, outcomes, tables };
}
