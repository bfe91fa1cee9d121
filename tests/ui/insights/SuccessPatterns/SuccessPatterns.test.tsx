/** @jest-environment jsdom */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import { setIconOptions } from '@fluentui/react';
import type { Opportunity } from '../../../../src/core/model/interaction';
import { actionablePatterns } from '../../../../src/services/insights/actionablePatterns';
import type { PatternSummary } from '../../../../src/services/insights/modelRegistry';
import { SuccessPatterns } from '../../../../src/ui/insights/SuccessPatterns';
import { sizeBandLabels, type PatternFilter } from '../../../../src/ui/insights/model/insightsView';
import { insightsBlueprint, siteHistory } from '../../../services/insights/siteHistory';

setIconOptions({ disableWarnings: true });
const history = siteHistory();
// North: index mod 4 below 2; the first 24 deals below 10,000, the others 50,000 (see patternFilters.test.ts).
const opportunities = history.opportunities.map((o, i): Opportunity => ({ ...o, team: i % 4 < 2 ? 'North' : 'South', amount: i < 24 ? 5_000 : 50_000 }));
const summary = actionablePatterns(opportunities, history.interactions, insightsBlueprint, { now: history.now });

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  ReactDom.unmountComponentAtNode(container);
  container.remove();
});

async function show(shown: PatternSummary, filter: PatternFilter, locale = 'en-US'): Promise<{ intro: string; labels: string[]; filters: string[]; note: string | undefined; sentence: string | undefined }> {
  await act(async () => {
    ReactDom.render(<SuccessPatterns summary={shown} filter={filter} onFilterChange={() => undefined} locale={locale} />, container);
  });
  return {
    intro: container.querySelector('section > p')?.textContent ?? '',
    labels: Array.from(container.querySelectorAll('ol > li > span:first-child')).map((e) => e.textContent ?? ''),
    filters: Array.from(container.querySelectorAll('.ms-Dropdown-container')).map((d) => `${d.querySelector('label')?.textContent}: ${d.querySelector('.ms-Dropdown-title')?.textContent}`),
    note: container.querySelector('[data-testid="retrain-to-filter"]')?.textContent ?? undefined,
    sentence: container.querySelectorAll('ol > li p')[1]?.textContent ?? undefined
  };
}

describe('SuccessPatterns filters', () => {
  it('names the size bands by their edges, in each language', () => {
    expect([sizeBandLabels('en-US'), sizeBandLabels('de-DE')]).toEqual([
      ['below 10,000', '10,000 to under 100,000', '100,000 to under 1,000,000', '1,000,000 and more'],
      ['unter 10.000', '10.000 bis unter 100.000', '100.000 bis unter 1.000.000', 'ab 1.000.000']
    ]);
  });

  it('shows the patterns of the chosen team, period and size with their deal counts', async () => {
    const all = await show(summary, { evidence: 'all', direction: 'all' });
    const north = await show(summary, { evidence: 'all', direction: 'all', team: 'North', closedWithinMonths: 6, band: 1 });
    expect([all.intro, all.filters, north.intro, north.filters, north.note]).toEqual([
      'From 24 won and 24 lost deals on this site, strongest evidence first. Each pattern compares only the deals that reached its stage.',
      ['Team: All', 'Closed within: All', 'Deal size: All', 'Evidence: All', 'Effect: All'],
      'From 6 won and 6 lost deals on this site, strongest evidence first. Each pattern compares only the deals that reached its stage.',
      ['Team: North', 'Closed within: the last 6 months', 'Deal size: 10,000 to under 100,000', 'Evidence: All', 'Effect: All'],
      undefined
    ]);
    // North's larger deals: the 6 won all sent the pains before the business case; of the 6 lost, D33 and
    // D45 sent the pains and D25 and D37 the business case, none both.
    expect([north.labels, north.sentence]).toEqual([
      all.labels,
      'Among the 12 deals that reached Propose, deals with "Pains" before "Business case" won 6 of 6 (100%); without it 0 of 6 (0%). Odds ratio 169 (95% CI 2.89–9875), Fisher p = 0.002. Weak evidence (6 won, 6 lost): a small sample.'
    ]);
  });

  it('offers no segment filters for a model stored before them, and says to train again', async () => {
    const { segments: _segments, ...old } = summary;
    const shown = await show({ ...old, patterns: summary.patterns.map(({ cells: _cells, ...p }) => p) }, { evidence: 'all', direction: 'all', team: 'North' });
    expect([shown.filters, shown.note, shown.labels.length]).toEqual([
      ['Evidence: All', 'Effect: All'],
      'Train again to filter these patterns by team, period and deal size: this model was stored before the filters existed.',
      summary.patterns.length
    ]);
  });
});
