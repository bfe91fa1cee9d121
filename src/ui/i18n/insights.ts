/**
 * Strings of the Sales Insights app, in en-US and de-DE. Numbers and dates arrive formatted (Intl,
 * by locale); the sentences put them in plain words for sales leaders.
 */
import type { EvidenceLevel } from '../../core/insights';
import type { TrainingPhase } from '../../services';

export type SeparationLevel = 'chance' | 'weak' | 'fair' | 'good' | 'strong';

export interface InsightsStrings {
  readonly loading: string;
  readonly loadFailed: string;
  readonly noBlueprint: string;
  readonly inUseHeading: string;
  readonly candidateHeading: string;
  readonly noModel: string;
  readonly modelKind: (logistic: boolean) => string;
  readonly trainedOn: (won: number, lost: number) => string;
  readonly trainedAt: (date: string, by: string | undefined) => string;
  readonly window: (from: string, to: string) => string;
  readonly blueprintVersion: (name: string, version: number) => string;
  readonly otherVersion: (trained: number, published: number) => string;
  readonly tooFew: (won: number, lost: number, needed: number) => string;
  readonly noEvaluation: string;
  readonly testedFallback: (won: number, lost: number, needed: number) => string;
  readonly evaluationIntro: (from: string, to: string, won: number, lost: number, snapshots: number) => string;
  readonly separation: (percent: string, level: string, baseline: string) => string;
  readonly separationLevels: Readonly<Record<SeparationLevel, string>>;
  readonly figuresCaption: string;
  readonly figure: string;
  readonly modelColumn: string;
  readonly baselineColumn: string;
  readonly auc: string;
  readonly brier: string;
  readonly logLoss: string;
  readonly lowerIsBetter: string;
  readonly notAvailable: string;
  readonly calibrationHeading: string;
  readonly calibrationCaption: string;
  readonly scoreRange: string;
  readonly entries: string;
  readonly predicted: string;
  readonly observed: string;
  readonly calibrationSentence: (range: string, observed: string, entries: number) => string;
  readonly train: string;
  readonly trainHint: string;
  readonly cancel: string;
  readonly phases: Readonly<Record<TrainingPhase, string>>;
  readonly progress: (phase: string, deals: number) => string;
  readonly trained: (label: string) => string;
  readonly cancelled: string;
  readonly trainFailed: string;
  readonly useModelLabel: string;
  readonly inUse: string;
  readonly nowInUse: (label: string) => string;
  readonly patternsHeading: string;
  readonly patternsIntro: (won: number, lost: number) => string;
  readonly patternsLeftOut: (names: string) => string;
  readonly patternsCut: (shown: number, found: number) => string;
  readonly noPatterns: string;
  readonly evidenceFilter: string;
  readonly directionFilter: string;
  readonly all: string;
  readonly helps: string;
  readonly hurts: string;
  readonly evidence: Readonly<Record<EvidenceLevel, string>>;
  readonly winRateWithWithout: (withRate: string, withoutRate: string) => string;
  readonly stageReached: (stage: string) => string;
}

const enUs: InsightsStrings = {
  loading: 'Loading the score models…',
  loadFailed: 'The score models could not be loaded',
  noBlueprint: 'No blueprint is published on this site yet. Publish one in the Value Network Designer; then the score can learn from your closed deals.',
  inUseHeading: 'Score model in use',
  candidateHeading: 'Newest model, not in use',
  noModel: 'No model is in use yet: scores show how close each deal is to the blueprint. Train on this site\'s outcomes to learn from your own wins and losses.',
  modelKind: (logistic) => (logistic ? 'Learnt from your closed deals' : 'Closeness to the blueprint (too few closed deals to learn from)'),
  trainedOn: (won, lost) => `${won} won and ${lost} lost deals`,
  trainedAt: (date, by) => `Trained ${date}${by ? ` by ${by}` : ''}`,
  window: (from, to) => `Deals closed ${from} – ${to}`,
  blueprintVersion: (name, version) => `Blueprint ${name}, version ${version}`,
  otherVersion: (trained, published) => `Trained on version ${trained} of the blueprint; version ${published} is published now. Train again to learn from the current version.`,
  tooFew: (won, lost, needed) => `Only ${won} won and ${lost} lost deals have closed; the learnt model needs ${needed} of each. Until then the score is the deal's closeness to the blueprint.`,
  noEvaluation: 'Too few closed deals to test the model: a test needs at least 10 deals closed before and 10 after the split.',
  testedFallback: (won, lost, needed) => `The test could learn only from the ${won} won and ${lost} lost deals closed before the split (fewer than ${needed} of each), so it tested closeness to the blueprint, not the learnt model.`,
  evaluationIntro: (from, to, won, lost, snapshots) =>
    `Tested on the ${won + lost} deals closed ${from} – ${to} (${won} won, ${lost} lost), each scored as it entered every stage (${snapshots} scores), by a model trained only on the deals closed before.`,
  separation: (percent, level, baseline) => `Given a won and a lost deal, the score ranks the won one higher ${percent} of the time: ${level}. Knowing only the stage: ${baseline}.`,
  separationLevels: { chance: 'no better than chance', weak: 'weak', fair: 'fair', good: 'good', strong: 'strong' },
  figuresCaption: 'How well the score predicts the outcome, against knowing the stage only',
  figure: 'Figure',
  modelColumn: 'Score',
  baselineColumn: 'Stage only',
  auc: 'Separation (AUC)',
  brier: 'Brier score',
  logLoss: 'Log loss',
  lowerIsBetter: 'lower is better',
  notAvailable: 'n/a',
  calibrationHeading: 'Do the percentages hold?',
  calibrationCaption: 'Calibration: scores grouped in bands of 10 points, with the share of them that belonged to won deals',
  scoreRange: 'Score band',
  entries: 'Scores',
  predicted: 'Average score',
  observed: 'Won',
  calibrationSentence: (range, observed, entries) => `Of the deals we gave ${range}, ${observed} were won (${entries} scores).`,
  train: 'Train on this site\'s outcomes',
  trainHint: 'Reads the closed deals, learns the score, tests it on the latest quarter and finds the success patterns. The model in use changes only when you choose.',
  cancel: 'Cancel',
  phases: { reading: 'Reading closed deals', training: 'Training and testing', saving: 'Storing the model', done: 'Done' },
  progress: (phase, deals) => `${phase}: ${deals} deals`,
  trained: (label) => `Trained: ${label}. Compare it with the model in use, then choose.`,
  cancelled: 'Training cancelled; nothing was stored.',
  trainFailed: 'Training failed',
  useModelLabel: 'Use this model',
  inUse: 'In use',
  nowInUse: (label) => `Now in use: ${label}. The next analysis scores with it.`,
  patternsHeading: 'What separates won from lost deals',
  patternsIntro: (won, lost) => `From ${won} won and ${lost} lost deals on this site, strongest evidence first. Each pattern compares only the deals that reached its stage.`,
  patternsLeftOut: (names) => `Left out: exchanges that only happen after a win (${names}).`,
  patternsCut: (shown, found) => `The ${shown} strongest of ${found} patterns are shown.`,
  noPatterns: 'No pattern separates won from lost deals yet.',
  evidenceFilter: 'Evidence',
  directionFilter: 'Effect',
  all: 'All',
  helps: 'Helps win',
  hurts: 'Goes with losing',
  evidence: { strong: 'Strong evidence', moderate: 'Moderate evidence', weak: 'Weak evidence' },
  winRateWithWithout: (withRate, withoutRate) => `won ${withRate} with, ${withoutRate} without`,
  stageReached: (stage) => `among deals that reached ${stage}`
};

const deDe: InsightsStrings = {
  loading: 'Score-Modelle werden geladen…',
  loadFailed: 'Die Score-Modelle konnten nicht geladen werden',
  noBlueprint: 'Auf dieser Website ist noch kein Blueprint veröffentlicht. Veröffentlichen Sie einen im Wertnetzwerk-Designer; dann kann der Score aus Ihren abgeschlossenen Geschäften lernen.',
  inUseHeading: 'Verwendetes Score-Modell',
  candidateHeading: 'Neuestes Modell, nicht in Verwendung',
  noModel: 'Noch ist kein Modell in Verwendung: Scores zeigen, wie nah jedes Geschäft am Blueprint ist. Trainieren Sie mit den Ergebnissen dieser Website, um aus Ihren eigenen Gewinnen und Verlusten zu lernen.',
  modelKind: (logistic) => (logistic ? 'Aus Ihren abgeschlossenen Geschäften gelernt' : 'Nähe zum Blueprint (zu wenige abgeschlossene Geschäfte zum Lernen)'),
  trainedOn: (won, lost) => `${won} gewonnene und ${lost} verlorene Geschäfte`,
  trainedAt: (date, by) => `Trainiert am ${date}${by ? ` von ${by}` : ''}`,
  window: (from, to) => `Abgeschlossen vom ${from} bis ${to}`,
  blueprintVersion: (name, version) => `Blueprint ${name}, Version ${version}`,
  otherVersion: (trained, published) => `Mit Version ${trained} des Blueprints trainiert; veröffentlicht ist jetzt Version ${published}. Trainieren Sie erneut, um aus der aktuellen Version zu lernen.`,
  tooFew: (won, lost, needed) => `Erst ${won} gewonnene und ${lost} verlorene Geschäfte sind abgeschlossen; das gelernte Modell braucht je ${needed}. Bis dahin ist der Score die Nähe des Geschäfts zum Blueprint.`,
  noEvaluation: 'Zu wenige abgeschlossene Geschäfte, um das Modell zu testen: ein Test braucht mindestens 10 Geschäfte vor und 10 nach dem Stichtag.',
  testedFallback: (won, lost, needed) => `Der Test konnte nur aus den ${won} gewonnenen und ${lost} verlorenen Geschäften vor dem Stichtag lernen (weniger als je ${needed}) und hat daher die Nähe zum Blueprint getestet, nicht das gelernte Modell.`,
  evaluationIntro: (from, to, won, lost, snapshots) =>
    `Getestet an den ${won + lost} Geschäften, die vom ${from} bis ${to} abgeschlossen wurden (${won} gewonnen, ${lost} verloren), jeweils bewertet beim Eintritt in jede Phase (${snapshots} Scores), von einem Modell, das nur die davor abgeschlossenen Geschäfte kannte.`,
  separation: (percent, level, baseline) => `Von einem gewonnenen und einem verlorenen Geschäft bewertet der Score das gewonnene in ${percent} der Fälle höher: ${level}. Nur die Phase zu kennen: ${baseline}.`,
  separationLevels: { chance: 'nicht besser als Zufall', weak: 'schwach', fair: 'mäßig', good: 'gut', strong: 'stark' },
  figuresCaption: 'Wie gut der Score das Ergebnis vorhersagt, verglichen mit der Phase allein',
  figure: 'Kennzahl',
  modelColumn: 'Score',
  baselineColumn: 'Nur Phase',
  auc: 'Trennschärfe (AUC)',
  brier: 'Brier-Score',
  logLoss: 'Log-Loss',
  lowerIsBetter: 'niedriger ist besser',
  notAvailable: 'k. A.',
  calibrationHeading: 'Stimmen die Prozente?',
  calibrationCaption: 'Kalibrierung: Scores in Bändern zu 10 Punkten, mit dem Anteil, der zu gewonnenen Geschäften gehörte',
  scoreRange: 'Score-Band',
  entries: 'Scores',
  predicted: 'Mittlerer Score',
  observed: 'Gewonnen',
  calibrationSentence: (range, observed, entries) => `Von den Geschäften mit ${range} wurden ${observed} gewonnen (${entries} Scores).`,
  train: 'Mit den Ergebnissen dieser Website trainieren',
  trainHint: 'Liest die abgeschlossenen Geschäfte, lernt den Score, testet ihn am letzten Quartal und findet die Erfolgsmuster. Das verwendete Modell ändert sich erst, wenn Sie es wählen.',
  cancel: 'Abbrechen',
  phases: { reading: 'Abgeschlossene Geschäfte lesen', training: 'Trainieren und testen', saving: 'Modell speichern', done: 'Fertig' },
  progress: (phase, deals) => `${phase}: ${deals} Geschäfte`,
  trained: (label) => `Trainiert: ${label}. Vergleichen Sie es mit dem verwendeten Modell und wählen Sie dann.`,
  cancelled: 'Training abgebrochen; nichts wurde gespeichert.',
  trainFailed: 'Das Training ist fehlgeschlagen',
  useModelLabel: 'Dieses Modell verwenden',
  inUse: 'In Verwendung',
  nowInUse: (label) => `Jetzt in Verwendung: ${label}. Die nächste Analyse bewertet damit.`,
  patternsHeading: 'Was gewonnene von verlorenen Geschäften unterscheidet',
  patternsIntro: (won, lost) => `Aus ${won} gewonnenen und ${lost} verlorenen Geschäften dieser Website, stärkste Belege zuerst. Jedes Muster vergleicht nur die Geschäfte, die seine Phase erreicht haben.`,
  patternsLeftOut: (names) => `Ausgelassen: Austausche, die erst nach einem Gewinn stattfinden (${names}).`,
  patternsCut: (shown, found) => `Die ${shown} stärksten von ${found} Mustern werden gezeigt.`,
  noPatterns: 'Noch unterscheidet kein Muster gewonnene von verlorenen Geschäften.',
  evidenceFilter: 'Beleg',
  directionFilter: 'Wirkung',
  all: 'Alle',
  helps: 'Hilft zu gewinnen',
  hurts: 'Geht mit Verlust einher',
  evidence: { strong: 'Starker Beleg', moderate: 'Mäßiger Beleg', weak: 'Schwacher Beleg' },
  winRateWithWithout: (withRate, withoutRate) => `gewonnen ${withRate} mit, ${withoutRate} ohne`,
  stageReached: (stage) => `unter Geschäften, die ${stage} erreicht haben`
};

export function insightsStringsFor(locale: string): InsightsStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
