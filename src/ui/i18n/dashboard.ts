/**
 * Strings of the Performance Dashboard, in en-US and de-DE. Kept apart from ./strings.ts so each
 * app's strings change without edit collisions. Numbers and dates are formatted with Intl by locale.
 */
import type { OpportunityStatus } from '../../core/model';
import type { ExchangeStatus } from '../dashboard/model/exchangeTimeline';

export interface DashboardStrings {
  readonly loading: string;
  readonly noBlueprint: string;
  readonly kpiHeading: string;
  readonly conformanceRate: string;
  readonly conformanceRateDefinition: string;
  readonly conformanceDetail: (conforming: number, analysed: number) => string;
  /** Analysed open deals by fitness band: below 50 %, 50-79 %, 80 % and above. */
  readonly fitnessBands: (low: number, medium: number, high: number) => string;
  readonly winRate: string;
  readonly winRateDefinition: string;
  readonly winRateDetail: (won: number, closed: number) => string;
  readonly valueAtRisk: string;
  readonly valueAtRiskDefinition: string;
  readonly valueAtRiskDetail: (count: number, pipeline: string) => string;
  readonly notAvailable: string;
  readonly funnelHeading: string;
  /** The benchmark rule: `sellers` best of `ranked` sellers with at least `minClosed` closed deals, learnt from `closed` deals. */
  readonly funnelDescription: (sellers: number, closed: number, ranked: number, minClosed: number) => string;
  /** Shown to a seller with fewer than `minClosed` closed deals: her conversion rests on too few deals. */
  readonly tooFewDeals: (closed: number, minClosed: number) => string;
  readonly stage: string;
  readonly reached: string;
  readonly conversion: string;
  readonly idealConversion: string;
  readonly medianDays: string;
  readonly biggestLeak: (stage: string) => string;
  readonly heatmapHeading: string;
  readonly heatmapBy: string;
  readonly bySeller: string;
  readonly byTeam: string;
  readonly heatmapCell: (group: string, stage: string, count: number) => string;
  readonly heatmapEmpty: string;
  readonly listHeading: string;
  readonly search: string;
  readonly statusFilter: string;
  readonly stageFilter: string;
  readonly ownerFilter: string;
  readonly allStages: string;
  readonly allOwners: string;
  readonly allStatuses: string;
  readonly shown: (shown: number, total: number) => string;
  readonly columns: { readonly name: string; readonly account: string; readonly owner: string; readonly stage: string; readonly amount: string; readonly status: string; readonly score: string; readonly fitness: string; readonly deviations: string };
  readonly statuses: Readonly<Record<OpportunityStatus, string>>;
  readonly myDealsHeading: string;
  readonly myDealsNone: string;
  readonly nextExchangesHeading: string;
  readonly nextExchangesNone: string;
  readonly openDetails: (name: string) => string;
  readonly panelClose: string;
  readonly timelineHeading: string;
  /** Header of the timeline's deliverable column (the exchange, not the opportunity). */
  readonly exchange: string;
  readonly expected: string;
  readonly actual: string;
  readonly exchangeStatuses: Readonly<Record<ExchangeStatus, string>>;
  readonly roleCoverageHeading: string;
  readonly role: string;
  readonly people: string;
  readonly interactionsCount: string;
  readonly networkHeading: string;
  readonly deadLinks: string;
  readonly unplanned: string;
  readonly none: string;
  readonly scoreHeading: string;
  readonly scoreModel: (model: string) => string;
  /** A stored logistic score (a calibrated win probability), 0-100. */
  readonly winProbability: (score: number) => string;
  /** A blueprint-distance score (closeness, not a probability), 0-100. */
  readonly blueprintCloseness: (score: number) => string;
  /** A stored score whose model label this version cannot read, 0-100. */
  readonly plainScore: (score: number) => string;
  readonly logisticModel: (won: number, lost: number) => string;
  readonly storedDistanceModel: (won: number, lost: number) => string;
  /** The model used when no score is stored and the drill-down computes one itself. */
  readonly distanceModel: string;
  readonly scoreNotStored: string;
  readonly reasonsNotStored: string;
  readonly points: (points: string) => string;
  readonly noScoreModel: string;
  readonly reasons: string;
  readonly deviationsHeading: string;
  /** After the listed deviations, when the snapshot stored fewer than were found (or some are below the severity shown). */
  readonly moreDeviations: (count: number) => string;
  readonly alertsHeading: string;
  readonly alertsNone: string;
  readonly alertsUnavailable: string;
  readonly importHeading: string;
  readonly importDescription: string;
  readonly importFormat: string;
  /** Label of the choice of what the file holds, and its two options. */
  readonly importKind: string;
  readonly importKindInteractions: string;
  readonly importKindOpportunities: string;
  readonly chooseFile: string;
  /** The file button when only CSV is accepted (opportunities). */
  readonly chooseCsvFile: string;
  readonly importProgress: (rows: number, stored: number) => string;
  readonly analysing: (done: number, total: number) => string;
  readonly importSummary: (rows: number, accepted: number, rejected: number) => string;
  readonly storedSummary: (added: number, already: number, failed: number) => string;
  readonly opportunitiesReadSummary: (opportunities: number, rejectedRows: number) => string;
  readonly opportunitiesStoredSummary: (added: number, updated: number, unchanged: number, failed: number) => string;
  readonly analysedSummary: (analysed: number, missing: number) => string;
  readonly rowErrorsHeading: (count: number) => string;
  readonly rowErrorColumns: { readonly row: string; readonly column: string; readonly reason: string };
  readonly wholeRow: string;
  readonly importFailed: string;
  readonly loadFailed: string;
  readonly xesFormat: string;
}

// Plural forms by count: both languages use the singular for exactly 1 and the plural otherwise (0 too).
const en = (count: number, one: string, other: string): string => (count === 1 ? one : other);
const de = en;

const enUs: DashboardStrings = {
  loading: 'Loading opportunities…',
  noBlueprint: 'No blueprint is published on this site yet. Publish one in the Value Network Designer; the dashboard compares every opportunity with it.',
  kpiHeading: 'Key figures',
  conformanceRate: 'Deals without a high-severity deviation',
  conformanceRateDefinition: 'Open opportunities whose latest analysis found no high-severity deviation (no missing required exchange, late one or uncovered role), divided by all analysed open opportunities. Below: the fitness (share of the blueprint followed) of the analysed open deals.',
  conformanceDetail: (c, a) => `${c} of ${a} analysed open ${en(a, 'deal', 'deals')}`,
  fitnessBands: (l, m, h) => `Fitness: ${h} at 80 % or more, ${m} at 50-79 %, ${l} below 50 %`,
  winRate: 'Win rate',
  winRateDefinition: 'Won opportunities divided by all closed ones (won, lost and no decision).',
  winRateDetail: (w, c) => `${w} won of ${c} closed`,
  valueAtRisk: 'Pipeline value at risk',
  valueAtRiskDefinition: 'Sum of the amounts of open opportunities whose latest analysis found at least one high-severity deviation (a missing required exchange, a late one, or an uncovered role).',
  valueAtRiskDetail: (n, p) => `${n} ${en(n, 'deal', 'deals')} · open pipeline ${p}`,
  notAvailable: 'n/a',
  funnelHeading: 'Funnel',
  funnelDescription: (n, c, r, k) =>
    n === 0
      ? `Stage conversion and velocity. No other seller has ${k} closed deals yet, so there is no ideal shape to compare with.`
      : `Stage conversion and velocity against the ideal shape: the conversion of ${n === 1 ? 'the best seller' : `the best ${n} sellers`} by win rate (the top quarter of ${r} ${en(r, 'seller', 'sellers')} with at least ${k} closed deals on this site), learnt from ${c} closed ${en(c, 'deal', 'deals')}.`,
  tooFewDeals: (c, k) => `You have ${c} closed ${en(c, 'deal', 'deals')}; below ${k} your conversion rates rest on too few deals to read much into them.`,
  stage: 'Stage',
  reached: 'Reached',
  conversion: 'Conversion',
  idealConversion: 'Ideal',
  medianDays: 'Median days',
  biggestLeak: (s) => `Biggest leak against the ideal: ${s}`,
  heatmapHeading: 'Deviations by stage',
  heatmapBy: 'Rows',
  bySeller: 'Seller',
  byTeam: 'Team',
  heatmapCell: (g, s, n) => `${g}, ${s}: ${n} ${n === 1 ? 'deviation' : 'deviations'}`,
  heatmapEmpty: 'No open opportunity has been analysed yet.',
  listHeading: 'Opportunities',
  search: 'Search opportunities',
  statusFilter: 'Status',
  stageFilter: 'Stage',
  ownerFilter: 'Owner',
  allStages: 'All stages',
  allOwners: 'All owners',
  allStatuses: 'All statuses',
  shown: (s, t) => `${s} of ${t} ${en(t, 'opportunity', 'opportunities')}`,
  columns: { name: 'Opportunity', account: 'Account', owner: 'Owner', stage: 'Stage', amount: 'Amount', status: 'Status', score: 'Score', fitness: 'Fitness', deviations: 'Deviations' },
  statuses: { open: 'Open', won: 'Won', lost: 'Lost', 'no-decision': 'No decision' },
  myDealsHeading: 'My deals',
  myDealsNone: 'You own no opportunity on this site.',
  nextExchangesHeading: 'Your next missing exchanges',
  nextExchangesNone: 'Nothing is missing on your open deals.',
  openDetails: (n) => `Open details of ${n}`,
  panelClose: 'Close',
  timelineHeading: 'Expected and actual exchanges',
  exchange: 'Exchange',
  expected: 'Expected by',
  actual: 'Happened',
  exchangeStatuses: { done: 'Done', late: 'Late', missing: 'Missing', upcoming: 'Upcoming', 'not-made': 'Not made (deal closed)' },
  roleCoverageHeading: 'Role coverage',
  role: 'Role',
  people: 'People',
  interactionsCount: 'Interactions',
  networkHeading: 'Actual network against the blueprint',
  deadLinks: 'Planned exchanges that never happened',
  unplanned: 'Exchanges between roles the blueprint does not connect',
  none: 'None',
  scoreHeading: 'Score',
  scoreModel: (m) => `Model in use: ${m}`,
  winProbability: (s) => `Win probability ${s} %`,
  blueprintCloseness: (s) => `${s} / 100 (closeness to the blueprint)`,
  plainScore: (s) => `${s} / 100`,
  logisticModel: (w, l) => `learnt from this site's closed deals (${w} won, ${l} lost): logistic regression on what the deals had done at each stage entry`,
  storedDistanceModel: (w, l) => `blueprint distance: closeness to a deal that made every required exchange (too few closed deals to learn from: ${w} won, ${l} lost; 40 of each are needed)`,
  distanceModel: 'blueprint distance: closeness to a deal that made every required exchange (no trained model is stored with this site)',
  scoreNotStored: 'No score is stored for this opportunity yet, so this one is computed here from its exchanges alone.',
  reasonsNotStored: 'No reasons were stored with this score (it was analysed by an earlier version).',
  points: (p) => `${p} ${p === '1' || p === '+1' || p === '-1' || p === '−1' ? 'point' : 'points'}`,
  noScoreModel: 'No score: the blueprint is not loaded.',
  reasons: 'Why',
  deviationsHeading: 'Deviations',
  moreDeviations: (n) => `and ${n} more`,
  alertsHeading: 'Alert history',
  alertsNone: 'No alert was sent for this opportunity.',
  alertsUnavailable: 'The alert log is not available here.',
  importHeading: 'Import data',
  importDescription: 'Upload interactions (a CSV export or an XES event log) or opportunities (a CSV export from your CRM; deals already stored are updated). Bad rows are skipped and listed; the opportunities the file touches are analysed again.',
  importFormat: 'CSV columns',
  importKind: 'The file holds',
  importKindInteractions: 'Interactions',
  importKindOpportunities: 'Opportunities',
  chooseFile: 'Choose a CSV or XES file',
  chooseCsvFile: 'Choose a CSV file',
  importProgress: (r, s) => `${r} ${en(r, 'row', 'rows')} read, ${s} stored`,
  analysing: (d, t) => `Analysing touched opportunities: ${d} of ${t}`,
  importSummary: (r, a, x) => `${r} ${en(r, 'row', 'rows')} read: ${a} imported, ${x} rejected.`,
  storedSummary: (a, b, f) => `${a} new ${en(a, 'interaction', 'interactions')} stored, ${b} already stored, ${f} failed.`,
  opportunitiesReadSummary: (o, x) => `${o} ${en(o, 'opportunity', 'opportunities')} read, ${x} ${en(x, 'row', 'rows')} rejected.`,
  opportunitiesStoredSummary: (a, u, c, f) => `${a} new, ${u} updated, ${c} unchanged, ${f} failed.`,
  analysedSummary: (a, m) => `${a} ${en(a, 'opportunity', 'opportunities')} analysed again${m > 0 ? `; ${m} not found in the Opportunities list` : ''}.`,
  rowErrorsHeading: (n) => `${n} ${n === 1 ? 'problem' : 'problems'} found`,
  rowErrorColumns: { row: 'Row', column: 'Column', reason: 'Reason' },
  wholeRow: '(whole row)',
  importFailed: 'The import stopped',
  loadFailed: 'The opportunities could not be loaded',
  xesFormat: 'XES event log'
};

const deDe: DashboardStrings = {
  loading: 'Verkaufschancen werden geladen…',
  noBlueprint: 'Auf dieser Website ist noch kein Blueprint veröffentlicht. Veröffentlichen Sie einen im Wertnetzwerk-Designer; das Dashboard vergleicht jede Verkaufschance damit.',
  kpiHeading: 'Kennzahlen',
  conformanceRate: 'Chancen ohne schwere Abweichung',
  conformanceRateDefinition: 'Offene Verkaufschancen, deren letzte Analyse keine schwere Abweichung fand (kein fehlender Pflichtaustausch, kein verspäteter, keine unbesetzte Rolle), geteilt durch alle analysierten offenen Verkaufschancen. Darunter: die Fitness (befolgter Anteil des Blueprints) der analysierten offenen Chancen.',
  conformanceDetail: (c, a) => (a === 1 ? `${c} von 1 analysierten offenen Chance` : `${c} von ${a} analysierten offenen Chancen`),
  fitnessBands: (l, m, h) => `Fitness: ${h} bei 80 % oder mehr, ${m} bei 50-79 %, ${l} unter 50 %`,
  winRate: 'Gewinnquote',
  winRateDefinition: 'Gewonnene Verkaufschancen geteilt durch alle abgeschlossenen (gewonnen, verloren und ohne Entscheidung).',
  winRateDetail: (w, c) => `${w} gewonnen von ${c} abgeschlossenen`,
  valueAtRisk: 'Gefährdeter Pipeline-Wert',
  valueAtRiskDefinition: 'Summe der Beträge offener Verkaufschancen, deren letzte Analyse mindestens eine schwere Abweichung fand (ein fehlender Pflichtaustausch, ein verspäteter oder eine unbesetzte Rolle).',
  valueAtRiskDetail: (n, p) => `${n} ${de(n, 'Chance', 'Chancen')} · offene Pipeline ${p}`,
  notAvailable: 'k. A.',
  funnelHeading: 'Trichter',
  funnelDescription: (n, c, r, k) =>
    n === 0
      ? `Phasenkonversion und Geschwindigkeit. Noch kein anderer Verkäufer hat ${k} abgeschlossene Chancen, also gibt es keine Idealform zum Vergleich.`
      : `Phasenkonversion und Geschwindigkeit gegen die Idealform: die Konversion ${n === 1 ? 'des besten Verkäufers' : `der besten ${n} Verkäufer`} nach Gewinnquote (das beste Viertel von ${r} Verkäufern mit mindestens ${k} abgeschlossenen Chancen auf dieser Site), gelernt aus ${c} abgeschlossenen ${de(c, 'Chance', 'Chancen')}.`,
  tooFewDeals: (c, k) => `Sie haben ${c} abgeschlossene ${de(c, 'Chance', 'Chancen')}; unter ${k} beruhen Ihre Konversionsraten auf zu wenigen Chancen, um viel daraus zu lesen.`,
  stage: 'Phase',
  reached: 'Erreicht',
  conversion: 'Konversion',
  idealConversion: 'Ideal',
  medianDays: 'Median Tage',
  biggestLeak: (s) => `Größtes Leck gegenüber dem Ideal: ${s}`,
  heatmapHeading: 'Abweichungen nach Phase',
  heatmapBy: 'Zeilen',
  bySeller: 'Verkäufer',
  byTeam: 'Team',
  heatmapCell: (g, s, n) => `${g}, ${s}: ${n} ${n === 1 ? 'Abweichung' : 'Abweichungen'}`,
  heatmapEmpty: 'Noch keine offene Verkaufschance wurde analysiert.',
  listHeading: 'Verkaufschancen',
  search: 'Verkaufschancen durchsuchen',
  statusFilter: 'Status',
  stageFilter: 'Phase',
  ownerFilter: 'Verantwortlich',
  allStages: 'Alle Phasen',
  allOwners: 'Alle Verantwortlichen',
  allStatuses: 'Alle Status',
  shown: (s, t) => `${s} von ${t} ${de(t, 'Verkaufschance', 'Verkaufschancen')}`,
  columns: { name: 'Verkaufschance', account: 'Kunde', owner: 'Verantwortlich', stage: 'Phase', amount: 'Betrag', status: 'Status', score: 'Bewertung', fitness: 'Fitness', deviations: 'Abweichungen' },
  statuses: { open: 'Offen', won: 'Gewonnen', lost: 'Verloren', 'no-decision': 'Ohne Entscheidung' },
  myDealsHeading: 'Meine Chancen',
  myDealsNone: 'Sie sind für keine Verkaufschance auf dieser Website verantwortlich.',
  nextExchangesHeading: 'Ihre nächsten fehlenden Austausche',
  nextExchangesNone: 'Bei Ihren offenen Chancen fehlt nichts.',
  openDetails: (n) => `Details zu ${n} öffnen`,
  panelClose: 'Schließen',
  timelineHeading: 'Erwarteter und tatsächlicher Austausch',
  exchange: 'Austausch',
  expected: 'Fällig bis',
  actual: 'Erfolgt',
  exchangeStatuses: { done: 'Erledigt', late: 'Verspätet', missing: 'Fehlt', upcoming: 'Ausstehend', 'not-made': 'Nicht erfolgt (abgeschlossen)' },
  roleCoverageHeading: 'Rollenabdeckung',
  role: 'Rolle',
  people: 'Personen',
  interactionsCount: 'Interaktionen',
  networkHeading: 'Tatsächliches Netzwerk gegen den Blueprint',
  deadLinks: 'Geplanter Austausch, der nie stattfand',
  unplanned: 'Austausch zwischen Rollen, die der Blueprint nicht verbindet',
  none: 'Keiner',
  scoreHeading: 'Bewertung',
  scoreModel: (m) => `Verwendetes Modell: ${m}`,
  winProbability: (s) => `Gewinnwahrscheinlichkeit ${s} %`,
  blueprintCloseness: (s) => `${s} / 100 (Nähe zum Blueprint)`,
  plainScore: (s) => `${s} / 100`,
  logisticModel: (w, l) => `gelernt aus den abgeschlossenen Chancen dieser Website (${w} gewonnen, ${l} verloren): logistische Regression auf dem, was die Chancen bei jedem Phaseneintritt getan hatten`,
  storedDistanceModel: (w, l) => `Blueprint-Abstand: Nähe zu einer Chance mit jedem Pflichtaustausch (zu wenige abgeschlossene Chancen zum Lernen: ${w} gewonnen, ${l} verloren; je 40 sind nötig)`,
  distanceModel: 'Blueprint-Abstand: Nähe zu einer Chance mit jedem Pflichtaustausch (auf dieser Website ist kein trainiertes Modell gespeichert)',
  scoreNotStored: 'Für diese Verkaufschance ist noch keine Bewertung gespeichert; diese wird hier allein aus ihrem Austausch berechnet.',
  reasonsNotStored: 'Mit dieser Bewertung wurden keine Gründe gespeichert (sie wurde von einer früheren Version analysiert).',
  points: (p) => `${p} ${p === '1' || p === '+1' || p === '-1' || p === '−1' ? 'Punkt' : 'Punkte'}`,
  noScoreModel: 'Keine Bewertung: der Blueprint ist nicht geladen.',
  reasons: 'Gründe',
  deviationsHeading: 'Abweichungen',
  moreDeviations: (n) => `und ${n} weitere`,
  alertsHeading: 'Warnungsverlauf',
  alertsNone: 'Für diese Verkaufschance wurde keine Warnung gesendet.',
  alertsUnavailable: 'Das Warnungsprotokoll ist hier nicht verfügbar.',
  importHeading: 'Daten importieren',
  importDescription: 'Laden Sie Interaktionen (einen CSV-Export oder ein XES-Ereignisprotokoll) oder Verkaufschancen (einen CSV-Export aus Ihrem CRM; bereits gespeicherte werden aktualisiert) hoch. Fehlerhafte Zeilen werden übersprungen und aufgelistet; die betroffenen Verkaufschancen werden neu analysiert.',
  importFormat: 'CSV-Spalten',
  importKind: 'Die Datei enthält',
  importKindInteractions: 'Interaktionen',
  importKindOpportunities: 'Verkaufschancen',
  chooseFile: 'CSV- oder XES-Datei wählen',
  chooseCsvFile: 'CSV-Datei wählen',
  importProgress: (r, s) => `${r} ${de(r, 'Zeile', 'Zeilen')} gelesen, ${s} gespeichert`,
  analysing: (d, t) => `Betroffene Verkaufschancen werden analysiert: ${d} von ${t}`,
  importSummary: (r, a, x) => `${r} ${de(r, 'Zeile', 'Zeilen')} gelesen: ${a} importiert, ${x} abgelehnt.`,
  storedSummary: (a, b, f) => `${a} ${de(a, 'neue Interaktion', 'neue Interaktionen')} gespeichert, ${b} bereits vorhanden, ${f} fehlgeschlagen.`,
  opportunitiesReadSummary: (o, x) => `${o} ${de(o, 'Verkaufschance', 'Verkaufschancen')} gelesen, ${x} ${de(x, 'Zeile', 'Zeilen')} abgelehnt.`,
  opportunitiesStoredSummary: (a, u, c, f) => `${a} neu, ${u} aktualisiert, ${c} unverändert, ${f} fehlgeschlagen.`,
  analysedSummary: (a, m) => `${a} ${de(a, 'Verkaufschance', 'Verkaufschancen')} neu analysiert${m > 0 ? `; ${m} nicht in der Liste der Verkaufschancen gefunden` : ''}.`,
  rowErrorsHeading: (n) => `${n} ${n === 1 ? 'Problem' : 'Probleme'} gefunden`,
  rowErrorColumns: { row: 'Zeile', column: 'Spalte', reason: 'Grund' },
  wholeRow: '(ganze Zeile)',
  importFailed: 'Der Import wurde abgebrochen',
  loadFailed: 'Die Verkaufschancen konnten nicht geladen werden',
  xesFormat: 'XES-Ereignisprotokoll'
};

/** Dashboard strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function dashboardStringsFor(locale: string): DashboardStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
