/**
 * The propose and bid commands on a fifth of the demo organisation (seed 42, deterministic), run
 * through main() with stdout captured; exact lines and figures.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from './support/runMain';
import { readBlueprintJson } from '../../src/interchange/blueprintJson/blueprintJson';

const run = runMain;

const DEMO = ['--demo', '--scale', '0.2'];
jest.setTimeout(60_000);

describe('valuenetworks propose', () => {
  it('numbers the proposals with their evidence and writes the accepted ones as the next draft', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vn-propose-')), 'draft.json');
    const { code, out } = await run(['propose', ...DEMO, '--accept', '1,2', '--out', file]);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'Proposals for "Enterprise sale" v3 from 84 won and 126 lost deals (Demo organisation, seed 42).',
      '  1. Add "Newsletter reply" (Account executive → Economic buyer, Discover)',
      '     Among deals that reached Discover, "Newsletter reply" (Account executive → Economic buyer) happened in 56 of 84 won deals and 71 of 126 lost; deals with it won 44%, deals without 34% (lift 1.31). The blueprint does not have it.',
      '  2. Add "Competitor comparison sheet" (Account executive → CISO / security, Discover)',
      '     Among deals that reached Discover, "Competitor comparison sheet" (Account executive → CISO / security) happened in 57 of 84 won deals and 76 of 126 lost; deals with it won 43%, deals without 35% (lift 1.22). The blueprint does not have it.',
      `Wrote the draft "Enterprise sale" v4 with 2 accepted changes to ${file}.`,
      ''
    ]);
    const draft = readBlueprintJson(readFileSync(file, 'utf8'));
    expect([draft.status, draft.version, draft.transactions.length]).toEqual(['draft', 4, 27]);
    expect(draft.transactions.filter((t) => !t.required && ['Newsletter reply', 'Competitor comparison sheet'].includes(t.deliverable)).map((t) => t.stage)).toEqual(['discover', 'discover']);
  });

  it('refuses --accept without --out, and numbers out of range (exit 2)', async () => {
    expect((await run(['propose', ...DEMO, '--accept', '1'])).code).toBe(2);
    const wrong = await run(['propose', ...DEMO, '--accept', '3', '--out', join(tmpdir(), 'x.json')]);
    expect([wrong.code, wrong.errors]).toEqual([2, 'error: --accept takes proposal numbers 1..2, not 3.\n']);
  });
});

describe('valuenetworks bid', () => {
  it('advises an open deal on its score and its coverage so far', async () => {
    const { code, out } = await run(['bid', ...DEMO, '--cost', '5000', '--opportunity', 'OPP-00003']);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'Trey Motors renewal: bid-with-conditions',
      '  Win probability 92% (deal-score); size band 100,000 to 1,000,000.',
      '  Coverage: this pursuit 72% of exchanges, 92% of roles; similar wins 80% and 100%.',
      '  - Expected value 95064 = 92% × 109000 − 5000.',
      '  - 16 similar pursuits (segment Southern Europe, same size band), 9 won.',
      '  - Similar wins reached 80% of blueprint exchanges and involved 100% of roles: staff the pursuit to match.',
      ''
    ]);
  });

  it('advises a new pursuit as JSON, and says when too few comparable pursuits exist', async () => {
    const { code, out } = await run(['bid', ...DEMO, '--cost', '5000', '--amount', '60000', '--team', 'DACH', '--format', 'json']);
    expect(code).toBe(0);
    const advice = JSON.parse(out) as Record<string, unknown>;
    expect([advice.decision, advice.expectedValue, advice.probability, advice.probabilitySource, advice.similarPursuits, advice.similarWins, advice.thin, advice.pastPursuits]).toEqual([
      'bid-with-conditions', 4000, 0.15, 'similar-win-rate', 20, 3, true, 210
    ]);
    const unknown = await run(['bid', ...DEMO, '--cost', '5000', '--amount', '60000', '--stages', 'Negotiate']);
    expect([unknown.code, unknown.errors]).toEqual([2, 'error: --stages: the blueprint has no stage "negotiate" (stages: Qualify, Discover, Validate, Propose, Close).\n']);
  });
});

describe('valuenetworks leads', () => {
  const LEADS = ['--leads', 'tests/fixtures/cli/leads/leads.csv', '--outcome', 'Converted', '--name-column', 'Name'];

  it('trains and evaluates the lead model, and says how many leads each class needs', async () => {
    const { code, out } = await run(['leads', 'train', ...LEADS]);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'Lead model trained on 45 converted and 55 not converted leads.',
      'Features: Source (categorical), Employees (numeric).',
      'Tested on the latest 25 leads (11 converted) by a model trained on the earlier ones: AUC 0.753, Brier 0.202.',
      'Grades: A from 75, B from 50, C from 25, D below.',
      ''
    ]);
    const few = await run(['leads', 'train', ...LEADS, '--min-per-class', '50']);
    expect([few.code, few.errors]).toEqual([1, 'error: Too few leads with a known outcome: 45 converted and 55 not converted; each needs at least 50.\n']);
  });

  it('scores the open leads with grade and reasons, filters them and writes the prioritised CSV', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vn-leads-')), 'prioritised.csv');
    const { code, out } = await run(['leads', 'score', ...LEADS, '--grade', 'A,B', '--top', '2', '--out', file]);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      '5 open leads, highest score first (model: 45 converted / 55 not converted).',
      '   1.  79 A  Lead 108: Source is Referral (+24.0); Source is not Cold call (+6.2); Employees 50 (+4.5)',
      '   2.  78 A  Lead 100: Source is Referral (+24.0); Source is not Cold call (+6.2); Employees 75 (+3.4)',
      `Wrote 5 leads to ${file}.`,
      ''
    ]);
    expect(readFileSync(file, 'utf8').split('\r\n').slice(0, 2)).toEqual([
      'Rank,Lead,Score,Grade,Top reasons,Name,Source,Employees,Converted',
      '1,Lead 108,79,A,Source is Referral (+24.0); Source is not Cold call (+6.2); Employees 50 (+4.5),Lead 108,Referral,50,'
    ]);
    const json = await run(['leads', 'score', ...LEADS, '--where', 'Source=Webinar', '--format', 'json', '--top', '1']);
    expect((JSON.parse(json.out) as { count: number; leads: unknown[] }).count).toBe(5);
    expect((await run(['leads', 'rank', ...LEADS])).code).toBe(2);
  });
});

describe('valuenetworks review', () => {
  it('gives the review pack of a closed deal, the same as the page shows, and refuses an open one', async () => {
    const { code, out } = await run(['review', ...DEMO, '--opportunity', 'OPP-00135', '--format', 'json']);
    expect(code).toBe(0);
    const pack = JSON.parse(out) as { opportunity: { name: string; status: string }; timeline: { status: string }[]; scoreHistory: { stage: string; probability: number }[]; unexpected: unknown[] };
    expect([pack.opportunity.name, pack.opportunity.status, pack.unexpected.length]).toEqual(['Tailspin Group rollout', 'lost', 13]);
    expect(pack.timeline.map((t) => t.status).join(',')).toBe(
      'done,missing,skipped,skipped,late,missing,late,missing,skipped,missing,late,done,missing,missing,skipped,skipped,missing,done,missing,missing,missing,not-reached,not-reached,not-reached,not-reached'
    );
    // The Sales Insights end-to-end test reads the same scores on the page: 36%, 30%, 11%, 11%.
    expect(pack.scoreHistory.map((h) => `${h.stage} ${Math.round(100 * h.probability)}%`)).toEqual(['Qualify 36%', 'Discover 30%', 'Validate 11%', 'Propose 11%']);
    const open = await run(['review', ...DEMO, '--opportunity', 'OPP-00003']);
    expect([open.code, open.errors]).toEqual([1, 'error: "Trey Motors renewal" is still open: a review needs a won or lost deal.\n']);
  });
});
