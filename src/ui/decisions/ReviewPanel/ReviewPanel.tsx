import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, Spinner, TextField, useTheme } from '@fluentui/react';
import type { Opportunity, OpportunityStatus } from '../../../core/model';
import { loadDealReview, type DealReview } from '../../../services';
import type { OpportunityStore } from '../../../services';
import { decisionsStringsFor } from '../../i18n/decisions';
import { useHost } from '../../host';
import { useService, useServices } from '../../services';
import { getReviewPanelClassNames } from './ReviewPanel.styles';
import type { IReviewPanelProps } from './ReviewPanel.types';
import { ReviewPackView } from './ReviewPackView';
import { ReviewRecordForm } from './ReviewRecordForm';
import { ReviewSummary } from '../ReviewSummary';

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
  // Optional: a composition root without the DealReviews list still shows the review pack.
  const reviews = useServices().reviews;
  const host = useHost();
  const [reasons, setReasons] = React.useState<readonly string[]>([]);
  const [reasonText, setReasonText] = React.useState<string | undefined>(undefined);
  const [canEditReasons, setCanEditReasons] = React.useState(false);
  const [revision, setRevision] = React.useState(0);
  const [reasonsNotice, setReasonsNotice] = React.useState<string | undefined>(undefined);
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

  React.useEffect(() => {
    if (!reviews) return undefined;
    let live = true;
    Promise.all([reviews.reasons(), blueprints.access()]).then(
      ([found, access]) => {
        if (!live) return;
        setReasons(found);
        setCanEditReasons(access.canPublish);
      },
      (e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); }
    );
    return () => { live = false; };
  }, [reviews, blueprints, revision]);

  const saveReasons = (): void => {
    if (!reviews || reasonText === undefined) return;
    reviews.saveReasons(reasonText.split('\n')).then(
      () => {
        setReasonText(undefined);
        setReasonsNotice(strings.reasonsSaved);
        setRevision((r) => r + 1);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e))
    );
  };

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
      <ReviewSummary locale={props.locale} revision={revision} />
      {review !== undefined && review !== 'loading' && <ReviewPackView review={review} locale={props.locale} preparedAt={props.clock()} preparedBy={host.user.displayName} />}
      {review !== undefined && review !== 'loading' && reviews && (
        <ReviewRecordForm key={review.opportunity.id} review={review} reviews={reviews} reasons={reasons} reviewer={host.user.displayName} locale={props.locale} clock={props.clock} onSaved={() => setRevision((r) => r + 1)} />
      )}
      {!reviews && <MessageBar messageBarType={MessageBarType.warning}>{strings.recordNotYet}</MessageBar>}
      {reviews && canEditReasons && (
        <section aria-label={strings.reasonsHeading}>
          <h5 className={classNames.heading}>{strings.reasonsHeading}</h5>
          <TextField multiline rows={4} description={strings.reasonsHint} ariaLabel={strings.reasonsHeading} value={reasonText ?? reasons.join('\n')} onChange={(_e, v) => setReasonText(v ?? '')} styles={{ root: { maxWidth: 320 } }} />
          <DefaultButton text={strings.saveReasons} disabled={reasonText === undefined} onClick={saveReasons} />
          {reasonsNotice && <MessageBar messageBarType={MessageBarType.success}>{reasonsNotice}</MessageBar>}
        </section>
      )}
    </div>
  );
}
