/**
 * Ten hand-made deals where survivorship would mislead: only deals that reach the Close stage can
 * send the proposal (t4), and four of the six that get there are won. The real difference is the
 * business case (t3) in Prove: every won deal sends it, one lost deal of ten does.
 *
 * - W1..W4 (won): stages discover 0, prove 4, close 15; closed day 30; t1 day 1, t3 day 5, t4 day 20.
 *   W1 also has a reference call (t5) on day 20, in the run-up to its close.
 * - L1, L2 (lost): same stages, closed day 25; t1 day 1, t4 day 20 (no business case).
 * - L3..L6 (lost): stages discover 0, prove 4; closed day 12; t1 day 1; L3 also t3 day 8 and t5 day 6.
 */
import { deals, type DealSpec } from '../../../fixtures/insights/smallOrg';

const toClose = [['discover', 0], ['prove', 4], ['close', 15]] as const;
const toProve = [['discover', 0], ['prove', 4]] as const;

export const survivorshipOrg = deals([
  ...[1, 2, 3, 4].map((i): DealSpec => ({
    id: `W${i}`,
    status: 'won',
    exchanges: [['t1', 1], ['t3', 5], ['t4', 20], ...(i === 1 ? [['t5', 20] as const] : [])],
    stages: toClose,
    closedDay: 30
  })),
  ...[1, 2].map((i): DealSpec => ({ id: `L${i}`, status: 'lost', exchanges: [['t1', 1], ['t4', 20]], stages: toClose, closedDay: 25 })),
  ...[3, 4, 5, 6].map((i): DealSpec => ({
    id: `L${i}`,
    status: 'lost',
    exchanges: [['t1', 1], ...(i === 3 ? [['t5', 6] as const, ['t3', 8] as const] : [])],
    stages: toProve,
    closedDay: 12
  }))
]);
