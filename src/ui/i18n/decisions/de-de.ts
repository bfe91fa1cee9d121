/** The German (de-DE) strings of the Decide area (bid/no-bid, reviews, proposals, leads). */
import type { DecisionsStrings } from './strings';

export const deDe: DecisionsStrings = {
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
  leadsIntro: 'Welche Leads zuerst: importieren Sie Ihre Lead-Datei in die Leads-Liste der Website, trainieren Sie das Lead-Modell an den Leads mit bekanntem Ausgang (konvertiert oder nicht), und jeder offene Lead erhält einen Score von 0–100, eine Note (A ab 75, B ab 50, C ab 25) und seine Gründe. Erneutes Importieren und Trainieren bewertet alle offenen Leads neu.',
  leadsImport: 'Leads importieren (CSV)',
  trainLeadModel: 'Lead-Modell trainieren',
  leadsTrainOwnersOnly: 'Das Lead-Modell trainieren Websitebesitzer.',
  leadsLoading: 'Die Leads werden gelesen…',
  leadsNoList: 'Diese Website hat noch keine Leads-Liste: ein Websitebesitzer legt sie mit „ValueNetworks auf dieser Website einrichten“ an.',
  leadsNoModel: 'Noch kein Lead-Modell: importieren Sie Leads mit bekanntem Ausgang und trainieren Sie dann das Lead-Modell.',
  leadsModel: (label, when, by) => `Bewertet mit dem ${label}, trainiert ${when}${by === undefined ? '' : ` von ${by}`}.`,
  leadsTrained: (converted, notConverted, auc, tested) =>
    `Gelernt aus ${converted} konvertierten und ${notConverted} nicht konvertierten Leads.` + (auc === undefined ? ' Nicht getestet: die früheren Leads haben nur einen Ausgang.' : ` Getestet an den letzten ${tested}: stellt einen konvertierten Lead in ${auc} der Fälle über einen nicht konvertierten.`),
  leadsTooFew: (converted, notConverted, needed) => `Zu wenige Leads mit bekanntem Ausgang: ${converted} konvertiert und ${notConverted} nicht konvertiert; jede Klasse braucht mindestens ${needed}.`,
  leadsImported: (read, added, updated, unchanged, skipped, scored) => `${read} Zeilen gelesen: ${added} neue Leads, ${updated} aktualisiert, ${unchanged} unverändert, ${skipped} übersprungen. ${scored} offene Leads neu bewertet.`,
  leadsRescored: (scored) => `${scored} offene Leads mit dem neuen Modell neu bewertet.`,
  leadsFailed: (failed) => `${failed} Leads konnten nicht gespeichert werden; importieren Sie die Datei erneut, um sie zu speichern.`,
  leadsImporting: 'Die Leads werden importiert…',
  leadsTraining: 'Das Lead-Modell wird trainiert…',
  gradeFilter: 'Note',
  allGrades: 'Alle Noten',
  textFilter: 'Leads durchsuchen',
  exportLeads: 'CSV exportieren',
  leadColumns: { rank: 'Nr.', id: 'Lead-ID', lead: 'Lead', score: 'Score', grade: 'Note', reasons: 'Wichtigste Gründe' },
  notScored: 'nicht bewertet',
  leadsShown: (shown, matching, all) => `${matching === all ? `${all} offene Leads` : `${matching} von ${all} offenen Leads passen`}${shown < matching ? `; die ersten ${shown} werden gezeigt` : ''}.`,
  leadMapping: {
    heading: (fileName) => `Spalten von ${fileName} zuordnen`,
    summary: (rows, columns) => `${rows} Zeilen, ${columns} Spalten. Gespeichert wird erst beim Import.`,
    fieldsCaption: 'Welche Spalte was enthält',
    columns: { field: 'Feld', column: 'Spalte der Datei', samples: 'Werte in der Datei' },
    fieldNames: { id: 'Lead-ID', name: 'Name', outcome: 'Ausgang' },
    neededFor: { id: 'um jeden Lead beim nächsten Import wiederzuerkennen', outcome: 'um aus konvertierten und nicht konvertierten Leads zu lernen und die offenen zu bewerten' },
    required: 'erforderlich',
    notInFile: 'Nicht in der Datei',
    columnFor: (field) => `Spalte für ${field}`,
    matchedBy: { name: 'am Namen erkannt', user: 'von Ihnen gewählt', none: '' },
    outcomeCaption: 'Werte des Ausgangs',
    outcomeColumns: { value: 'Wert in der Datei', rows: 'Zeilen', outcome: 'Ausgang' },
    outcomeNames: { converted: 'konvertiert', 'not-converted': 'nicht konvertiert', open: 'offen' },
    chooseOutcome: 'Wählen…',
    missingOutcomes: (rows) => `${rows} Zeilen haben keinen Ausgang (leer oder „Select“): das sind offene Leads.`,
    featuresCaption: 'Spalten, aus denen das Lead-Modell lernen darf',
    useFeature: (column) => `${column} verwenden`,
    toDecide: 'Noch zu entscheiden',
    unmappedField: (field, purpose) => `${field} wird gebraucht, ${purpose}: wählen Sie die Spalte, die es enthält.`,
    outcomeValuesOpen: (values) => `Ordnen Sie diese Werte konvertiert, nicht konvertiert oder offen zu: ${values}.`,
    previewCaption: 'Vorschau: die ersten Leads, wie sie gespeichert werden',
    previewColumns: { id: 'Lead-ID', name: 'Name', outcome: 'Ausgang', features: 'Merkmale' },
    skippedCaption: (rows) => `${rows} Zeilen werden übersprungen`,
    checkedStart: (checked, total) => `Die ersten ${checked} von ${total} Zeilen geprüft; der Import prüft jede Zeile.`,
    mappingJson: 'Zuordnung als JSON (dieselbe Datei gilt für valuenetworks leads import --mapping)',
    importButton: (leads) => `${leads} Leads importieren`,
    downloadMapping: 'Zuordnung als Datei speichern',
    cancel: 'Abbrechen'
  },
  reviewIntro: 'Ein abgeschlossenes Geschäft gegen den Blueprint: jeder Austausch, wie er stattfand, was der Blueprint nicht kennt, die Abweichungen und der Score bei jedem Phaseneintritt (was das Team damals wissen konnte).',
  closedDeal: 'Abgeschlossenes Geschäft',
  noClosedDeals: 'Noch keine abgeschlossenen Geschäfte auf dieser Website.',
  loadingDeals: 'Abgeschlossene Geschäfte werden gelesen…',
  print: 'Drucken',
  reviewOf: (name) => `Review von ${name}`,
  dealLine: (account, outcome, closed, amount) => `${account} · ${outcome} am ${closed} · ${amount}`,
  preparedLine: (when, who) => `Review-Unterlage, Stand ${when}, erstellt von ${who}`,
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
