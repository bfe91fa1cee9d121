import { formatAmount } from '../../../../src/ui/dashboard/format';
import { personName } from '../../../../src/ui/dashboard/model/personName';

describe('personName', () => {
  it('prefers the directory, then reads the address as a name', () => {
    expect(personName('Ada.Adams@x.example', new Map([['ada.adams@x.example', 'Ada Adams-Berg']]))).toBe('Ada Adams-Berg');
    expect(personName('ada.adams@x.example')).toBe('Ada Adams');
    expect(personName('jean-luc_picard@x.example')).toBe('Jean Luc Picard');
    expect(personName('i:0#.f|membership|ben.berg@x.example')).toBe('Ben Berg');
    expect(personName('operations')).toBe('Operations');
    expect(personName('')).toBe('');
  });
});

describe('formatAmount', () => {
  it('shows the currency when one is known, none otherwise', () => {
    expect(formatAmount(27827000, 'en-US', 'EUR')).toBe('€27,827,000');
    expect(formatAmount(27827000, 'de-DE', 'eur')).toBe('27.827.000\u00a0€');
    expect(formatAmount(1250, 'en-US')).toBe('1,250');
    expect(formatAmount(1250, 'en-US', 'euro')).toBe('1,250');
  });
});
