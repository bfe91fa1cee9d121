/**
 * Strings of the decisions in Sales Insights (blueprint proposals, bid / no-bid), in en-US and de-DE.
 * Numbers and amounts arrive formatted by locale; every sentence names exchanges, roles, stages and
 * teams, never ids.
 */
import type { BidRecommendation } from '../../core/insights/bid/bidRecommendation';
import type { BlueprintProposal } from '../../core/insights/proposals/proposalTypes';
import type { ProbabilitySource } from '../../services/decisions/bidAdvice';

export interface DecisionsStrings {
  readonly heading: string;
  readonly tabs: { readonly proposals: string; readonly bid: string; readonly reviews: string; readonly leads: string };
  // Proposals
  readonly proposalsIntro: string;
  readonly findProposals: string;
  readonly finding: string;
  readonly proposalsOf: (name: string, version: number, won: number, lost: number) => string;
  readonly noProposals: string;
  readonly proposalTitle: (kind: BlueprintProposal['kind'], deliverable: string, from: string, to: string, stage: string) => string;
  readonly proposalEvidence: (stage: string, withWon: number, withAll: number, withoutWon: number, withoutAll: number, lift: string) => string;
  readonly acceptLabel: string;
  readonly saveDraft: (count: number) => string;
  readonly saving: string;
  readonly readOnly: string;
  readonly savedDraft: (name: string, version: number, basedOn: number | undefined, ontoDraft: boolean) => string;
  readonly blueprintChanged: (before: number, live: number, by: string | undefined) => string;
  readonly conflict: string;
  // Bid
  readonly bidIntro: string;
  readonly openDealHeading: string;
  readonly openDeal: string;
  readonly noOpenDeals: string;
  readonly pursuitCost: string;
  readonly advise: string;
  readonly newPursuitHeading: string;
  readonly account: string;
  readonly team: string;
  readonly amount: string;
  readonly stagePath: string;
  readonly loadingHistory: string;
  readonly decisions: Readonly<Record<BidRecommendation['decision'], string>>;
  readonly adviceFor: (what: string) => string;
  readonly expectedValue: (value: string, probability: string, amount: string, cost: string) => string;
  readonly probabilityFrom: (source: ProbabilitySource, basis: number, team: string) => string;
  readonly similar: (count: number, wins: number, team: string, band: string) => string;
  readonly coverage: (plannedExchanges: string, plannedRoles: string, barExchanges: string | undefined, barRoles: string | undefined) => string;
  readonly thin: (wins: number, needed: number, all: number) => string;
  readonly reasonNoBid: string;
  readonly reasonTooFew: string;
  readonly reasonStaff: string;
  readonly reasonBid: string;
  readonly bands: readonly string[];
  readonly noTeam: string;
  readonly invalidNumber: (field: string) => string;
  // Reviews
  readonly reviewIntro: string;
  readonly closedDeal: string;
  readonly noClosedDeals: string;
  readonly loadingDeals: string;
  readonly print: string;
  readonly reviewOf: (name: string) => string;
  readonly dealLine: (account: string, outcome: string, closed: string, amount: string) => string;
  readonly outcomes: Readonly<Record<'won' | 'lost' | 'no-decision' | 'open', string>>;
  readonly timelineHeading: string;
  readonly timelineColumns: { readonly exchange: string; readonly stage: string; readonly expectedBy: string; readonly doneAt: string; readonly status: string };
  readonly timelineStatuses: Readonly<Record<'done' | 'late' | 'missing' | 'skipped' | 'not-reached', string>>;
  readonly optional: string;
  readonly unexpectedHeading: string;
  readonly noUnexpected: string;
  readonly deviationsHeading: string;
  readonly noDeviations: string;
  readonly scoreHistoryHeading: string;
  readonly scoreAt: (stage: string, date: string, score: string) => string;
  readonly scoredBy: (model: string) => string;
  readonly recordNotYet: string;
  readonly recordHeading: string;
  readonly reason: string;
  readonly lessons: string;
  readonly saveRecord: string;
  readonly recordSaved: (by: string, when: string) => string;
  readonly chooseReason: string;
  readonly reasonsHeading: string;
  readonly reasonsHint: string;
  readonly saveReasons: string;
  readonly reasonsSaved: string;
  readonly summaryHeading: string;
  readonly noRecords: string;
  readonly summaryLine: (outcome: 'won' | 'lost', reason: string, deals: number, missed: { deliverable: string; deals: number } | undefined) => string;
  // Leads
  readonly leadsIntro: string;
  readonly leadsFile: string;
  readonly outcomeColumn: string;
  readonly nameColumn: string;
  readonly scoreLeads: string;
  readonly leadsTrained: (converted: number, notConverted: number, auc: string | undefined, tested: number) => string;
  readonly leadsTooFew: (converted: number, notConverted: number, needed: number) => string;
  readonly gradeFilter: string;
  readonly allGrades: string;
  readonly exportLeads: string;
  readonly leadColumns: { readonly rank: string; readonly lead: string; readonly score: string; readonly grade: string; readonly reasons: string };
  readonly leadsShown: (shown: number, all: number) => string;
  readonly leadsNotStored: string;
  /** The Designer's summary of a draft's differences from the live version. */
  readonly draftChanges: (live: number) => string;
}

const enUs: DecisionsStrings = {
  heading: 'Decide',
  tabs: { proposals: 'Blueprint proposals', bid: 'Bid / no-bid', reviews: 'Won/lost reviews', leads: 'Leads' },
  proposalsIntro: 'What your closed deals suggest changing in the live blueprint. The evidence is association, not cause: accept what makes sense; the accepted changes become a draft, and publishing it stays your decision.',
  findProposals: 'Find proposals',
  finding: 'Reading the closed deals…',
  proposalsOf: (name, version, won, lost) => `Against "${name}" v${version}, from ${won} won and ${lost} lost deals.`,
  noProposals: 'Your closed deals suggest no change to the live blueprint.',
  proposalTitle: (kind, deliverable, from, to, stage) =>
    kind === 'add-exchange'
      ? `Add "${deliverable}" (${from} → ${to}) to ${stage}, as an optional exchange`
      : kind === 'make-optional'
        ? `Make "${deliverable}" (${from} → ${to}) optional`
        : `Remove "${deliverable}" (${from} → ${to}), optional already`,
  proposalEvidence: (stage, withWon, withAll, withoutWon, withoutAll, lift) =>
    `Among deals that reached ${stage}: with it ${withWon} of ${withAll} won, without it ${withoutWon} of ${withoutAll} (lift ${lift}).`,
  acceptLabel: 'Accept',
  saveDraft: (count) => (count === 1 ? 'Save 1 accepted change as a draft' : `Save ${count} accepted changes as a draft`),
  saving: 'Saving the draft…',
  readOnly: 'You can read the proposals; saving them as a draft needs the right to edit blueprints.',
  savedDraft: (name, version, basedOn, ontoDraft) =>
    `${ontoDraft ? 'Added to the existing draft' : 'Saved as the draft'} of "${name}" v${version}${basedOn === undefined ? '' : `, based on v${basedOn}`}. Open the Value Network Designer to see the differences and publish.`,
  blueprintChanged: (before, live, by) =>
    `The live blueprint changed since these proposals were computed (v${before} then, v${live} now${by ? `, published by ${by}` : ''}); nothing was saved. What changed is below; the proposals were computed again against v${live}.`,
  conflict: 'Someone saved the draft at the same moment; nothing was saved. Try again: the proposals will go onto their draft.',
  bidIntro: 'Should we pursue? Expected value = win probability × amount − pursuit cost, checked against what similar past pursuits (same team, same size band) needed to win.',
  openDealHeading: 'An open deal',
  openDeal: 'Open deal',
  noOpenDeals: 'No open deals on this site.',
  pursuitCost: 'Pursuit cost',
  advise: 'Advise',
  newPursuitHeading: 'A new pursuit',
  account: 'Account',
  team: 'Team',
  amount: 'Amount',
  stagePath: 'Expected stages',
  loadingHistory: 'Reading the closed deals…',
  decisions: { bid: 'Bid', 'no-bid': 'No bid', 'bid-with-conditions': 'Bid, with conditions' },
  adviceFor: (what) => `Advice for ${what}`,
  expectedValue: (value, probability, amount, cost) => `Expected value ${value} = ${probability} × ${amount} − ${cost}.`,
  probabilityFrom: (source, basis, team) =>
    source === 'deal-score'
      ? 'Win probability: the deal\'s own score from the model in use.'
      : source === 'similar-win-rate'
        ? `Win probability: the win rate of ${basis} similar past pursuits.`
        : source === 'team-win-rate'
          ? `Win probability: the win rate of ${team}'s ${basis} past pursuits (too few of this size).`
          : source === 'site-win-rate'
            ? `Win probability: the win rate of all ${basis} closed deals (too few of this team and size).`
            : 'Win probability: none (no closed deals yet), so 0%.',
  similar: (count, wins, team, band) => `${count} similar past pursuits (${team}, ${band}), ${wins} of them won.`,
  coverage: (plannedExchanges, plannedRoles, barExchanges, barRoles) =>
    barExchanges === undefined || barRoles === undefined
      ? `This pursuit reaches ${plannedExchanges} of the blueprint's exchanges and ${plannedRoles} of its roles; no similar win to compare with.`
      : `This pursuit reaches ${plannedExchanges} of the blueprint's exchanges and ${plannedRoles} of its roles; similar wins reached ${barExchanges} and ${barRoles}.`,
  thin: (wins, needed, all) => `Too few comparable past pursuits: ${wins} similar wins, ${needed} needed to know what it takes. The advice rests on the win probability above and on ${all} closed deals in all.`,
  reasonNoBid: 'The pursuit costs more than it is expected to return.',
  reasonTooFew: 'Review the pursuit plan by hand before committing.',
  reasonStaff: 'Staff the pursuit to reach the exchanges and roles similar wins reached.',
  reasonBid: 'The plan reaches the coverage similar wins reached.',
  bands: ['under 10,000', '10,000 to 100,000', '100,000 to 1,000,000', '1,000,000 and more'],
  noTeam: 'no team',
  invalidNumber: (field) => `${field} needs a number of 0 or more.`,
  draftChanges: (live) => `Changes in this draft against v${live} (live)`,
  leadsIntro: 'Which leads to work first: a model learns from the leads whose outcome your file records (converted or not) and scores the open ones 0–100 with a grade (A from 75, B from 50, C from 25) and the reasons.',
  leadsFile: 'Leads file (CSV)',
  outcomeColumn: 'Outcome column (converted or not)',
  nameColumn: 'Lead name column',
  scoreLeads: 'Train and score',
  leadsTrained: (converted, notConverted, auc, tested) =>
    `Learnt from ${converted} converted and ${notConverted} not converted leads.` + (auc === undefined ? ' Not tested: the earlier leads hold one outcome only.' : ` Tested on the latest ${tested}: ranks a converted lead above one that did not convert ${auc} of the time.`),
  leadsTooFew: (converted, notConverted, needed) => `Too few leads with a known outcome: ${converted} converted and ${notConverted} not converted; each needs at least ${needed}.`,
  gradeFilter: 'Grade',
  allGrades: 'All grades',
  exportLeads: 'Export CSV',
  leadColumns: { rank: '#', lead: 'Lead', score: 'Score', grade: 'Grade', reasons: 'Top reasons' },
  leadsShown: (shown, all) => `${shown} of ${all} open leads.`,
  leadsNotStored: 'Not built yet: the leads are read from the file for this page only; there is no Leads list or stored lead model on the site yet.',
  reviewIntro: 'A closed deal against the blueprint: each exchange as it happened, what the blueprint does not know, the deviations and the score at each stage entry (what the team could have known then).',
  closedDeal: 'Closed deal',
  noClosedDeals: 'No closed deals on this site yet.',
  loadingDeals: 'Reading the closed deals…',
  print: 'Print',
  reviewOf: (name) => `Review of ${name}`,
  dealLine: (account, outcome, closed, amount) => `${account} · ${outcome} on ${closed} · ${amount}`,
  outcomes: { won: 'won', lost: 'lost', 'no-decision': 'no decision', open: 'open' },
  timelineHeading: 'Exchanges against the blueprint',
  timelineColumns: { exchange: 'Exchange', stage: 'Stage', expectedBy: 'Expected by', doneAt: 'Done', status: 'Status' },
  timelineStatuses: { done: 'done', late: 'late', missing: 'missing', skipped: 'skipped (optional)', 'not-reached': 'stage not reached' },
  optional: 'optional',
  unexpectedHeading: 'Exchanges the blueprint does not know',
  noUnexpected: 'None.',
  deviationsHeading: 'Deviations at the last analysis',
  noDeviations: 'None recorded.',
  scoreHistoryHeading: 'Score at each stage entry',
  scoreAt: (stage, date, score) => `${stage}, ${date}: ${score}`,
  scoredBy: (model) => `Scored by ${model}.`,
  recordNotYet: 'Reviewer records need the DealReviews list: a site owner runs "Set up ValueNetworks on this site".',
  recordHeading: 'Reviewer\'s record',
  reason: 'Outcome reason',
  lessons: 'Lessons',
  saveRecord: 'Save the review',
  recordSaved: (by, when) => `Review saved by ${by}, ${when}.`,
  chooseReason: 'Choose an outcome reason.',
  reasonsHeading: 'Outcome reasons',
  reasonsHint: 'One reason per line; reviewers choose from these.',
  saveReasons: 'Save the reasons',
  reasonsSaved: 'Reasons saved.',
  summaryHeading: 'What the reviews say',
  noRecords: 'No deal has been reviewed yet.',
  summaryLine: (outcome, reason, deals, missed) =>
    `${outcome === 'won' ? 'Won' : 'Lost'} on ${reason}: ${deals} ${deals === 1 ? 'deal' : 'deals'}` +
    (missed ? `, ${missed.deals} of them missed "${missed.deliverable}".` : '.')
};

const deDe: DecisionsStrings = {
  heading: 'Entscheiden',
  tabs: { proposals: 'Blueprint-Vorschläge', bid: 'Bieten / nicht bieten', reviews: 'Gewonnen/verloren-Reviews', leads: 'Leads' },
  proposalsIntro: 'Was Ihre abgeschlossenen Geschäfte am Live-Blueprint zu ändern nahelegen. Die Belege zeigen Zusammenhänge, keine Ursachen: übernehmen Sie, was sinnvoll ist; die übernommenen Änderungen werden ein Entwurf, und die Veröffentlichung bleibt Ihre Entscheidung.',
  findProposals: 'Vorschläge suchen',
  finding: 'Abgeschlossene Geschäfte werden gelesen…',
  proposalsOf: (name, version, won, lost) => `Gegen „${name}“ v${version}, aus ${won} gewonnenen und ${lost} verlorenen Geschäften.`,
  noProposals: 'Ihre abgeschlossenen Geschäfte legen keine Änderung am Live-Blueprint nahe.',
  proposalTitle: (kind, deliverable, from, to, stage) =>
    kind === 'add-exchange'
      ? `„${deliverable}“ (${from} → ${to}) in ${stage} aufnehmen, als optionalen Austausch`
      : kind === 'make-optional'
        ? `„${deliverable}“ (${from} → ${to}) optional machen`
        : `„${deliverable}“ (${from} → ${to}) entfernen, bereits optional`,
  proposalEvidence: (stage, withWon, withAll, withoutWon, withoutAll, lift) =>
    `Unter den Geschäften, die ${stage} erreichten: mit ihm ${withWon} von ${withAll} gewonnen, ohne ihn ${withoutWon} von ${withoutAll} (Lift ${lift}).`,
  acceptLabel: 'Übernehmen',
  saveDraft: (count) => (count === 1 ? '1 übernommene Änderung als Entwurf speichern' : `${count} übernommene Änderungen als Entwurf speichern`),
  saving: 'Entwurf wird gespeichert…',
  readOnly: 'Sie können die Vorschläge lesen; sie als Entwurf zu speichern erfordert das Recht, Blueprints zu bearbeiten.',
  savedDraft: (name, version, basedOn, ontoDraft) =>
    `${ontoDraft ? 'Dem vorhandenen Entwurf hinzugefügt' : 'Als Entwurf gespeichert'}: „${name}“ v${version}${basedOn === undefined ? '' : `, basierend auf v${basedOn}`}. Öffnen Sie den Value Network Designer, um die Unterschiede zu sehen und zu veröffentlichen.`,
  blueprintChanged: (before, live, by) =>
    `Der Live-Blueprint hat sich geändert, seit diese Vorschläge berechnet wurden (damals v${before}, jetzt v${live}${by ? `, veröffentlicht von ${by}` : ''}); nichts wurde gespeichert. Die Änderungen stehen unten; die Vorschläge wurden gegen v${live} neu berechnet.`,
  conflict: 'Jemand hat den Entwurf im selben Moment gespeichert; nichts wurde gespeichert. Versuchen Sie es erneut: die Vorschläge kommen dann in dessen Entwurf.',
  bidIntro: 'Sollen wir bieten? Erwarteter Wert = Gewinnwahrscheinlichkeit × Betrag − Akquisekosten, geprüft an dem, was ähnliche frühere Vorhaben (gleiches Team, gleiche Größenklasse) zum Gewinn brauchten.',
  openDealHeading: 'Ein offenes Geschäft',
  openDeal: 'Offenes Geschäft',
  noOpenDeals: 'Keine offenen Geschäfte auf dieser Website.',
  pursuitCost: 'Akquisekosten',
  advise: 'Empfehlen',
  newPursuitHeading: 'Ein neues Vorhaben',
  account: 'Kunde',
  team: 'Team',
  amount: 'Betrag',
  stagePath: 'Erwartete Phasen',
  loadingHistory: 'Abgeschlossene Geschäfte werden gelesen…',
  decisions: { bid: 'Bieten', 'no-bid': 'Nicht bieten', 'bid-with-conditions': 'Bieten, unter Bedingungen' },
  adviceFor: (what) => `Empfehlung für ${what}`,
  expectedValue: (value, probability, amount, cost) => `Erwarteter Wert ${value} = ${probability} × ${amount} − ${cost}.`,
  probabilityFrom: (source, basis, team) =>
    source === 'deal-score'
      ? 'Gewinnwahrscheinlichkeit: der eigene Score des Geschäfts aus dem verwendeten Modell.'
      : source === 'similar-win-rate'
        ? `Gewinnwahrscheinlichkeit: die Gewinnquote von ${basis} ähnlichen früheren Vorhaben.`
        : source === 'team-win-rate'
          ? `Gewinnwahrscheinlichkeit: die Gewinnquote der ${basis} früheren Vorhaben von ${team} (zu wenige dieser Größe).`
          : source === 'site-win-rate'
            ? `Gewinnwahrscheinlichkeit: die Gewinnquote aller ${basis} abgeschlossenen Geschäfte (zu wenige dieses Teams und dieser Größe).`
            : 'Gewinnwahrscheinlichkeit: keine (noch keine abgeschlossenen Geschäfte), also 0 %.',
  similar: (count, wins, team, band) => `${count} ähnliche frühere Vorhaben (${team}, ${band}), davon ${wins} gewonnen.`,
  coverage: (plannedExchanges, plannedRoles, barExchanges, barRoles) =>
    barExchanges === undefined || barRoles === undefined
      ? `Dieses Vorhaben erreicht ${plannedExchanges} der Austausche und ${plannedRoles} der Rollen des Blueprints; kein ähnlicher Gewinn zum Vergleich.`
      : `Dieses Vorhaben erreicht ${plannedExchanges} der Austausche und ${plannedRoles} der Rollen des Blueprints; ähnliche Gewinne erreichten ${barExchanges} und ${barRoles}.`,
  thin: (wins, needed, all) => `Zu wenige vergleichbare frühere Vorhaben: ${wins} ähnliche Gewinne, ${needed} nötig, um zu wissen, was es braucht. Die Empfehlung stützt sich auf die Gewinnwahrscheinlichkeit oben und auf insgesamt ${all} abgeschlossene Geschäfte.`,
  reasonNoBid: 'Das Vorhaben kostet mehr, als es erwartungsgemäß einbringt.',
  reasonTooFew: 'Prüfen Sie den Akquiseplan von Hand, bevor Sie sich festlegen.',
  reasonStaff: 'Besetzen Sie das Vorhaben so, dass es die Austausche und Rollen ähnlicher Gewinne erreicht.',
  reasonBid: 'Der Plan erreicht die Abdeckung ähnlicher Gewinne.',
  bands: ['unter 10.000', '10.000 bis 100.000', '100.000 bis 1.000.000', '1.000.000 und mehr'],
  noTeam: 'kein Team',
  invalidNumber: (field) => `${field} braucht eine Zahl von 0 oder mehr.`,
  draftChanges: (live) => `Änderungen in diesem Entwurf gegenüber v${live} (live)`,
  leadsIntro: 'Welche Leads zuerst: ein Modell lernt aus den Leads, deren Ausgang Ihre Datei festhält (konvertiert oder nicht), und bewertet die offenen mit 0–100, einer Note (A ab 75, B ab 50, C ab 25) und den Gründen.',
  leadsFile: 'Lead-Datei (CSV)',
  outcomeColumn: 'Spalte des Ausgangs (konvertiert oder nicht)',
  nameColumn: 'Spalte des Lead-Namens',
  scoreLeads: 'Trainieren und bewerten',
  leadsTrained: (converted, notConverted, auc, tested) =>
    `Gelernt aus ${converted} konvertierten und ${notConverted} nicht konvertierten Leads.` + (auc === undefined ? ' Nicht getestet: die früheren Leads haben nur einen Ausgang.' : ` Getestet an den letzten ${tested}: stellt einen konvertierten Lead in ${auc} der Fälle über einen nicht konvertierten.`),
  leadsTooFew: (converted, notConverted, needed) => `Zu wenige Leads mit bekanntem Ausgang: ${converted} konvertiert und ${notConverted} nicht konvertiert; jede Klasse braucht mindestens ${needed}.`,
  gradeFilter: 'Note',
  allGrades: 'Alle Noten',
  exportLeads: 'CSV exportieren',
  leadColumns: { rank: 'Nr.', lead: 'Lead', score: 'Score', grade: 'Note', reasons: 'Wichtigste Gründe' },
  leadsShown: (shown, all) => `${shown} von ${all} offenen Leads.`,
  leadsNotStored: 'Noch nicht gebaut: die Leads werden nur für diese Seite aus der Datei gelesen; eine Leads-Liste oder ein gespeichertes Lead-Modell gibt es auf der Website noch nicht.',
  reviewIntro: 'Ein abgeschlossenes Geschäft gegen den Blueprint: jeder Austausch, wie er stattfand, was der Blueprint nicht kennt, die Abweichungen und der Score bei jedem Phaseneintritt (was das Team damals wissen konnte).',
  closedDeal: 'Abgeschlossenes Geschäft',
  noClosedDeals: 'Noch keine abgeschlossenen Geschäfte auf dieser Website.',
  loadingDeals: 'Abgeschlossene Geschäfte werden gelesen…',
  print: 'Drucken',
  reviewOf: (name) => `Review von ${name}`,
  dealLine: (account, outcome, closed, amount) => `${account} · ${outcome} am ${closed} · ${amount}`,
  outcomes: { won: 'gewonnen', lost: 'verloren', 'no-decision': 'keine Entscheidung', open: 'offen' },
  timelineHeading: 'Austausche gegen den Blueprint',
  timelineColumns: { exchange: 'Austausch', stage: 'Phase', expectedBy: 'Erwartet bis', doneAt: 'Erfolgt', status: 'Status' },
  timelineStatuses: { done: 'erfolgt', late: 'verspätet', missing: 'fehlt', skipped: 'ausgelassen (optional)', 'not-reached': 'Phase nicht erreicht' },
  optional: 'optional',
  unexpectedHeading: 'Austausche, die der Blueprint nicht kennt',
  noUnexpected: 'Keine.',
  deviationsHeading: 'Abweichungen bei der letzten Analyse',
  noDeviations: 'Keine erfasst.',
  scoreHistoryHeading: 'Score bei jedem Phaseneintritt',
  scoreAt: (stage, date, score) => `${stage}, ${date}: ${score}`,
  scoredBy: (model) => `Bewertet von ${model}.`,
  recordNotYet: 'Reviewer-Aufzeichnungen brauchen die Liste DealReviews: ein Websitebesitzer führt „ValueNetworks auf dieser Website einrichten“ aus.',
  recordHeading: 'Aufzeichnung des Reviewers',
  reason: 'Grund des Ausgangs',
  lessons: 'Lehren',
  saveRecord: 'Review speichern',
  recordSaved: (by, when) => `Review gespeichert von ${by}, ${when}.`,
  chooseReason: 'Wählen Sie einen Grund des Ausgangs.',
  reasonsHeading: 'Gründe des Ausgangs',
  reasonsHint: 'Ein Grund pro Zeile; Reviewer wählen daraus.',
  saveReasons: 'Gründe speichern',
  reasonsSaved: 'Gründe gespeichert.',
  summaryHeading: 'Was die Reviews sagen',
  noRecords: 'Noch kein Geschäft wurde reviewt.',
  summaryLine: (outcome, reason, deals, missed) =>
    `${outcome === 'won' ? 'Gewonnen' : 'Verloren'} wegen ${reason}: ${deals} ${deals === 1 ? 'Geschäft' : 'Geschäfte'}` +
    (missed ? `, bei ${missed.deals} davon fehlte „${missed.deliverable}“.` : '.')
};

/** Strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function decisionsStringsFor(locale: string): DecisionsStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
