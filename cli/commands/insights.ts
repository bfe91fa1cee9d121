/**
 * `score` and `patterns`: opportunity scores with their reasons, and the success patterns, on the
 * user's files (or the demo with `--demo`), through the same services as the Sales Insights page.
 *
 *   score --opportunity <id> (files | --demo [--seed 42]) [--top 5] [--format table|json]
 *   patterns (files | --demo [--seed 42]) [--top 10] [--format table|json]
 *
 * The model trains on the deals closed by `now` (stage-entry snapshots). An open deal is scored as of
 * `now`; a closed deal as of its last stage entry before closing, since reading it at its close would
 * show the outcome, not a forecast.
 */
import { formatP } from '../../src/core/insights';
import { actionablePatterns, explainScore, scoringModelLabel } from '../../src/services';
import { runInsightsCommand, wholeOption } from './insightsRun';

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `score --opportunity <id>`: prints the probability, the model in use and the top contributions in points. Exit 0 ok, 1 unknown opportunity or bad input, 2 bad arguments. */
export async function runScore(argv: string[]): Promise<number> {
  return runInsightsCommand(argv, { opportunity: { type: 'string' }, top: { type: 'string', default: '5' } }, (input, values, out) => {
    const top = wholeOption('top', values.top, 5);
    const id = values.opportunity;
    if (id === undefined) {
      process.stderr.write('error: score needs --opportunity <id>, e.g. OPP-00042.\n');
      return 2;
    }
    const explained = explainScore(input.opportunities, input.interactions, input.blueprint, id, input.now);
    if (explained === undefined) {
      const ids = input.opportunities.map((o) => o.id);
      process.stderr.write(`No opportunity "${id}" in ${input.label} (ids run ${ids[0] ?? '-'}..${ids[ids.length - 1] ?? '-'}).\n`);
      return 1;
    }
    const { opportunity, asOf, closedAt, model, score, stageName } = explained;
    if (input.format === 'json') {
      const reasons = score.contributions.slice(0, top).map((c) => ({ label: c.label, points: Math.round(c.points * 10) / 10 }));
      out(`${JSON.stringify({ opportunityId: opportunity.id, status: opportunity.status, asOf, probability: score.probability, score: score.score, model: scoringModelLabel(model), stage: stageName ?? null, reasons }, undefined, 2)}\n`);
      return 0;
    }
    const lines = [
      `${opportunity.id} ${opportunity.name ?? ''} (${opportunity.status}${closedAt === undefined ? '' : `, closed ${isoDay(closedAt)}`})`,
      `Scored as of ${isoDay(asOf)}${closedAt === undefined ? '' : ' (its last stage entry before closing)'}: ${score.score}% (probability ${score.probability.toFixed(3)})`,
      model.model === 'logistic'
        ? `Model in use: logistic, trained on ${model.trainedOn.won} won / ${model.trainedOn.lost} lost deals at their stage entries; calibration ${model.scorer.calibration.method}`
        : `Model in use: blueprint-distance (too little history: ${model.trainedOn.won} won / ${model.trainedOn.lost} lost)`,
      `Top reasons (points against ${model.model === 'logistic' ? `the average deal at the same stage${stageName === undefined ? '' : `, ${stageName}`}` : 'a deal that did every required exchange'}):`,
      ...score.contributions.slice(0, top).map((c) => `  ${(c.points >= 0 ? '+' : '') + c.points.toFixed(1)}  ${c.label}`)
    ];
    out(`${lines.join('\n')}\n`);
    return 0;
  });
}

/** `patterns`: prints the success patterns of the closed deals, strongest evidence first. Exit 0 ok, 1 bad input, 2 bad arguments. */
export async function runPatterns(argv: string[]): Promise<number> {
  return runInsightsCommand(argv, { top: { type: 'string', default: '10' } }, (input, values, out) => {
    const top = wholeOption('top', values.top, 10);
    const summary = actionablePatterns(input.opportunities, input.interactions, input.blueprint, { now: input.now });
    if (input.format === 'json') {
      out(`${JSON.stringify({ ...summary, patterns: summary.patterns.slice(0, top) }, undefined, 2)}\n`);
      return 0;
    }
    const lines = [
      `Success patterns of ${summary.won} won and ${summary.lost} lost deals (${input.label}), strongest evidence first.`,
      'Each pattern compares only the deals that reached its stage (a deal is read at its last stage entry before closing when it went further).',
      `Left out: patterns involving exchanges that only happen after a win (${summary.leftOut.map((name) => `"${name}"`).join(', ') || 'none'}), and orderings that say no more than doing their exchanges at all.`,
      ...summary.patterns.slice(0, top).map((p, i) => `${String(i + 1).padStart(3)}. [${p.evidence}, ${formatP(p.pValue)}] ${p.sentence}`)
    ];
    out(`${lines.join('\n')}\n`);
    return 0;
  });
}
