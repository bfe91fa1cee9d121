export * from './BidPanel';
export * from './BidAdviceCard';
export * from './DealBidAdvice';
export * from './BidPanel.types';
