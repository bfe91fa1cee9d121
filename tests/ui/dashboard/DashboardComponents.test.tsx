/** @jest-environment ./tests/ui/support/jsdomWithNodeNetwork.js */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import { setIconOptions } from '@fluentui/react';
import type { FunnelReport } from '../../../src/core/insights';
import type { HostContext } from '../../../src/services/hostContext';
import type { OpportunityRecord } from '../../../src/services/ports';
import { DataImport } from '../../../src/ui/dashboard/DataImport';
import { DeviationHeatmap } from '../../../src/ui/dashboard/DeviationHeatmap';
import { FunnelChart } from '../../../src/ui/dashboard/FunnelChart';
import { KpiCards } from '../../../src/ui/dashboard/KpiCards';
import { dashboardKpis, type OpportunityFilter, type OpportunitySort } from '../../../src/ui/dashboard/model';
import { OpportunityList } from '../../../src/ui/dashboard/OpportunityList';
import { ServicesProvider } from '../../../src/ui/services';
import { AppRoot } from '../../../src/ui/shell';
import { businessCaseBlueprint } from '../../fixtures/process/businessCaseBlueprint';
import { interactions, opportunities, snapshots } from '../../fixtures/ui/salesSite';
import { startEmulatedSite, type EmulatedSite } from '../support/emulatedSite';
import { settle, textsOf, typeInto } from '../support/dom';

setIconOptions({ disableWarnings: true });
// The stores talk HTTP to the emulator in this process: on a busy 2-core machine that outlasts jest's 5 s default.
jest.setTimeout(30_000);
const host: HostContext = { host: 'sharePointPage', theme: 'light', locale: 'en-US', user: { displayName: 'Olga', loginName: 'olga@contoso.com' }, siteUrl: 'https://contoso/sites/sales' };
const stages = [...businessCaseBlueprint.stages];
const records: OpportunityRecord[] = opportunities.map((opportunity, i) => ({
  opportunity,
  itemId: i + 1,
  stage: opportunity.stageHistory[opportunity.stageHistory.length - 1]?.stageId,
  snapshot: snapshots[opportunity.id]
}));

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  ReactDom.unmountComponentAtNode(container);
  container.remove();
});

async function mount(element: React.ReactElement): Promise<void> {
  await act(async () => {
    ReactDom.render(<AppRoot host={host}>{element}</AppRoot>, container);
  });
}

describe('KpiCards', () => {
  it('shows each figure with its detail and gives every label its exact definition as description', async () => {
    await mount(<KpiCards kpis={dashboardKpis(records)} locale="en-US" />);
    const cards = Array.from(container.querySelectorAll('[data-kpi]'));
    expect(cards.map((c) => [c.querySelector('[data-kpi-value]')?.textContent, c.lastElementChild?.textContent])).toEqual([
      ['50%', '1 of 2 analysed open deals · Fitness: 1 at 80 % or more, 1 at 50-79 %, 0 below 50 %'],
      ['50%', '1 won of 2 closed'],
      ['100', '1 deal · open pipeline 130']
    ]);
    const definitions = cards.map((c) => {
      const label = c.querySelector('p[tabindex="0"]');
      return [label?.textContent?.trim(), document.getElementById(label?.getAttribute('aria-describedby') ?? '')?.textContent];
    });
    expect(definitions).toEqual([
      ['Deals without a high-severity deviation', 'Open opportunities whose latest analysis found no high-severity deviation (no missing required exchange, late one or uncovered role), divided by all analysed open opportunities. Below: the fitness (share of the blueprint followed) of the analysed open deals.'],
      ['Win rate', 'Won opportunities divided by all closed ones (won, lost and no decision).'],
      ['Pipeline value at risk', 'Sum of the amounts of open opportunities whose latest analysis found at least one high-severity deviation (a missing required exchange, a late one, or an uncovered role).']
    ]);
  });
});

/** The list with its filter and sort held the way the dashboard holds them. */
function ListHarness(props: { opened: string[] }): React.ReactElement {
  const [filter, setFilter] = React.useState<OpportunityFilter>({ statuses: [] });
  const [sort, setSort] = React.useState<OpportunitySort>({ key: 'deviations', descending: true });
  return <OpportunityList records={records} stages={stages} filter={filter} sort={sort} onFilterChange={setFilter} onSortChange={setSort} onOpen={(id) => props.opened.push(id)} locale="en-US" />;
}

describe('OpportunityList', () => {
  const rows = (): string[][] => Array.from(container.querySelectorAll('.ms-DetailsRow')).map((row) => textsOf(row.querySelectorAll('.ms-DetailsRow-cell')));
  const names = (): string[] => rows().map((r) => r[0]);
  const count = (): string | null | undefined => container.querySelector('[role="status"]')?.textContent;

  it('searches, sorts by a column header and opens a deal from its link', async () => {
    const opened: string[] = [];
    await mount(<ListHarness opened={opened} />);
    // Most deviations first; the deals never analysed (-1) last, ties by id. No deal here has a stored score.
    expect(rows()).toEqual([
      ['Atlas renewal', 'Atlas', 'Ann', 'Validate', '100', 'Open', 'n/a', '75%', '3'],
      ['Borealis pilot', 'Borealis', 'Bob', 'Discover', '30', 'Open', 'n/a', '100%', '0'],
      ['Cobalt expansion', 'Cobalt', 'Ann', 'Discover', '50', 'Won', 'n/a', 'n/a', 'n/a'],
      ['Delta suite', 'Delta', 'Bob', 'Discover', '70', 'Lost', 'n/a', 'n/a', 'n/a']
    ]);
    expect(count()).toBe('4 of 4 opportunities');

    await typeInto(container.querySelector('input[role="searchbox"], .ms-SearchBox input') as HTMLInputElement, 'BOB@');
    expect(names()).toEqual(['Borealis pilot', 'Delta suite']);
    expect(count()).toBe('2 of 4 opportunities');
    await typeInto(container.querySelector('.ms-SearchBox input') as HTMLInputElement, 'cobalt');
    expect(count()).toBe('1 of 4 opportunities');
    await typeInto(container.querySelector('.ms-SearchBox input') as HTMLInputElement, '');

    const header = (name: string): HTMLElement => Array.from(container.querySelectorAll<HTMLElement>('.ms-DetailsHeader-cellIsCheck, [role="columnheader"] .ms-DetailsHeader-cellTitle')).find((h) => h.textContent?.trim() === name) as HTMLElement;
    await act(async () => header('Amount').click());
    // A first click on Amount sorts the largest first.
    expect(names()).toEqual(['Atlas renewal', 'Delta suite', 'Cobalt expansion', 'Borealis pilot']);
    expect(header('Amount').closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe('descending');
    await act(async () => header('Amount').click());
    expect(names()).toEqual(['Borealis pilot', 'Cobalt expansion', 'Delta suite', 'Atlas renewal']);

    const link = container.querySelector<HTMLElement>('[aria-label="Open details of Delta suite"]');
    await act(async () => link?.click());
    expect(opened).toEqual(['o4']);
  });

  it('shows each stored score with its grade and trend arrow, the words for screen readers, and explains both under the list', async () => {
    const scored = records.map((r, i): OpportunityRecord => {
      const history = [{ score: 0.634, previousScore: 0.51 }, { score: 0.49 }, { score: 0.8, previousScore: 0.78 }, { score: 0.12, previousScore: 0.3 }][i];
      return r.snapshot === undefined || history === undefined ? r : { ...r, snapshot: { ...r.snapshot, ...history, scoreModel: 'logistic (40 won / 40 lost)', ...(history.previousScore !== undefined ? { previousScoredAt: 0 } : {}) } };
    });
    await mount(<OpportunityList records={scored} stages={stages} filter={{ statuses: [] }} sort={{ key: 'name', descending: false }} onFilterChange={() => undefined} onSortChange={() => undefined} onOpen={() => undefined} locale="en-US" />);
    const cells = Array.from(container.querySelectorAll('[data-testid="score-cell"]')).map((c) => [c.querySelector('[aria-hidden="true"]')?.textContent, c.lastElementChild?.textContent]);
    expect(cells).toEqual([
      ['63 B ↑', '63, grade B, improving'],
      ['49 C ·', '49, grade C, not enough history']
    ]);
    expect(container.querySelector('[data-testid="score-legend"]')?.textContent).toBe(
      'Score grades: A from 75, B from 50, C from 25, D below 25. Trend since the previous analysis: ↑ improving (up 5 points or more), → steady, ↓ declining (down 5 points or more), · not enough history.'
    );
  });
});

describe('FunnelChart', () => {
  it('gives the exact figures as a table with a caption and the biggest leak by name', async () => {
    const report: FunnelReport = {
      stages: [
        { stageId: 'discover', reached: 40, conversion: 0.5, idealConversion: 0.75, medianDays: 12.25, gap: 0.25 },
        { stageId: 'validate', reached: 20, conversion: undefined, idealConversion: undefined, medianDays: undefined, gap: undefined }
      ],
      biggestLeak: 'discover',
      stuck: [],
      openPipeline: 0,
      pipelineCoverage: undefined
    } as unknown as FunnelReport;
    await mount(<FunnelChart report={report} stages={stages} idealSellers={1} idealSample={{ closedDeals: 6, rankedSellers: 3, minClosed: 5 }} locale="en-US" />);
    expect(container.querySelector('table caption')?.textContent).toBe('Funnel');
    expect(textsOf(container.querySelectorAll('thead th'))).toEqual(['Stage', 'Reached', 'Conversion', 'Ideal', 'Median days']);
    expect(Array.from(container.querySelectorAll('tbody tr')).map((tr) => textsOf(tr.children))).toEqual([
      ['Discover', '40', '50%', '75%', '12.3'],
      ['Validate', '20', 'n/a', 'n/a', 'n/a']
    ]);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(textsOf(container.querySelectorAll('section > p'))).toEqual([
      'Stage conversion and velocity against the ideal shape: the conversion of the best seller by win rate (the top quarter of 3 sellers with at least 5 closed deals on this site), learnt from 6 closed deals.',
      'Biggest leak against the ideal: Discover'
    ]);
  });
});

describe('DeviationHeatmap', () => {
  it('is a scrollable, labelled table whose every cell names its seller, stage and count', async () => {
    const grouping: string[] = [];
    await mount(
      <DeviationHeatmap heatmap={{ stageIds: ['discover', 'validate'], rows: ['ann', 'bob'], cells: [[0, 3], [1, 0]], max: 3 }} stages={stages} grouping="owner" onGroupingChange={(g) => grouping.push(g)} locale="en-US" />
    );
    const region = container.querySelector('[role="region"]');
    expect([region?.getAttribute('aria-label'), region?.getAttribute('tabindex')]).toEqual(['Deviations by stage', '0']);
    expect(textsOf(container.querySelectorAll('thead th'))).toEqual(['Seller', 'Discover', 'Validate']);
    expect(Array.from(container.querySelectorAll('tbody td')).map((td) => [td.textContent, td.getAttribute('title')])).toEqual([
      ['0', 'Ann, Discover: 0 deviations'],
      ['3', 'Ann, Validate: 3 deviations'],
      ['1', 'Bob, Discover: 1 deviation'],
      ['0', 'Bob, Validate: 0 deviations']
    ]);
    const team = Array.from(container.querySelectorAll('input[type="radio"]')).find((r) => r.parentElement?.textContent === 'Team') as HTMLInputElement;
    await act(async () => team.click());
    expect(grouping).toEqual(['team']);
  });
});

describe('DataImport over the emulated site', () => {
  let site: EmulatedSite;
  beforeAll(async () => {
    site = await startEmulatedSite({ blueprints: [businessCaseBlueprint], opportunities, interactions, snapshots });
  });
  afterAll(async () => site.close());

  it('stores the good rows, lists each bad row with its column and reason, and re-analyses the deal it touched', async () => {
    const imported: number[] = [];
    await mount(
      <ServicesProvider value={site.stores}>
        <DataImport now={Date.UTC(2026, 0, 25)} locale="en-US" onImported={(r) => imported.push(r.accepted)} />
      </ServicesProvider>
    );
    const csv = [
      'OpportunityId,Activity,Timestamp,FromParticipant,ToParticipant,FromRole,ToRole,Channel',
      'o1,t4,2026-01-22T10:00:00Z,ann@contoso.com,erin@atlas.example,ae,eb,email',
      'o1,t4,not a date,ann@contoso.com,erin@atlas.example,ae,eb,email',
      ',t1,2026-01-22T10:00:00Z,ann@contoso.com,erin@atlas.example,ae,eb,email'
    ].join('\n');
    const file = { name: 'atlas.csv', text: async () => csv, arrayBuffer: async () => new TextEncoder().encode(csv).buffer };
    const input = container.querySelector<HTMLInputElement>('#vn-import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // Message bars render their text one timer tick later (DelayedRender, for screen readers).
    await settle(() => (container.querySelector('[data-testid="import-report"] .ms-MessageBar-text')?.textContent ?? '') !== '' || container.querySelector('.ms-MessageBar--error') !== null);
    expect(container.querySelector('[data-testid="import-report"] .ms-MessageBar-text')?.textContent).toBe(
      '3 rows read: 1 imported, 2 rejected. 1 new interaction stored, 0 already stored, 0 failed. 1 opportunity analysed again.'
    );
    expect(container.querySelector('[data-testid="row-errors"] caption')?.textContent).toBe('2 problems found');
    expect(Array.from(container.querySelectorAll('[data-testid="row-errors"] tbody tr')).map((tr) => textsOf(tr.children))).toEqual([
      // Rows count data rows from 1 (the header is not a row).
      ['2', 'Timestamp', '"not a date" is not an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00'],
      ['3', 'OpportunityId', 'is empty: every row needs the opportunity (case) it belongs to']
    ]);
    expect(imported).toEqual([1]);
    const [o1] = await site.stores.opportunities.getMany(['o1']);
    expect(o1.snapshot?.analysedAt).toBe(Date.UTC(2026, 0, 25));
  });

  it('imports opportunities when the file is said to hold them: the report counts new, updated, unchanged and failed deals', async () => {
    await mount(
      <ServicesProvider value={site.stores}>
        <DataImport now={Date.UTC(2026, 0, 25)} locale="en-US" onImported={() => undefined} />
      </ServicesProvider>
    );
    expect(container.querySelector('#vn-import-heading')?.textContent).toBe('Import data');
    const radios = Array.from(container.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Interactions', 'Opportunities']);
    await act(async () => {
      radios[1].click();
    });
    const csv = [
      'Id,Name,Account,Owner,Team,Amount,Currency,Status,Created,Closed,Stage,StageEntered',
      'o4,Delta suite,Delta,bob@contoso.com,South,70,,lost,2026-01-01T00:00:00Z,2026-01-14T00:00:00Z,discover,2026-01-01T00:00:00Z',
      'o7,Gamma,Gamma,ann@contoso.com,North,5,,open,2026-01-20T00:00:00Z,,,',
      'o8,,Gamma,ann@contoso.com,North,,,open,2026-01-20T00:00:00Z,,,',
      'o9,Zeta,Zeta,ann@contoso.com,North,5,,open,2026-01-32,,,'
    ].join('\n');
    const file = { name: 'deals.csv', text: async () => csv, arrayBuffer: async () => new TextEncoder().encode(csv).buffer };
    const input = container.querySelector<HTMLInputElement>('#vn-import-file') as HTMLInputElement;
    expect(input.accept).toBe('.csv,.txt');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // The mapping step: the product's own export matches every column by name; nothing is stored yet.
    await settle(() => container.querySelector('[data-testid="mapping-step"]') !== null || container.querySelector('.ms-MessageBar--error') !== null);
    const fieldRows = Array.from(container.querySelectorAll('[data-testid="mapping-fields"] tbody tr'));
    expect(fieldRows.map((tr) => [tr.getAttribute('data-field'), tr.querySelector('.ms-Dropdown-title')?.textContent])).toEqual([
      ['id', 'Id'], ['name', 'Name'], ['account', 'Account'], ['owner', 'Owner'], ['team', 'Team'], ['amount', 'Amount'], ['currency', 'Currency'],
      ['status', 'Status'], ['created', 'Created'], ['closed', 'Closed'], ['stage', 'Stage'], ['stageEntered', 'StageEntered']
    ]);
    // o8's empty amount takes the proposed default of 0; o9's impossible date is listed before the import.
    expect(Array.from(container.querySelectorAll('[data-testid="mapping-row-errors"] tbody tr')).map((tr) => textsOf(tr.children))).toEqual([
      ['4', 'Created', '"2026-01-32" has no day 32 in month 1; expected an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00']
    ]);
    expect(textsOf(container.querySelectorAll('[data-testid="mapping-preview"] tbody tr td:first-child'))).toEqual(['o4', 'o7', 'o8']);
    const importButton = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Import 3 opportunities') as HTMLButtonElement;
    await act(async () => importButton.click());
    await settle(() => (container.querySelector('[data-testid="import-report"] .ms-MessageBar-text')?.textContent ?? '') !== '' || container.querySelector('.ms-MessageBar--error') !== null);
    // o4 is as stored (unchanged) but for its closing date a day later (updated); o7 and o8 are new.
    expect(container.querySelector('[data-testid="import-report"] .ms-MessageBar-text')?.textContent).toBe(
      '3 opportunities read, 1 row rejected. 2 new, 1 updated, 0 unchanged, 0 failed. 3 opportunities analysed again.'
    );
    expect(Array.from(container.querySelectorAll('[data-testid="row-errors"] tbody tr')).map((tr) => textsOf(tr.children))).toEqual([
      ['4', 'Created', '"2026-01-32" has no day 32 in month 1; expected an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00']
    ]);
  });
});
