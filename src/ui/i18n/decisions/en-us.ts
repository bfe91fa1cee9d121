/** The English (en-US) strings of the Decide area (bid/no-bid, reviews, proposals, leads). */
import type { DecisionsStrings } from './strings';

export const enUs: DecisionsStrings = {
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
  leadsIntro: 'Which leads to work first: import your leads file into the site\'s Leads list, train the lead model on the leads whose outcome is known (converted or not), and every open lead gets a score of 0–100, a grade (A from 75, B from 50, C from 25) and its reasons. Importing and training again re-score every open lead.',
  leadsImport: 'Import leads (CSV)',
  trainLeadModel: 'Train lead model',
  leadsTrainOwnersOnly: 'Site owners train the lead model.',
  leadsLoading: 'Reading the leads…',
  leadsNoList: 'This site has no Leads list yet: a site owner adds it with "Set up ValueNetworks on this site".',
  leadsNoModel: 'No lead model yet: import leads with a known outcome, then train the lead model.',
  leadsModel: (label, when, by) => `Scored with the ${label}, trained ${when}${by === undefined ? '' : ` by ${by}`}.`,
  leadsTrained: (converted, notConverted, auc, tested) =>
    `Learnt from ${converted} converted and ${notConverted} not converted leads.` + (auc === undefined ? ' Not tested: the earlier leads hold one outcome only.' : ` Tested on the latest ${tested}: ranks a converted lead above one that did not convert ${auc} of the time.`),
  leadsTooFew: (converted, notConverted, needed) => `Too few leads with a known outcome: ${converted} converted and ${notConverted} not converted; each needs at least ${needed}.`,
  leadsImported: (read, added, updated, unchanged, skipped, scored) => `${read} rows read: ${added} new leads, ${updated} updated, ${unchanged} unchanged, ${skipped} skipped. ${scored} open leads re-scored.`,
  leadsRescored: (scored) => `${scored} open leads re-scored with the new model.`,
  leadsFailed: (failed) => `${failed} leads could not be stored; import the file again to store them.`,
  leadsImporting: 'Importing the leads…',
  leadsTraining: 'Training the lead model…',
  gradeFilter: 'Grade',
  allGrades: 'All grades',
  textFilter: 'Search leads',
  exportLeads: 'Export CSV',
  leadColumns: { rank: '#', id: 'Lead id', lead: 'Lead', score: 'Score', grade: 'Grade', reasons: 'Top reasons' },
  notScored: 'not scored',
  leadsShown: (shown, matching, all) => `${matching === all ? `${all} open leads` : `${matching} of ${all} open leads match`}${shown < matching ? `; the first ${shown} are shown` : ''}.`,
  leadMapping: {
    heading: (fileName) => `Map the columns of ${fileName}`,
    summary: (rows, columns) => `${rows} rows, ${columns} columns. Nothing is stored until you import.`,
    fieldsCaption: 'Which column holds what',
    columns: { field: 'Field', column: 'Column in the file', samples: 'Values in the file' },
    fieldNames: { id: 'Lead id', name: 'Name', outcome: 'Outcome' },
    neededFor: { id: 'to recognise each lead when the file is imported again', outcome: 'to learn from converted and not converted leads and to score the open ones' },
    required: 'required',
    notInFile: 'Not in the file',
    columnFor: (field) => `Column for ${field}`,
    matchedBy: { name: 'matched by its name', user: 'chosen by you', none: '' },
    outcomeCaption: 'Outcome values',
    outcomeColumns: { value: 'Value in the file', rows: 'Rows', outcome: 'Outcome' },
    outcomeNames: { converted: 'converted', 'not-converted': 'not converted', open: 'open' },
    chooseOutcome: 'Choose…',
    missingOutcomes: (rows) => `${rows} rows have no outcome (empty or "Select"): they are open leads.`,
    featuresCaption: 'Columns the lead model may learn from',
    useFeature: (column) => `Use ${column}`,
    toDecide: 'Still to decide',
    unmappedField: (field, purpose) => `${field} is needed ${purpose}: pick the column that holds it.`,
    outcomeValuesOpen: (values) => `Map these outcome values to converted, not converted or open: ${values}.`,
    previewCaption: 'Preview: the first leads as they will be stored',
    previewColumns: { id: 'Lead id', name: 'Name', outcome: 'Outcome', features: 'Features' },
    skippedCaption: (rows) => `${rows} rows will be skipped`,
    checkedStart: (checked, total) => `Checked the first ${checked} of ${total} rows; the import checks every row.`,
    mappingJson: 'Mapping JSON (the same file works with valuenetworks leads import --mapping)',
    importButton: (leads) => `Import ${leads} leads`,
    downloadMapping: 'Save the mapping as a file',
    cancel: 'Cancel'
  },
  reviewIntro: 'A closed deal against the blueprint: each exchange as it happened, what the blueprint does not know, the deviations and the score at each stage entry (what the team could have known then).',
  closedDeal: 'Closed deal',
  noClosedDeals: 'No closed deals on this site yet.',
  loadingDeals: 'Reading the closed deals…',
  print: 'Print',
  reviewOf: (name) => `Review of ${name}`,
  dealLine: (account, outcome, closed, amount) => `${account} · ${outcome} on ${closed} · ${amount}`,
  preparedLine: (when, who) => `Review pack as of ${when}, prepared by ${who}`,
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
