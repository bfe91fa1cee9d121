/** @jest-environment jsdom */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import { setIconOptions } from '@fluentui/react';
import type { HostContext } from '../../../../src/services/hostContext';
import type { AnalysisSnapshot } from '../../../../src/services/ports';
import { dashboardStringsFor } from '../../../../src/ui/i18n/dashboard';
import { ScoreSection } from '../../../../src/ui/dashboard/OpportunityPanel/ScoreSection';
import { AppRoot } from '../../../../src/ui/shell';
import { businessCaseBlueprint } from '../../../fixtures/process/businessCaseBlueprint';
import { DAY0, interactions, opportunities, snapshots } from '../../../fixtures/ui/salesSite';

setIconOptions({ disableWarnings: true });
const host: HostContext = { host: 'sharePointPage', theme: 'light', locale: 'en-US', user: { displayName: 'Olga', loginName: 'olga@contoso.com' }, siteUrl: 'https://contoso/sites/sales' };
const [atlas, borealis] = opportunities;
const now = DAY0 + 22 * 86_400_000;

/** o1's stored snapshot with a logistic score and three stored reasons. */
const logistic: AnalysisSnapshot = {
  ...snapshots.o1,
  score: 0.634,
  scoreModel: 'logistic (423 won / 685 lost)',
  scoreReasons: [
    { feature: 'exchange:t4', label: 'no "Proposal" (Account executive → Economic buyer)', points: -12.34 },
    { feature: 'late.share', label: '50% of timed exchanges late', points: -4.06 },
    { feature: 'exchange:t3', label: '"Business case" (Account executive → Economic buyer) done', points: 1 }
  ]
};

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  ReactDom.unmountComponentAtNode(container);
  container.remove();
});

async function show(snapshot: AnalysisSnapshot | undefined, locale: string = 'en-US', opportunity = atlas): Promise<{ score: string; model: string; note: string | undefined; reasons: string[]; missing: string | undefined; source: string | null }> {
  await act(async () => {
    ReactDom.render(
      <AppRoot host={{ ...host, locale }}>
        <ScoreSection blueprint={businessCaseBlueprint} opportunity={opportunity} interactions={interactions.filter((i) => i.opportunityId === opportunity.id)} snapshot={snapshot} now={now} history={{ won: 1, lost: 1 }} strings={dashboardStringsFor(locale)} locale={locale} />
      </AppRoot>,
      container
    );
  });
  const text = (id: string): string | undefined => container.querySelector(`[data-testid="${id}"]`)?.textContent ?? undefined;
  return {
    score: text('score') ?? '',
    model: text('score-model') ?? '',
    note: text('score-note'),
    reasons: Array.from(container.querySelectorAll('[data-testid="score-reasons"] li')).map((li) => li.textContent ?? ''),
    missing: text('score-reasons-missing'),
    source: container.querySelector('[data-testid="score"]')?.getAttribute('data-score-source') ?? null
  };
}

const gradeAndTrend = (): [string | undefined, string | undefined, string | null] => [
  container.querySelector('[data-testid="score-grade"]')?.textContent ?? undefined,
  container.querySelector('[data-testid="score-trend"]')?.textContent ?? undefined,
  container.querySelector('[data-testid="score-trend"]')?.getAttribute('data-trend') ?? null
];

describe('ScoreSection grade and trend', () => {
  const since = Date.UTC(2026, 10, 30, 6, 0, 0);

  it('grades 63 a B with the cut points and says the trend since the previous analysis, with the threshold', async () => {
    await show({ ...logistic, previousScore: 0.51, previousScoredAt: since });
    expect(gradeAndTrend()).toEqual([
      'Grade B (A from 75, B from 50, C from 25, D below 25)',
      'Trend: improving, +12 points since the analysis of Nov 30, 2026 (a move of 5 points or more counts as improving or declining)',
      'improving'
    ]);
  });

  it('says steady and declining, and not enough history without a previous score', async () => {
    await show({ ...logistic, previousScore: 0.66, previousScoredAt: since });
    const steady = gradeAndTrend();
    await show({ ...logistic, score: 0.2, previousScore: 0.66, previousScoredAt: since });
    const declining = gradeAndTrend();
    await show(logistic);
    expect([steady[2], declining, gradeAndTrend()]).toEqual([
      'steady',
      ['Grade D (A from 75, B from 50, C from 25, D below 25)', 'Trend: declining, -46 points since the analysis of Nov 30, 2026 (a move of 5 points or more counts as improving or declining)', 'declining'],
      [
        'Grade B (A from 75, B from 50, C from 25, D below 25)',
        'Trend: not enough history yet. A trend needs an earlier analysis with a different score; a move of 5 points or more counts as improving or declining.',
        'not-enough-history'
      ]
    ]);
  });

  it('says it in German, and shows no grade for a score computed here', async () => {
    await show({ ...logistic, score: 0.8, previousScore: 0.7, previousScoredAt: since }, 'de-DE');
    const german = gradeAndTrend();
    await show(undefined);
    expect([german, gradeAndTrend()]).toEqual([
      ['Note A (A ab 75, B ab 50, C ab 25, D unter 25)', 'Trend: steigend, +10 Punkte seit der Analyse vom 30. Nov. 2026 (ab 5 Punkten Änderung gilt er als steigend oder fallend)', 'improving'],
      [undefined, undefined, null]
    ]);
  });
});

describe('ScoreSection', () => {
  it('shows a stored logistic score as a win probability, its model in plain words and the stored reasons in points', async () => {
    expect(await show(logistic)).toEqual({
      score: 'Win probability 63 %',
      model: "Model in use: learnt from this site's closed deals (423 won, 685 lost): logistic regression on what the deals had done at each stage entry",
      note: undefined,
      reasons: ['no "Proposal" (Account executive → Economic buyer): -12.3 points', '50% of timed exchanges late: -4.1 points', '"Business case" (Account executive → Economic buyer) done: +1 point'],
      missing: undefined,
      source: 'stored'
    });
  });

  it('says so in German too', async () => {
    const shown = await show(logistic, 'de-DE');
    expect([shown.score, shown.reasons[0], shown.reasons[2]]).toEqual(['Gewinnwahrscheinlichkeit 63 %', 'no "Proposal" (Account executive → Economic buyer): -12,3 Punkte', '"Business case" (Account executive → Economic buyer) done: +1 Punkt']);
  });

  it('shows a stored blueprint-distance score as closeness, not as a probability', async () => {
    const shown = await show({ ...logistic, score: 0.75, scoreModel: 'blueprint-distance (12 won / 30 lost)', scoreReasons: [{ feature: 'exchange:t4', label: 'no "Proposal" (Account executive → Economic buyer)', points: -25 }] });
    expect(shown).toEqual({
      score: '75 / 100 (closeness to the blueprint)',
      model: 'Model in use: blueprint distance: closeness to a deal that made every required exchange (too few closed deals to learn from: 12 won, 30 lost; 40 of each are needed)',
      note: undefined,
      reasons: ['no "Proposal" (Account executive → Economic buyer): -25 points'],
      missing: undefined,
      source: 'stored'
    });
  });

  it('shows a label it cannot read as stored, and says when a score came without reasons', async () => {
    const { scoreReasons: _r, ...bare } = logistic;
    const shown = await show({ ...bare, scoreModel: 'logistic:2024-06' });
    expect([shown.score, shown.model, shown.reasons, shown.missing]).toEqual(['63 / 100', 'Model in use: logistic:2024-06', [], 'No reasons were stored with this score (it was analysed by an earlier version).']);
  });

  it('computes the blueprint distance only when no score is stored, and says so', async () => {
    // o1 did t1, t2 and t3 of the four required exchanges of Discover and Validate: 3 / 4; t4 costs 100 / 4.
    expect(await show(snapshots.o1)).toEqual({
      score: '75 / 100 (closeness to the blueprint)',
      model: 'Model in use: blueprint distance: closeness to a deal that made every required exchange (no trained model is stored with this site)',
      note: 'No score is stored for this opportunity yet, so this one is computed here from its exchanges alone.',
      reasons: ['no "Proposal" (Account executive → Economic buyer): -25 points'],
      missing: undefined,
      source: 'computed'
    });
    // o2 (Discover, nothing done, never analysed): both Discover exchanges missing, 50 points each.
    expect((await show(undefined, 'en-US', borealis)).reasons).toEqual(['no "Discovery call" (Account executive → Champion): -50 points', 'no "Pain statement" (Champion → Account executive): -50 points']);
  });
});
