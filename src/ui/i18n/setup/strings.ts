/**
 * The strings of site set-up: the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
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
