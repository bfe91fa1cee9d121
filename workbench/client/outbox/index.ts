export { OutboxPanel, type IOutboxPanelProps } from './OutboxPanel';
export { AdaptiveCardView, hostConfigFor, type IAdaptiveCardViewProps } from './AdaptiveCardView';
export { htmlToText } from './mailText';
export { formatOutboxTime, outboxRows, type OutboxRow } from './outboxRows';
