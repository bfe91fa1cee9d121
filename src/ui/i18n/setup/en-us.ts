/** The English (en-US) strings of site set-up. */
import type { SetupStrings } from './strings';

export const enUs: SetupStrings = {
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
