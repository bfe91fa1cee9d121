/** The German (de-DE) strings of site set-up. */
import type { SetupStrings } from './strings';

export const deDe: SetupStrings = {
  checking: 'Diese Website wird geprüft…',
  notSetUpTitle: 'ValueNetworks ist auf dieser Website noch nicht eingerichtet',
  ownerExplanation: 'Als Websitebesitzer können Sie es jetzt einrichten. Dabei werden die Listen angelegt, in denen ValueNetworks seine Daten speichert; ein erneuter Lauf ändert nichts.',
  changesHeading: (count) => `${count} ${count === 1 ? 'Änderung wird' : 'Änderungen werden'} vorgenommen:`,
  setUpButton: 'ValueNetworks auf dieser Website einrichten',
  running: 'ValueNetworks wird eingerichtet…',
  runningDetail: 'Listen und Spalten werden angelegt. Lassen Sie diese Seite geöffnet, bis der Vorgang abgeschlossen ist.',
  doneTitle: 'ValueNetworks ist auf dieser Website eingerichtet',
  doneDetail: (count) => (count === 0 ? 'Die Website war bereits aktuell; nichts wurde geändert.' : `${count} ${count === 1 ? 'Änderung wurde' : 'Änderungen wurden'} vorgenommen.`),
  continueButton: 'Weiter',
  memberTitle: 'ValueNetworks ist auf dieser Website noch nicht eingerichtet',
  memberExplanation:
    'Beim Einrichten werden Listen und Spalten angelegt. Dafür ist die Berechtigung „Listen verwalten“ nötig, die Websitebesitzer haben. Bitten Sie einen Besitzer dieser Website, diese Seite zu öffnen und einmal „ValueNetworks auf dieser Website einrichten“ zu wählen; danach können Sie und andere Mitglieder die App verwenden.',
  siteIsNewer: 'Diese Website wurde von einer neueren Version von ValueNetworks eingerichtet. Bitten Sie Ihren Administrator, die App zu aktualisieren.',
  failedTitle: 'Die Einrichtung wurde nicht abgeschlossen',
  retryButton: 'Erneut versuchen',
  incompleteSteps: (done) => `${done} ${done === 1 ? 'Änderung wurde' : 'Änderungen wurden'} vor dem Abbruch vorgenommen; ein erneuter Versuch erledigt den Rest.`
};
