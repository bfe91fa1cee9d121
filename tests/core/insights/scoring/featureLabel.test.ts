import { featureLabel } from '../../../../src/core/insights/scoring/featureLabel';
import { smallBlueprint } from '../../../fixtures/insights/smallOrg';

describe('featureLabel', () => {
  it('phrases each kind of feature', () => {
    expect(featureLabel('exchange:t3', 0, smallBlueprint)).toBe('no "Business case" (Account executive → Economic buyer)');
    expect(featureLabel('exchange:t3', 1, smallBlueprint)).toBe('"Business case" (Account executive → Economic buyer) done');
    expect(featureLabel('role:eb', 0, smallBlueprint)).toBe('no contact with Economic buyer');
    expect(featureLabel('order:t3>t2', 1, smallBlueprint)).toBe('"Business case" before "Demo"');
    expect(featureLabel('order:t3>t2', 0, smallBlueprint)).toBe('not "Business case" before "Demo"');
    expect(featureLabel('conformance:prove', 0.5, smallBlueprint)).toBe('conformance in "Prove" 50%');
    expect(featureLabel('recency.log_days', Math.log(13), smallBlueprint)).toBe('last exchange 12 days ago');
    expect(featureLabel('velocity.log_ratio', Math.log(2), smallBlueprint)).toBe('2.0x slower than usual in this stage');
    expect(featureLabel('required.share', 0.5, smallBlueprint)).toBe('50% of required exchanges done');
    expect(featureLabel('mystery', 1, smallBlueprint)).toBe('mystery');
  });
});
