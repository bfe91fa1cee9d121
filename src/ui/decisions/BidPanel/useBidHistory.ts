import * as React from 'react';
import { loadBidHistory, type BidHistory } from '../../../services';
import { useService } from '../../services';

export type BidHistoryState = { readonly phase: 'idle' } | { readonly phase: 'loading' } | { readonly phase: 'loaded'; readonly history: BidHistory } | { readonly phase: 'failed'; readonly message: string };

/**
 * The site's closed deals as past pursuits, read once through the provided stores (paged, indexed);
 * pass a steady `now`. Nothing is read until `enabled` (the drill-down reads only when asked).
 */
export function useBidHistory(now: number, enabled: boolean = true): BidHistoryState {
  const blueprints = useService('blueprints');
  const opportunities = useService('opportunities');
  const interactions = useService('interactions');
  const [state, setState] = React.useState<BidHistoryState>({ phase: enabled ? 'loading' : 'idle' });
  React.useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setState({ phase: 'loading' });
    loadBidHistory({ blueprints, opportunities, interactions }, now).then(
      (history) => { if (live) setState({ phase: 'loaded', history }); },
      (error: unknown) => { if (live) setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }); }
    );
    return () => { live = false; };
  }, [blueprints, opportunities, interactions, now, enabled]);
  return state;
}
