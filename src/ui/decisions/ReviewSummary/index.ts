export { ReviewSummary } from './ReviewSummary';
export type { IReviewSummaryProps } from './ReviewSummary';
