import { encodeLead, isMissingValue, leadFeatureNames, learnLeadEncoding, parseLeadNumber } from '../../../../src/core/insights/leads/leadEncoding';
import { InsightsInputError } from '../../../../src/core/insights/errors';

const columns = [
  { name: 'Source', kind: 'categorical' },
  { name: 'Employees', kind: 'numeric' }
] as const;
const rows = [
  { Source: 'Webinar', Employees: '10', Outcome: 'Converted' },
  { Source: 'Webinar ', Employees: '20,5', Outcome: 'no' },
  { Source: ' SELECT ', Employees: 'N/A', Outcome: 'yes' },
  { Source: 'Fair', Employees: '30', Outcome: 'no' }
];

describe('lead encoding', () => {
  it('treats placeholders as missing, trimmed and case-insensitive', () => {
    expect(['', '  ', 'Select', 'n/a', 'NULL', undefined].map(isMissingValue)).toEqual([true, true, true, true, true, true]);
    expect(['0', 'none', 'Selected'].map(isMissingValue)).toEqual([false, false, false]);
  });

  it('parses numbers with the stated decimal separator only', () => {
    expect(parseLeadNumber('20,5', ',')).toBe(20.5);
    expect(parseLeadNumber(' -2.25 ', '.')).toBe(-2.25);
    expect(() => parseLeadNumber('1.234', ',')).toThrow(InsightsInputError);
    expect(() => parseLeadNumber('1,5', '.')).toThrow(InsightsInputError);
  });

  it('pools rare levels, keeps missing apart and fills numbers with the mean', () => {
    const encoding = learnLeadEncoding(rows, columns, { decimalSeparator: ',', minLevelCount: 2 });
    // Webinar in 2 rows (kept), Fair in 1 (pooled), SELECT is missing, not a level
    expect(encoding.columns).toEqual([
      { name: 'Source', kind: 'categorical', levels: ['Webinar'], fill: 0 },
      { name: 'Employees', kind: 'numeric', levels: [], fill: 60.5 / 3 }
    ]);
    expect(leadFeatureNames(encoding)).toEqual(['Source=Webinar', 'Source=(other)', 'Source:missing', 'Employees', 'Employees:missing']);
    expect(encodeLead(encoding, rows[1])).toEqual([1, 0, 0, 20.5, 0]);
    expect(encodeLead(encoding, rows[2])).toEqual([0, 0, 1, 60.5 / 3, 1]);
    expect(encodeLead(encoding, { Source: 'Referral', Employees: '' })).toEqual([0, 1, 0, 60.5 / 3, 1]);
  });

  it('names row and column of a number it cannot read', () => {
    expect(() => learnLeadEncoding([rows[0], { Source: 'x', Employees: 'abc' }], columns, { decimalSeparator: ',' })).toThrow(
      'Row 2, column "Employees": "abc" is not a number written with "," as the decimal separator.'
    );
  });
});
