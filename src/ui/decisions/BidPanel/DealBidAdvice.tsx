import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Spinner, TextField, useTheme } from '@fluentui/react';
import { adviseOpenDeal } from '../../../services';
import { decisionsStringsFor } from '../../i18n/decisions';
import { bidView, type BidView } from '../model/decisionsView';
import { BidAdviceCard } from './BidAdviceCard';
import { getBidPanelClassNames } from './BidPanel.styles';
import type { IDealBidAdviceProps } from './BidPanel.types';
import { useBidHistory } from './useBidHistory';

/** Parses a non-negative amount typed in either locale's style (`12,000`, `12.000`, `12000`); `undefined` otherwise. */
export function parseAmount(text: string): number | undefined {
  const digits = text.replace(/[\s,.'’]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  return Number(digits);
}

/** Bid / no-bid for one open deal: its score and its coverage so far against similar past pursuits. */
export function DealBidAdvice(props: IDealBidAdviceProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getBidPanelClassNames(useTheme());
  // The closed deals are read when someone asks for advice, not when the drill-down opens.
  const [cost, setCost] = React.useState('');
  const [asked, setAsked] = React.useState<number | undefined>(undefined);
  const history = useBidHistory(props.now, asked !== undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const o = props.record.opportunity;
  const subject = o.name ?? o.account;
  const view = React.useMemo((): BidView | undefined => {
    if (asked === undefined || history.phase !== 'loaded') return undefined;
    const advice = adviseOpenDeal(o, props.record.snapshot?.score, props.interactions, asked, history.history.pursuits, history.history.blueprint);
    return bidView(advice, { team: o.team ?? '', amount: o.amount, pursuitCost: asked }, strings, props.locale);
  }, [asked, history, o, props.record.snapshot?.score, props.interactions, strings, props.locale]);
  const advise = (): void => {
    const pursuitCost = parseAmount(cost);
    if (pursuitCost === undefined) {
      setError(strings.invalidNumber(strings.pursuitCost));
      return;
    }
    setError(undefined);
    setAsked(pursuitCost);
  };
  return (
    <div className={classNames.form} data-testid="deal-bid">
      <div className={classNames.row}>
        <TextField label={strings.pursuitCost} value={cost} onChange={(_e, v) => setCost(v ?? '')} errorMessage={error} inputMode="numeric" />
        <PrimaryButton text={strings.advise} onClick={advise} disabled={history.phase === 'loading'} />
        {history.phase === 'loading' && <Spinner label={strings.loadingHistory} labelPosition="right" />}
      </div>
      {history.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{history.message}</MessageBar>}
      {view && <BidAdviceCard view={view} subject={subject} locale={props.locale} />}
    </div>
  );
}
