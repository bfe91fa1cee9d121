import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, Spinner, useTheme } from '@fluentui/react';
import type { Opportunity, OpportunityStatus } from '../../../core/model/interaction';
import { loadDealReview, type DealReview } from '../../../services/decisions/dealReview';
import type { OpportunityStore } from '../../../services/ports';
import { decisionsStringsFor } from '../../i18n/decisions';
import { useService } from '../../services';
import { getReviewPanelClassNames } from './ReviewPanel.styles';
import type { IReviewPanelProps } from './ReviewPanel.types';
import { ReviewPackView } from './ReviewPackView';

const CLOSED: readonly OpportunityStatus[] = ['won', 'lost', 'no-decision'];

async function closedDeals(store: OpportunityStore): Promise<Opportunity[]> {
  const all: Opportunity[] = [];
  for (const status of CLOSED) for await (const page of store.pagesByStatus(status)) all.push(...page.map((r) => r.opportunity));
  return all.sort((x, y) => (y.closedAt ?? 0) - (x.closedAt ?? 0) || (x.name ?? x.account).localeCompare(y.name ?? y.account));
}

/** Won/lost reviews: choose a closed deal (latest first), read its review pack, print it. */
export function ReviewPanel(props: IReviewPanelProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getReviewPanelClassNames(useTheme());
  const blueprints = useService('blueprints');
  const opportunities = useService('opportunities');
  const interactions = useService('interactions');
  const models = useService('models');
  const [deals, setDeals] = React.useState<readonly Opportunity[] | undefined>(undefined);
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  const [review, setReview] = React.useState<DealReview | 'loading' | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);

  React.useEffect(() => {
    let live = true;
    closedDeals(opportunities).then(
      (found) => { if (live) setDeals(found); },
      (e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); }
    );
    return () => { live = false; };
  }, [opportunities]);

  const choose = (id: string): void => {
    setChosen(id);
    setError(undefined);
    setReview('loading');
    loadDealReview({ blueprints, opportunities, interactions, models }, id, props.clock()).then(setReview, (e: unknown) => {
      setReview(undefined);
      setError(e instanceof Error ? e.message : String(e));
    });
  };

  return (
    <div className={classNames.root} data-testid="review-panel">
      <p>{strings.reviewIntro}</p>
      {deals === undefined && !error && <Spinner label={strings.loadingDeals} ariaLive="polite" />}
      {deals !== undefined && deals.length === 0 && <MessageBar messageBarType={MessageBarType.info}>{strings.noClosedDeals}</MessageBar>}
      {deals !== undefined && deals.length > 0 && (
        <Dropdown
          label={strings.closedDeal}
          options={deals.map((o) => ({ key: o.id, text: `${o.name ?? o.account} · ${strings.outcomes[o.status]}` }))}
          selectedKey={chosen}
          onChange={(_e, option) => option && choose(String(option.key))}
          styles={{ root: { maxWidth: 480 }, callout: { maxHeight: 360 } }}
        />
      )}
      {error && <MessageBar messageBarType={MessageBarType.error} isMultiline>{error}</MessageBar>}
      {review === 'loading' && <Spinner />}
      {review !== undefined && review !== 'loading' && <ReviewPackView review={review} locale={props.locale} />}
      <MessageBar messageBarType={MessageBarType.warning}>{strings.recordNotYet}</MessageBar>
    </div>
  );
}
