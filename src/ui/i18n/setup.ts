/**
 * Strings of the site set-up flow shared by the three apps, in en-US and de-DE. Kept apart from
 * ./strings.ts so each app's strings can change without edit collisions.
 */
export interface SetupStrings {
  readonly checking: string;
  readonly notSetUpTitle: string;
  readonly ownerExplanation: string;
  readonly changesHeading: (count: number) => string;
  readonly setUpButton: string;
  readonly running: string;
  readonly runningDetail: string;
  readonly doneTitle: string;
  readonly doneDetail: (count: number) => string;
  readonly continueButton: string;
  readonly memberTitle: string;
  readonly memberExplanation: string;
  readonly siteIsNewer: string;
  readonly failedTitle: string;
  readonly retryButton: string;
  readonly incompleteSteps: (done: number) => string;
}

const enUs: SetupStrings = {
  checking: 'Checking this site…',
  notSetUpTitle: 'ValueNetworks is not set up on this site yet',
  ownerExplanation: 'As a site owner you can set it up now. This creates the lists ValueNetworks keeps its data in; running it again changes nothing.',
  changesHeading: (count) => `${count} ${count === 1 ? 'change' : 'changes'} will be made:`,
  setUpButton: 'Set up ValueNetworks on this site',
  running: 'Setting up ValueNetworks…',
  runningDetail: 'Creating lists and columns. Keep this page open until it finishes.',
  doneTitle: 'ValueNetworks is set up on this site',
  doneDetail: (count) => (count === 0 ? 'The site was already up to date; nothing was changed.' : `${count} ${count === 1 ? 'change was' : 'changes were'} made.`),
  continueButton: 'Continue',
  memberTitle: 'ValueNetworks is not set up on this site yet',
  memberExplanation:
    'Setting it up creates lists and columns, which needs the "Manage Lists" permission that site owners have. Ask an owner of this site to open this page and select "Set up ValueNetworks on this site" once; after that, you and other members can use the app.',
  siteIsNewer: 'This site was set up by a newer version of ValueNetworks. Ask your administrator to update the app.',
  failedTitle: 'The set-up did not finish',
  retryButton: 'Try again',
  incompleteSteps: (done) => `${done} ${done === 1 ? 'change was' : 'changes were'} made before it stopped; trying again finishes the rest.`
};

const deDe: SetupStrings = {
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

/** Set-up strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function setupStringsFor(locale: string): SetupStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
