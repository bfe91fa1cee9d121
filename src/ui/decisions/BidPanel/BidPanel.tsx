import * as React from 'react';
import { Checkbox, Dropdown, MessageBar, MessageBarType, PrimaryButton, Spinner, TextField, useTheme } from '@fluentui/react';
import type { Interaction } from '../../../core/model';
import { loadOpportunityInteractions, advisePursuit } from '../../../services';
import type { OpportunityRecord } from '../../../services';
import { decisionsStringsFor } from '../../i18n/decisions';
import { useService } from '../../services';
import { bidView, type BidView } from '../model/decisionsView';
import { BidAdviceCard } from './BidAdviceCard';
import { getBidPanelClassNames } from './BidPanel.styles';
import type { IBidPanelProps } from './BidPanel.types';
import { DealBidAdvice, parseAmount } from './DealBidAdvice';
import { useBidHistory } from './useBidHistory';

async function openDeals(pages: AsyncIterable<OpportunityRecord[]>): Promise<OpportunityRecord[]> {
  const all: OpportunityRecord[] = [];
  for await (const page of pages) all.push(...page);
  return all.sort((x, y) => (x.opportunity.name ?? x.opportunity.account).localeCompare(y.opportunity.name ?? y.opportunity.account));
}

/**
 * Bid / no-bid on the Sales Insights page: for an open deal of the site (its score and coverage so
 * far), and for a pursuit not yet in the system (account, team, amount, expected stages, pursuit cost).
 */
export function BidPanel(props: IBidPanelProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getBidPanelClassNames(useTheme());
  const opportunities = useService('opportunities');
  const interactionStore = useService('interactions');
  const [now] = React.useState(props.clock);
  const history = useBidHistory(now);
  const [deals, setDeals] = React.useState<readonly OpportunityRecord[] | undefined>(undefined);
  const [chosen, setChosen] = React.useState<{ record: OpportunityRecord; interactions: readonly Interaction[] } | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [form, setForm] = React.useState({ account: '', team: '', amount: '', cost: '' });
  const [stages, setStages] = React.useState<readonly string[] | undefined>(undefined);
  const [advice, setAdvice] = React.useState<{ view: BidView; subject: string } | undefined>(undefined);

  React.useEffect(() => {
    let live = true;
    openDeals(opportunities.pagesByStatus('open')).then(
      (records) => { if (live) setDeals(records); },
      (e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); }
    );
    return () => { live = false; };
  }, [opportunities]);

  const choose = (id: string): void => {
    const record = deals?.find((r) => r.opportunity.id === id);
    if (!record) return;
    setChosen(undefined);
    loadOpportunityInteractions({ interactions: interactionStore }, id).then(
      (interactions) => setChosen({ record, interactions }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e))
    );
  };

  const blueprint = history.phase === 'loaded' ? history.history.blueprint : undefined;
  const path = stages ?? blueprint?.stages.map((s) => s.id) ?? [];
  const teams = [...new Set((deals ?? []).map((r) => r.opportunity.team).filter((t): t is string => t !== undefined))].sort();
  const adviseNew = (): void => {
    const amount = parseAmount(form.amount);
    const cost = parseAmount(form.cost);
    if (history.phase !== 'loaded' || amount === undefined || cost === undefined) {
      setError(strings.invalidNumber(amount === undefined ? strings.amount : strings.pursuitCost));
      return;
    }
    setError(undefined);
    const result = advisePursuit({ team: form.team, account: form.account, amount, pursuitCost: cost, stagePath: path }, history.history.pursuits, history.history.blueprint);
    setAdvice({ view: bidView(result, { team: form.team, amount, pursuitCost: cost }, strings, props.locale), subject: form.account || strings.newPursuitHeading });
  };

  return (
    <div className={classNames.root} data-testid="bid-panel">
      <p>{strings.bidIntro}</p>
      {history.phase === 'loading' && <Spinner label={strings.loadingHistory} ariaLive="polite" />}
      {history.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} isMultiline>{history.message}</MessageBar>}
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      <section className={classNames.form} aria-label={strings.openDealHeading}>
        <h4>{strings.openDealHeading}</h4>
        {deals && deals.length === 0 ? (
          <MessageBar messageBarType={MessageBarType.info}>{strings.noOpenDeals}</MessageBar>
        ) : (
          <Dropdown
            label={strings.openDeal}
            options={(deals ?? []).map((r) => ({ key: r.opportunity.id, text: `${r.opportunity.name ?? r.opportunity.account} · ${r.opportunity.account}` }))}
            selectedKey={chosen?.record.opportunity.id}
            onChange={(_e, option) => option && choose(String(option.key))}
            disabled={deals === undefined}
            styles={{ root: { maxWidth: 480 } }}
          />
        )}
        {chosen && <DealBidAdvice key={chosen.record.opportunity.id} record={chosen.record} interactions={chosen.interactions} locale={props.locale} now={now} />}
      </section>
      <section className={classNames.form} aria-label={strings.newPursuitHeading}>
        <h4>{strings.newPursuitHeading}</h4>
        <div className={classNames.row}>
          <TextField label={strings.account} value={form.account} onChange={(_e, v) => setForm({ ...form, account: v ?? '' })} />
          <Dropdown
            label={strings.team}
            options={[{ key: '', text: strings.noTeam }, ...teams.map((t) => ({ key: t, text: t }))]}
            selectedKey={form.team}
            onChange={(_e, option) => option && setForm({ ...form, team: String(option.key) })}
            styles={{ root: { minWidth: 160 } }}
          />
          <TextField label={strings.amount} value={form.amount} onChange={(_e, v) => setForm({ ...form, amount: v ?? '' })} inputMode="numeric" />
          <TextField label={strings.pursuitCost} value={form.cost} onChange={(_e, v) => setForm({ ...form, cost: v ?? '' })} inputMode="numeric" />
        </div>
        {blueprint && (
          <fieldset className={classNames.stages}>
            <legend>{strings.stagePath}</legend>
            {[...blueprint.stages].sort((x, y) => x.order - y.order).map((s) => (
              <Checkbox
                key={s.id}
                label={s.name}
                checked={path.includes(s.id)}
                onChange={(_e, checked) => setStages(checked === true ? [...path, s.id] : path.filter((id) => id !== s.id))}
              />
            ))}
          </fieldset>
        )}
        <div className={classNames.row}>
          <PrimaryButton text={strings.advise} onClick={adviseNew} disabled={history.phase !== 'loaded'} />
        </div>
        {advice && <BidAdviceCard view={advice.view} subject={advice.subject} locale={props.locale} />}
      </section>
    </div>
  );
}
