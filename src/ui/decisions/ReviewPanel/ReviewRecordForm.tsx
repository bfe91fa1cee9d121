import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, PrimaryButton, TextField, useTheme } from '@fluentui/react';
import type { DealReview, ReviewStore } from '../../../services';
import { decisionsStringsFor } from '../../i18n/decisions';
import { getReviewPanelClassNames } from './ReviewPanel.styles';

export interface IReviewRecordFormProps {
  readonly review: DealReview;
  readonly reviews: ReviewStore;
  readonly reasons: readonly string[];
  readonly reviewer: string;
  readonly locale: string;
  readonly clock: () => number;
  /** Called after a save, so the summary is read again. */
  readonly onSaved: () => void;
}

/** The reviewer's record of one deal: an outcome reason from the leader's list and free-text lessons. */
export function ReviewRecordForm(props: IReviewRecordFormProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getReviewPanelClassNames(useTheme());
  const { opportunity } = props.review;
  const [reason, setReason] = React.useState<string | undefined>(undefined);
  const [lessons, setLessons] = React.useState('');
  const [notice, setNotice] = React.useState<{ kind: 'success' | 'error'; text: string } | undefined>(undefined);
  const date = React.useMemo(() => new Intl.DateTimeFormat(props.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }), [props.locale]);

  React.useEffect(() => {
    let live = true;
    props.reviews.get(opportunity.id).then(
      (stored) => {
        if (!live || !stored) return;
        setReason(stored.reason);
        setLessons(stored.lessons);
        setNotice({ kind: 'success', text: strings.recordSaved(stored.reviewedBy, `${date.format(stored.reviewedAt)} UTC`) });
      },
      () => undefined
    );
    return () => { live = false; };
  }, [props.reviews, opportunity.id, strings, date]);

  const save = (): void => {
    if (reason === undefined) {
      setNotice({ kind: 'error', text: strings.chooseReason });
      return;
    }
    const reviewedAt = props.clock();
    const outcome = opportunity.status === 'open' ? 'lost' : opportunity.status;
    props.reviews.save({ opportunityId: opportunity.id, dealName: opportunity.name ?? opportunity.account, outcome, reason, lessons, reviewedBy: props.reviewer, reviewedAt }).then(
      () => {
        setNotice({ kind: 'success', text: strings.recordSaved(props.reviewer, `${date.format(reviewedAt)} UTC`) });
        props.onSaved();
      },
      (e: unknown) => setNotice({ kind: 'error', text: e instanceof Error ? e.message : String(e) })
    );
  };
  // A reason removed from the list since the review still shows.
  const options = [...props.reasons, ...(reason !== undefined && !props.reasons.includes(reason) ? [reason] : [])].map((r) => ({ key: r, text: r }));
  return (
    <section className={classNames.root} aria-label={strings.recordHeading} data-testid="review-record">
      <h5 className={classNames.heading}>{strings.recordHeading}</h5>
      <Dropdown label={strings.reason} options={options} selectedKey={reason ?? null} onChange={(_e, o) => o && setReason(String(o.key))} styles={{ root: { maxWidth: 320 } }} />
      <TextField label={strings.lessons} multiline rows={3} value={lessons} onChange={(_e, v) => setLessons(v ?? '')} />
      <div className={classNames.actions}>
        <PrimaryButton text={strings.saveRecord} onClick={save} />
      </div>
      {notice && <MessageBar messageBarType={notice.kind === 'success' ? MessageBarType.success : MessageBarType.error}>{notice.text}</MessageBar>}
    </section>
  );
}
