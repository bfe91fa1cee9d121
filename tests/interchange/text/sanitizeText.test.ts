import { sanitizeText } from '../../../src/interchange/text/sanitizeText';
import { hash53, stableHash } from '../../../src/interchange/text/stableHash';

describe('sanitizeText', () => {
  it('keeps markup as text and removes control and bidi-override characters', () => {
    expect(sanitizeText('<script>alert("x")</script>')).toBe('<script>alert("x")</script>');
    expect(sanitizeText('Ann\u0000\u0007 \u001b[31mSmith')).toBe('Ann [31mSmith');
    expect(sanitizeText('invoice\u202eexe.pdf')).toBe('invoiceexe.pdf');
    expect(sanitizeText('  Business\r\n\tcase  ')).toBe('Business case');
    expect(sanitizeText('Cafe\u0301')).toBe('Caf\u00e9');
    expect(sanitizeText('\u0085\u009f')).toBe('');
  });
});

describe('stableHash', () => {
  it('is deterministic, 28 hex characters, and differs for different text', () => {
    expect(stableHash('a')).toBe(stableHash('a'));
    expect(stableHash('a')).toMatch(/^[0-9a-f]{28}$/);
    expect(stableHash('')).toMatch(/^[0-9a-f]{28}$/);
    expect(stableHash('a')).not.toBe(stableHash('b'));
    expect(hash53('a')).toBe(hash53('a'));
    expect(Number.isSafeInteger(hash53('some text'))).toBe(true);
  });
});
