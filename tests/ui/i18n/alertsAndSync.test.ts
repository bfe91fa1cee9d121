import { alertStringsFor } from '../../../src/ui/i18n/alerts';
import { syncStringsFor } from '../../../src/ui/i18n/sync';

describe('alert feed and sync strings', () => {
  it('speak en-US and de-DE with the one severity vocabulary of the rule editor', () => {
    expect([alertStringsFor('en-US').levels, alertStringsFor('de-DE').levels]).toEqual([{ info: 'Low', warning: 'Medium', critical: 'High' }, { info: 'Niedrig', warning: 'Mittel', critical: 'Hoch' }]);
    expect(alertStringsFor('de-DE').filtered(2, 'Überfällig')).toBe('Angezeigt: die 2 Verkaufschancen der Warnung „Überfällig“.');
    expect(alertStringsFor('de-DE').filtered(1, 'X')).toBe('Angezeigt: die Verkaufschance der Warnung „X“.');
    expect(alertStringsFor('en-US').filteredMissing(1)).toBe('1 deal of this alert was deleted since.');
    expect(syncStringsFor('de-DE').lastRun('14.11.2026', 125, 1)).toBe('Letzter Lauf 14.11.2026 über 125 Quellen, 1 fehlgeschlagen.');
    expect(syncStringsFor('en-US').unmatched(1)).toBe('1 item could not be matched to an exchange.');
  });
});
