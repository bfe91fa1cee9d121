/**
 * The score, patterns and evaluate commands on the demo organisation (seed 42, deterministic),
 * run through main() with stdout captured. Exact lines: a change in any figure is a change in
 * behaviour and should be looked at.
 */
import { main } from '../../cli/main';

async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const code = await main(argv);
    return { code, lines: chunks.join('').split('\n') };
  } finally {
    spy.mockRestore();
  }
}

jest.setTimeout(60_000);

describe('valuenetworks patterns', () => {
  it('puts the economic buyer and the business case first, each compared among deals that reached its stage', async () => {
    const { code, lines } = await run(['patterns', '--top', '3']);
    expect(code).toBe(0);
    expect(lines).toEqual([
      'Success patterns of 423 won and 685 lost deals (demo, seed 42), strongest evidence first.',
      'Each pattern compares only the deals that reached its stage (a deal is read at its last stage entry before closing when it went further).',
      'Left out: patterns involving exchanges that only happen after a win (T23, T24, T25), and orderings that say no more than doing their exchanges at all.',
      '  1. [strong, p < 0.001] Among the 1108 deals that reached Discover, deals with Economic buyer involved won 410 of 823 (50%); without it 13 of 285 (5%). Odds ratio 20.8 (95% CI 11.7–36.8), Fisher p < 0.001. Strong evidence (423 won, 685 lost).',
      '  2. [strong, p < 0.001] Among the 1108 deals that reached Discover, deals with "Executive alignment meeting" (Account executive → Economic buyer) won 353 of 632 (56%); without it 70 of 476 (15%). Odds ratio 7.34 (95% CI 5.45–9.89), Fisher p < 0.001. Strong evidence (423 won, 685 lost).',
      '  3. [strong, p < 0.001] Among the 1108 deals that reached Validate, deals with "Business case and ROI model" (Account executive → Economic buyer) won 298 of 509 (59%); without it 125 of 599 (21%). Odds ratio 5.36 (95% CI 4.11–6.98), Fisher p < 0.001. Strong evidence (423 won, 685 lost).',
      ''
    ]);
  });
});

describe('valuenetworks score', () => {
  it('scores a closed deal at its last stage entry with its reasons in points', async () => {
    const { code, lines } = await run(['score', '--opportunity', 'OPP-00042']);
    expect(code).toBe(0);
    expect(lines).toEqual([
      'OPP-00042 Margie Group platform (no-decision, closed 2026-08-15)',
      'Scored as of 2026-07-05 (its last stage entry before closing): 38% (probability 0.382)',
      'Model in use: logistic, trained on 423 won / 685 lost deals at their stage entries; calibration platt',
      // Reasons are points against the average deal at the deal's own stage (Propose), so stage
      // progress (the same for every deal there) and the exchange count (18 is below the Propose
      // average, hence now negative) no longer speak for where the deal is; "Technical evaluator
      // involved" (−15.3 before, a weight split with its correlated exchanges) contradicts the raw
      // evidence at Propose and is hidden. Probability, model and calibration lines are unchanged.
      'Top reasons (points against the average deal at the same stage, Propose):',
      '  -17.3  no "Executive alignment meeting" (Account executive → Economic buyer)',
      '  -6.5  not "Executive alignment meeting" before "Business case and ROI model"',
      '  -4.8  no "Decision criteria and budget" (Economic buyer → Account executive)',
      '  -4.6  no "Requirements list" (Technical evaluator → Sales engineer)',
      '  -3.0  no "Business case and ROI model" (Account executive → Economic buyer)',
      ''
    ]);
  });

  it('says which ids exist for an unknown opportunity', async () => {
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['score', '--opportunity', 'OPP-99999'])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join('')).toBe('No opportunity "OPP-99999" in the demo organisation (ids run OPP-00001..OPP-01500).\n');
  });
});

describe('valuenetworks evaluate', () => {
  it('prints the honest time-split figures against the stage-only baseline', async () => {
    const { code, lines } = await run(['evaluate']);
    expect(code).toBe(0);
    expect(lines.slice(0, 9)).toEqual([
      'Demo organisation, seed 42: 1500 opportunities, 59554 interactions',
      'Scoring evaluation: trained on deals closed before 2026-05-04, tested on deals closed 2026-05-04..2026-10-31',
      'Model in use: logistic (train 266 won / 458 lost; test 157 won / 227 lost)',
      'Each test deal scored at its entry into each stage it reached before closing (1649 snapshots: 785 of won deals, 864 of lost)',
      '',
      '  metric    model     baseline (stage only)',
      '  AUC       0.732     0.605',
      '  Brier     0.208     0.236',
      '  log loss  0.600     0.664'
    ]);
  });
});
