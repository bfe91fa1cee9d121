/**
 * `score` and `patterns`: opportunity scores with their reasons, and the top success patterns, on
 * the demo organisation (the same engine the dashboards use).
 *
 *   score --opportunity <id> [--seed 42] [--top 5]
 *   patterns [--seed 42] [--top 10]
 *
 * The model trains on the demo's deals closed by its reference date (stage-entry snapshots). An open
 * deal is scored as of the reference date; a closed deal as of its last stage entry before closing,
 * since reading it at its close would show the outcome, not a forecast.
 */
import { parseArgs } from 'node:util';
import { caseBehaviour } from '../../src/core/insights/behaviour/caseBehaviour';
import { closeTimeOf } from '../../src/core/insights/behaviour/outcome';
import { stageEntrySnapshots } from '../../src/core/insights/behaviour/stageEntrySnapshots';
import { formatP } from '../../src/core/insights/patterns/describePattern';
import { withoutRestatedOrders } from '../../src/core/insights/patterns/restatedOrders';
import { successPatterns } from '../../src/core/insights/patterns/successPatterns';
import { outcomeOnlyExchanges } from '../../src/core/insights/scoring/outcomeOnlyExchanges';
import { scoreOpportunity } from '../../src/core/insights/scoring/scoreOpportunity';
import { trainScoringModel } from '../../src/core/insights/scoring/trainScoringModel';
import { generateDemoOrganisation } from '../../workbench/demo';

function readOptions(argv: string[], extra: Record<string, { type: 'string'; default?: string }>): Record<string, string | undefined> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { seed: { type: 'string', default: '42' }, ...extra } });
  if (positionals.length > 0) throw new Error(`Unexpected argument "${positionals[0]}".`);
  return values as Record<string, string | undefined>;
}

function whole(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number, got "${value ?? ''}".`);
  return n;
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `score --opportunity <id>`: prints the probability, the model in use and the top contributions in points. Exit 0 ok, 1 unknown opportunity, 2 bad arguments. */
export async function runScore(argv: string[]): Promise<number> {
  let seed: number;
  let top: number;
  let id: string | undefined;
  try {
    const values = readOptions(argv, { opportunity: { type: 'string' }, top: { type: 'string', default: '5' } });
    seed = whole('seed', values.seed);
    top = whole('top', values.top);
    id = values.opportunity;
    if (id === undefined) throw new Error('score needs --opportunity <id>, e.g. OPP-00042.');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const org = generateDemoOrganisation({ seed });
  const opportunity = org.opportunities.find((o) => o.id === id);
  if (opportunity === undefined) {
    process.stderr.write(`No opportunity "${id}" in the demo organisation (ids run OPP-00001..OPP-${String(org.opportunities.length).padStart(5, '0')}).\n`);
    return 1;
  }
  const now = org.referenceDate;
  const model = trainScoringModel(org.opportunities, org.interactions, org.blueprint, { now });
  const closedAt = closeTimeOf(opportunity);
  const snapshots = closedAt === undefined ? [] : stageEntrySnapshots(opportunity, org.blueprint, closedAt);
  const asOf = closedAt === undefined ? now : snapshots[snapshots.length - 1]?.at ?? opportunity.createdAt;
  const interactions = org.interactions.filter((i) => i.opportunityId === opportunity.id);
  const score = scoreOpportunity(model, opportunity, interactions, org.blueprint, { now, asOf });
  // The logistic model's reasons compare the deal with the training deals read at the stage it was in.
  const stageId = caseBehaviour(opportunity, interactions, org.blueprint, asOf).currentStageId;
  const stageName = org.blueprint.stages.find((s) => s.id === stageId)?.name;
  const lines = [
    `${opportunity.id} ${opportunity.name ?? ''} (${opportunity.status}${closedAt === undefined ? '' : `, closed ${isoDay(closedAt)}`})`,
    `Scored as of ${isoDay(asOf)}${closedAt === undefined ? '' : ' (its last stage entry before closing)'}: ${score.score}% (probability ${score.probability.toFixed(3)})`,
    model.model === 'logistic'
      ? `Model in use: logistic, trained on ${model.trainedOn.won} won / ${model.trainedOn.lost} lost deals at their stage entries; calibration ${model.scorer.calibration.method}`
      : `Model in use: blueprint-distance (too little history: ${model.trainedOn.won} won / ${model.trainedOn.lost} lost)`,
    `Top reasons (points against ${model.model === 'logistic' ? `the average deal at the same stage${stageName === undefined ? '' : `, ${stageName}`}` : 'a deal that did every required exchange'}):`,
    ...score.contributions.slice(0, top).map((c) => `  ${(c.points >= 0 ? '+' : '') + c.points.toFixed(1)}  ${c.label}`)
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** `patterns`: prints the top success patterns of the demo's closed deals. Exit 0 ok, 2 bad arguments. */
export async function runPatterns(argv: string[]): Promise<number> {
  let seed: number;
  let top: number;
  try {
    const values = readOptions(argv, { top: { type: 'string', default: '10' } });
    seed = whole('seed', values.seed);
    top = whole('top', values.top);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const org = generateDemoOrganisation({ seed });
  const report = successPatterns(org.opportunities, org.interactions, org.blueprint, { now: org.referenceDate });
  // Exchanges that only exist after a win (purchase order, signature) "separate" won from lost
  // perfectly and teach nothing a seller can act on: leave out every pattern that involves one.
  const closed = org.opportunities.flatMap((o) => {
    const at = closeTimeOf(o);
    if (at === undefined || o.status === 'open') return [];
    const own = org.interactions.filter((i) => i.opportunityId === o.id);
    return [{ behaviour: caseBehaviour(o, own, org.blueprint, at), won: o.status === 'won', stagesEntered: new Set(stageEntrySnapshots(o, org.blueprint, at).map((s) => s.stageId)) }];
  });
  const excluded = new Set(outcomeOnlyExchanges(closed, org.blueprint));
  // A role reached only through such exchanges (customer success, at onboarding) is left out too.
  const onlyAfterWin = (role: string): boolean => org.blueprint.transactions.filter((t) => t.from === role || t.to === role).every((t) => excluded.has(t.id));
  const actionable = withoutRestatedOrders(report.patterns).filter((p) =>
    p.feature.kind === 'role' ? !onlyAfterWin(p.feature.subjects[0]) : p.feature.kind === 'constraint' || !p.feature.subjects.some((id) => excluded.has(id))
  );
  const lines = [
    `Success patterns of ${report.won} won and ${report.lost} lost deals (demo, seed ${seed}), strongest evidence first.`,
    'Each pattern compares only the deals that reached its stage (a deal is read at its last stage entry before closing when it went further).',
    `Left out: patterns involving exchanges that only happen after a win (${[...excluded].join(', ') || 'none'}), and orderings that say no more than doing their exchanges at all.`,
    ...actionable.slice(0, top).map((p, i) => `${String(i + 1).padStart(3)}. [${p.evidence}, ${formatP(p.pValue)}] ${p.sentence}`)
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
