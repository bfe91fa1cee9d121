import { inSentence } from '../../../src/core/conformance/describeConstraint';

describe('inSentence', () => {
  it('lower-cases a leading capital but keeps acronyms', () => {
    expect(inSentence('Economic buyer')).toBe('economic buyer');
    expect(inSentence('CFO')).toBe('CFO');
    expect(inSentence('ROI model')).toBe('ROI model');
    expect(inSentence('x')).toBe('x');
  });
});
