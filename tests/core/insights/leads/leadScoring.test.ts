import { InsufficientDataError } from '../../../../src/core/insights/errors';
import { leadFeatureLabel, scoreLeads, trainLeadScoring } from '../../../../src/core/insights/leads/leadScoring';

// Source A: 3 of 4 converted; source B: 1 of 4. Three leads without an outcome to score.
const table = [
  ...['Converted', 'Converted', 'Converted', 'Lost'].map((Outcome) => ({ Source: 'A', Outcome })),
  ...['Converted', 'Lost', 'Lost', 'Lost'].map((Outcome) => ({ Source: 'B', Outcome })),
  { Source: 'A', Outcome: '' },
  { Source: 'B', Outcome: 'Select' },
  { Source: 'N/A', Outcome: 'null' }
];
const options = {
  columns: [{ name: 'Source', kind: 'categorical' }] as const,
  outcomeColumn: 'Outcome',
  decimalSeparator: '.',
  minLevelCount: 2,
  lambda: 1e-6,
  holdOutShare: 0
} as const;

describe('lead scoring', () => {
  const model = trainLeadScoring(table, options);

  it('trains on the leads with a known outcome', () => {
    expect(model.trainedOn).toEqual({ converted: 4, notConverted: 4 });
    expect(model.featureNames).toEqual(['Source=A', 'Source=B', 'Source=(other)', 'Source:missing']);
    expect(model.scorer.calibration.method).toBe('none');
  });

  it('scores the rest with the conversion rates of their level; a missing source sits at the middle', () => {
    const scores = scoreLeads(model, table);
    expect(scores.map((s) => s.row)).toEqual([8, 9, 10]);
    // Nearly unpenalised, one-hot levels reproduce the observed rates 3/4 and 1/4; by symmetry the
    // intercept is 0 and the missing lead (both one-hots at their -1 standardised value) gets 1/2.
    expect(scores[0].probability).toBeCloseTo(0.75, 5);
    expect(scores[1].probability).toBeCloseTo(0.25, 5);
    expect(scores[2].probability).toBeCloseTo(0.5, 5);
    expect(scores.map((s) => s.score)).toEqual([75, 25, 50]);
  });

  it('explains a score in points against the average lead', () => {
    const [a] = scoreLeads(model, table);
    // w_A = ln 3 / 2 at x~ = +1 and w_B = -ln 3 / 2 at x~ = -1: each moves the 50% lead to sigma(ln sqrt 3)
    const points = 100 * (Math.sqrt(3) / (1 + Math.sqrt(3)) - 0.5);
    expect(a.contributions.map((c) => c.label)).toEqual(['Source is A', 'Source is not B']);
    a.contributions.forEach((c) => expect(c.points).toBeCloseTo(points, 4));
  });

  it('labels features for a reader', () => {
    expect(leadFeatureLabel('Source=(other)', 1)).toBe('Source is a rare or new value');
    expect(leadFeatureLabel('Employees:missing', 1)).toBe('Employees not given');
    expect(leadFeatureLabel('Employees', 120)).toBe('Employees 120');
  });

  it('refuses a table without both outcomes', () => {
    expect(() => trainLeadScoring(table.slice(0, 3), options)).toThrow(InsufficientDataError);
  });
});
