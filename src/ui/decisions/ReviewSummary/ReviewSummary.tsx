import * as React from 'react';
import { MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { loadReviewSummary, type ReasonSummary } from '../../../services';
import { decisionsStringsFor } from '../../i18n/decisions';
import { useService, useServices } from '../../services';
import { getReviewPanelClassNames } from '../ReviewPanel/ReviewPanel.styles';

export interface IReviewSummaryProps {
  readonly locale: string;
  /** Bumped by the caller to read the records again (after a reviewer saves one). */
  readonly revision?: number;
  /** Where it is shown, for tests: `review-summary` in the review tab (default). */
  readonly testId?: string;
}

/**
 * What the won/lost reviews say, by outcome and reason, with the required exchange those deals most
 * often missed ("Lost on Price: 12 deals, 9 of them missed the business case"). Shown in the review
 * tab and beside the success patterns; nothing where the site has no DealReviews list.
 */
export function ReviewSummary(props: IReviewSummaryProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getReviewPanelClassNames(useTheme());
  const blueprints = useService('blueprints');
  const interactions = useService('interactions');
  const reviews = useServices().reviews;
  const [summary, setSummary] = React.useState<readonly ReasonSummary[] | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);

  React.useEffect(() => {
    if (!reviews) return undefined;
    let live = true;
    blueprints
      .getPublished()
      .then((published) => (published ? loadReviewSummary({ reviews, interactions }, published.blueprint) : []))
      .then(
        (read) => { if (live) { setSummary(read); setError(undefined); } },
        (e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); }
      );
    return () => { live = false; };
  }, [reviews, blueprints, interactions, props.revision]);

  if (!reviews) return <></>;
  if (error !== undefined) return <MessageBar messageBarType={MessageBarType.error} isMultiline>{error}</MessageBar>;
  if (summary === undefined) return <></>;
  return (
    <section aria-label={strings.summaryHeading} data-testid={props.testId ?? 'review-summary'}>
      <h4 className={classNames.heading}>{strings.summaryHeading}</h4>
      {summary.length === 0 ? <p>{strings.noRecords}</p> : <ul>{summary.map((g) => <li key={`${g.outcome}:${g.reason}`}>{strings.summaryLine(g.outcome, g.reason, g.deals, g.missed)}</li>)}</ul>}
    </section>
  );
}
