/** The English (en-US) property-pane strings of the web parts. */
import type { WebPartStrings } from './strings';

export const enUs: WebPartStrings = {
  performanceDashboard: {
    PropertyPaneDescription: 'Monitor opportunities against the blueprint and learn what wins deals.',
    BlueprintGroup: 'Blueprint and thresholds',
    BlueprintLabel: 'Blueprint',
    PublishedBlueprint: 'The published blueprint',
    LateToleranceLabel: 'Late tolerance (days)',
    MinSeverityLabel: 'Minimum severity to highlight',
    SeverityLow: 'Low',
    SeverityMedium: 'Medium',
    SeverityHigh: 'High'
  },
  processBlueprint: {
    PropertyPaneDescription: 'Define the stages, exit criteria, timing and data recognition of the sales process.',
    BlueprintGroup: 'Blueprint and thresholds',
    BlueprintLabel: 'Blueprint',
    PublishedBlueprint: 'The published blueprint',
    LateToleranceLabel: 'Late tolerance (days)',
    MinSeverityLabel: 'Minimum severity to highlight',
    SeverityLow: 'Low',
    SeverityMedium: 'Medium',
    PublisherGroupLabel: 'Group that may publish (besides site owners)',
    SeverityHigh: 'High'
  },
  salesInsights: {
    PropertyPaneDescription: 'Learn from this site\'s own wins and losses: a tested score model and the success patterns.',
    TrainingGroup: 'Training',
    MinPerClassLabel: 'Won and lost deals the learnt model needs (each)',
    TrainerGroupLabel: 'Group that may train besides the site owners (e.g. sales managers)'
  },
  valueNetworkDesigner: {
    PropertyPaneDescription: 'Map the roles and tangible and intangible exchanges of a winning sale as a Strategy Blueprint.',
    BlueprintGroup: 'Blueprint',
    BlueprintLabel: 'Blueprint',
    PublishedBlueprint: 'The most recently changed blueprint',
    LateToleranceLabel: 'Late tolerance (days)',
    MinSeverityLabel: 'Minimum severity to highlight',
    SeverityLow: 'Low',
    SeverityMedium: 'Medium',
    PublisherGroupLabel: 'Group that may publish (besides site owners)',
    SeverityHigh: 'High'
  }
};
