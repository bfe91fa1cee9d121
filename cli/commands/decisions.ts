/**
 * `propose` and `bid`: blueprint proposals (and the accepted ones written as the next draft) and
 * bid / no-bid advice, on the user's files (or the demo with `--demo`), through the same services as
 * the Sales Insights page.
 *
 *   propose (files | --demo) [--accept 1,3 --out draft.json] [--format table|json]
 *   review (files | --demo) --opportunity <id> [--format table|json]
 *   bid (files | --demo) --cost N (--opportunity <id> | --amount N [--team T] [--account A] [--stages "Qualify,Propose"]) [--format table|json]
 */
import { writeFileSync } from 'node:fs';
import { closeTimeOf, applyProposals, scoreOpportunity, trainScoringModel } from '../../src/core/insights';
import { writeBlueprintJson } from '../../src/interchange';
import { adviseOpenDeal, advisePursuit, BID_SIZE_BANDS, pastPursuits, type BidAdvice, proposalSet, proposalSubject, dealReview, DealStillOpenError } from '../../src/services';
import { InsightsUsageError } from './insightsInput';
import { runInsightsCommand } from './insightsRun';

const pct = (x: number | undefined): string => (x === undefined ? '-' : `${Math.round(100 * x)}%`);

/** `propose`: numbered proposals with their evidence; `--accept 1,3 --out f.json` writes the accepted ones as the next draft. Exit 0 ok, 1 bad input, 2 bad arguments. */
export async function runPropose(argv: string[]): Promise<number> {
  return runInsightsCommand(argv, { accept: { type: 'string' }, out: { type: 'string' } }, (input, values, out) => {
    const set = proposalSet(input.opportunities, input.interactions, input.blueprint, { now: input.now });
    const numbers = values.accept === undefined ? [] : values.accept.split(',').map((x) => Number(x.trim()));
    if (values.accept !== undefined && values.out === undefined) throw new InsightsUsageError('--accept needs --out <draft.json>, the file the draft is written to.');
    if (values.out !== undefined && values.accept === undefined) throw new InsightsUsageError('--out needs --accept <numbers>, the proposals to write into the draft.');
    const bad = numbers.filter((n) => !Number.isInteger(n) || n < 1 || n > set.proposals.length);
    if (bad.length > 0) throw new InsightsUsageError(`--accept takes proposal numbers 1..${set.proposals.length}, not ${bad.join(', ')}.`);
    const accepted = numbers.map((n) => set.proposals[n - 1]);
    const rows = set.proposals.map((p, i) => ({ number: i + 1, ...proposalSubject(p, input.blueprint), lift: p.lift, table: p.table, evidence: p.evidence }));
    let written: string | undefined;
    if (values.out !== undefined) {
      const draft = applyProposals(input.blueprint, accepted);
      writeFileSync(values.out, writeBlueprintJson(draft));
      written = `Wrote the draft "${draft.name}" v${draft.version} with ${accepted.length} accepted change${accepted.length === 1 ? '' : 's'} to ${values.out}.`;
    }
    if (input.format === 'json') {
      out(`${JSON.stringify({ blueprint: { name: input.blueprint.name, version: input.blueprint.version }, won: set.won, lost: set.lost, proposals: rows, ...(values.out !== undefined ? { draft: values.out, accepted: numbers } : {}) }, undefined, 2)}\n`);
      return 0;
    }
    const verb = { 'add-exchange': 'Add', 'make-optional': 'Make optional', remove: 'Remove' } as const;
    const lines = [
      `Proposals for "${input.blueprint.name}" v${input.blueprint.version} from ${set.won} won and ${set.lost} lost deals (${input.label}).`,
      ...(rows.length === 0 ? ['No change proposed.'] : rows.map((r) => `${String(r.number).padStart(3)}. ${verb[r.kind]} "${r.deliverable}" (${r.fromRole} → ${r.toRole}, ${r.stage})\n     ${r.evidence}`)),
      ...(written === undefined ? [] : [written])
    ];
    out(`${lines.join('\n')}\n`);
    return 0;
  });
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InsightsUsageError(`--${name} needs a number of 0 or more, got "${value}".`);
  return n;
}

function adviceLines(subject: string, advice: BidAdvice): string[] {
  const band = ['under 10,000', '10,000 to 100,000', '100,000 to 1,000,000', '1,000,000 and more'][advice.sizeBand] ?? '';
  return [
    `${subject}: ${advice.decision}`,
    `  Win probability ${pct(advice.probability)} (${advice.probabilitySource}${advice.probabilityBasis > 0 ? `, ${advice.probabilityBasis} deals` : ''}); size band ${band}.`,
    `  Coverage: this pursuit ${pct(advice.plannedExchangeCoverage)} of exchanges, ${pct(advice.plannedRoleCoverage)} of roles; similar wins ${pct(advice.requiredExchangeCoverage)} and ${pct(advice.requiredRoleCoverage)}.`,
    ...advice.reasons.map((r) => `  - ${r}`),
    ...(advice.thin ? [`  Too few comparable past pursuits (${advice.similarWins} similar wins): the advice rests on the probability above and ${advice.pastPursuits} closed deals in all.`] : [])
  ];
}

/** `bid`: advice for an open deal of the files (scored by a model trained on them) or for a new pursuit. Exit 0 ok, 1 unknown deal or bad input, 2 bad arguments. */
export async function runBid(argv: string[]): Promise<number> {
  const extra = { opportunity: { type: 'string' }, cost: { type: 'string' }, amount: { type: 'string' }, team: { type: 'string' }, account: { type: 'string' }, stages: { type: 'string' } } as const;
  return runInsightsCommand(argv, extra, (input, values, out) => {
    const cost = number('cost', values.cost);
    if (cost === undefined) throw new InsightsUsageError('bid needs --cost <pursuit cost>.');
    const { blueprint, now } = input;
    const history = pastPursuits(input.opportunities, input.interactions, blueprint, now);
    let subject: string;
    let advice: BidAdvice;
    if (values.opportunity !== undefined) {
      if (values.amount !== undefined || values.stages !== undefined) throw new InsightsUsageError('--opportunity advises a deal of the files: leave out --amount and --stages.');
      const deal = input.opportunities.find((o) => o.id === values.opportunity);
      if (deal === undefined || deal.status !== 'open' || closeTimeOf(deal) !== undefined) {
        process.stderr.write(`error: no open opportunity "${values.opportunity}" in ${input.label}.\n`);
        return 1;
      }
      const own = input.interactions.filter((i) => i.opportunityId === deal.id);
      const model = trainScoringModel(input.opportunities, input.interactions, blueprint, { now });
      const score = scoreOpportunity(model, deal, own, blueprint, { now, asOf: now });
      subject = deal.name ?? deal.account;
      advice = adviseOpenDeal(deal, score.probability, own, cost, history, blueprint);
    } else {
      const amount = number('amount', values.amount);
      if (amount === undefined) throw new InsightsUsageError('bid needs --opportunity <id> (an open deal) or --amount <N> (a new pursuit).');
      const wanted = values.stages === undefined ? undefined : values.stages.split(',').map((s) => s.trim().toLowerCase());
      const stagePath = wanted?.map((w) => {
        const stage = blueprint.stages.find((s) => s.name.toLowerCase() === w || s.id.toLowerCase() === w);
        if (!stage) throw new InsightsUsageError(`--stages: the blueprint has no stage "${w}" (stages: ${blueprint.stages.map((s) => s.name).join(', ')}).`);
        return stage.id;
      });
      subject = values.account ?? 'New pursuit';
      advice = advisePursuit({ team: values.team ?? '', account: values.account ?? '', amount, pursuitCost: cost, ...(stagePath ? { stagePath } : {}) }, history, blueprint);
    }
    if (input.format === 'json') {
      out(`${JSON.stringify({ subject, sizeBands: BID_SIZE_BANDS, ...advice }, undefined, 2)}\n`);
      return 0;
    }
    out(`${adviceLines(subject, advice).join('\n')}\n`);
    return 0;
  });
}

/** `review --opportunity <id>`: the review pack of a closed deal of the files. Exit 0 ok, 1 unknown or open deal, 2 bad arguments. */
export async function runReview(argv: string[]): Promise<number> {
  return runInsightsCommand(argv, { opportunity: { type: 'string' } }, (input, values, out) => {
    if (values.opportunity === undefined) throw new InsightsUsageError('review needs --opportunity <id> of a closed deal.');
    const deal = input.opportunities.find((o) => o.id === values.opportunity);
    if (deal === undefined) {
      process.stderr.write(`error: no opportunity "${values.opportunity}" in ${input.label}.\n`);
      return 1;
    }
    const { blueprint, now } = input;
    const model = trainScoringModel(input.opportunities, input.interactions, blueprint, { now });
    let review: ReturnType<typeof dealReview>;
    try {
      review = dealReview(deal, input.interactions.filter((i) => i.opportunityId === deal.id), blueprint, model, [], now);
    } catch (error) {
      if (!(error instanceof DealStillOpenError)) throw error;
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    const { pack } = review;
    const stage = (id: string): string => blueprint.stages.find((s) => s.id === id)?.name ?? id;
    const role = (id: string | undefined): string => (id === undefined ? '?' : blueprint.roles.find((r) => r.id === id)?.name ?? id);
    const day = (ms: number | undefined): string => (ms === undefined ? '-' : new Date(ms).toISOString().slice(0, 10));
    if (input.format === 'json') {
      out(`${JSON.stringify({ opportunity: { name: deal.name ?? deal.account, account: deal.account, status: deal.status, amount: deal.amount }, ...pack, timeline: pack.timeline.map((t) => ({ ...t, stage: stage(t.stageId) })), scoreHistory: pack.scoreHistory.map((h) => ({ stage: stage(h.stageId), at: h.at, probability: h.score.probability })) }, undefined, 2)}\n`);
      return 0;
    }
    out(
      [
        `Review of ${deal.name ?? deal.account} (${deal.account}): ${deal.status}, closed ${day(pack.closedAt)}, amount ${deal.amount}.`,
        'Exchanges against the blueprint:',
        ...pack.timeline.map((t) => `  ${t.status.padEnd(11)} ${t.deliverable}${t.required ? '' : ' (optional)'} [${stage(t.stageId)}] expected ${day(t.expectedBy)}, done ${day(t.doneAt)}`),
        `Exchanges the blueprint does not know: ${pack.unexpected.length === 0 ? 'none' : ''}`,
        ...pack.unexpected.map((u) => `  ${day(u.at)} "${u.activity}" (${role(u.fromRole)} → ${role(u.toRole)})`),
        'Score at each stage entry:',
        ...pack.scoreHistory.map((h) => `  ${stage(h.stageId)} ${day(h.at)}: ${Math.round(100 * h.score.probability)}%`)
      ].join('\n') + '\n'
    );
    return 0;
  });
}
