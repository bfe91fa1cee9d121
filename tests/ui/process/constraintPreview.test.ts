import { processStringsFor } from '../../../src/ui/i18n/process';
import { constraintPreview } from '../../../src/ui/process/constraintPreview';
import { moveActivity, setDueDays, setExitCriterion } from '../../../src/ui/process/processEdits';
import { businessCaseBlueprint } from '../../fixtures/process/businessCaseBlueprint';

const en = processStringsFor('en-US');
const de = processStringsFor('de-DE');

function texts(preview: ReturnType<typeof constraintPreview>): string[][] {
  if (!preview.ok) throw new Error('expected a compiled preview');
  return preview.stages.map((s) => [s.stageName, ...s.sentences.map((x) => x.text)]);
}

describe('constraintPreview', () => {
  it('states exit criteria first, then each stage\'s compiled constraints in plain English', () => {
    expect(texts(constraintPreview(businessCaseBlueprint, en))).toEqual([
      [
        'Discover',
        'To leave Discover, a deal needs at least 1 selling action and 1 buying action.',
        'The champion must receive the discovery call from the account executive.',
        'The account executive must receive the pain statement from the champion.',
        'The champion must receive the discovery call before the pain statement.'
      ],
      [
        'Validate',
        'To leave Validate, a deal needs at least 1 selling action and 0 buying actions.',
        'The economic buyer must receive the business case from the account executive.',
        'The economic buyer must receive the business case within 14 days of entering Validate.',
        'The economic buyer must receive the proposal from the account executive.',
        'The economic buyer must receive the business case before the proposal.',
        'The pain statement (Discover) must come before the proposal (Validate).'
      ]
    ]);
  });

  it('follows edits of exit criteria, due days and activity order', () => {
    let edited = setExitCriterion(businessCaseBlueprint, 'validate', 'minSellingActions', 2);
    edited = setDueDays(edited, 't3', 1);
    edited = moveActivity(edited, 't4', -1);
    const validate = texts(constraintPreview(edited, en))[1];
    expect(validate).toEqual([
      'Validate',
      'To leave Validate, a deal needs at least 2 selling actions and 0 buying actions.',
      'The economic buyer must receive the proposal from the account executive.',
      'The economic buyer must receive the business case before the proposal.',
      'The economic buyer must receive the business case from the account executive.',
      'The economic buyer must receive the business case within 1 day of entering Validate.',
      'The pain statement (Discover) must come before the business case (Validate).'
    ]);
    // Nothing was changed in place.
    expect(businessCaseBlueprint.stages[1].exitCriteria.minSellingActions).toBe(1);
    expect(businessCaseBlueprint.transactions.map((t) => t.sequence)).toEqual([1, 2, 3, 4]);
  });

  it('speaks German from the constraints\' provenance', () => {
    expect(texts(constraintPreview(businessCaseBlueprint, de))[1]).toEqual([
      'Validate',
      'Um Validate zu verlassen, braucht ein Geschäft mindestens 1 Verkaufsaktion und 0 Kaufaktionen.',
      'Die Rolle „Economic buyer“ muss „Business case“ von der Rolle „Account executive“ erhalten.',
      'Die Rolle „Economic buyer“ muss „Business case“ innerhalb von 14 Tagen nach Eintritt in Validate erhalten.',
      'Die Rolle „Economic buyer“ muss „Proposal“ von der Rolle „Account executive“ erhalten.',
      'Die Rolle „Economic buyer“ muss „Business case“ vor „Proposal“ erhalten.',
      '„Pain statement“ (Discover) muss vor „Proposal“ (Validate) kommen.'
    ]);
  });

  it('gives the compiler\'s problems for a reference to a missing transaction', () => {
    const broken = { ...businessCaseBlueprint, transactions: businessCaseBlueprint.transactions.map((t) => (t.id === 't4' ? { ...t, precededBy: ['t9'] } : t)) };
    expect(constraintPreview(broken, en)).toEqual({
      ok: false,
      problems: [{ code: 'unknown-transaction', path: '/transactions/3/precededBy/0', message: 'No transaction has the id "t9".' }]
    });
  });
});

describe('process edits', () => {
  it('moves activities only within their stage and not past its ends', () => {
    expect(moveActivity(businessCaseBlueprint, 't3', -1)).toBe(businessCaseBlueprint);
    expect(moveActivity(businessCaseBlueprint, 't2', 1)).toBe(businessCaseBlueprint);
    expect(moveActivity(businessCaseBlueprint, 't2', -1).transactions.map((t) => [t.id, t.sequence])).toEqual([['t1', 2], ['t2', 1], ['t3', 3], ['t4', 4]]);
  });

  it('removes a deadline and keeps the anchor of one after another transaction', () => {
    expect(setDueDays(businessCaseBlueprint, 't3', undefined).transactions[2]).not.toHaveProperty('due');
    const anchored = { ...businessCaseBlueprint, transactions: businessCaseBlueprint.transactions.map((t) => (t.id === 't4' ? { ...t, due: { days: 7, afterTransactionId: 't3' } } : t)) };
    expect(setDueDays(anchored, 't4', 10).transactions[3].due).toEqual({ days: 10, afterTransactionId: 't3' });
  });
});
