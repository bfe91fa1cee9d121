import * as React from 'react';
import { Pivot, PivotItem, useTheme } from '@fluentui/react';
import { decisionsStringsFor } from '../../i18n/decisions';
import { BidPanel } from '../BidPanel';
import { LeadsPanel } from '../LeadsPanel';
import { ProposalsPanel } from '../ProposalsPanel';
import { ReviewPanel } from '../ReviewPanel';
import { getDecisionsAreaClassNames } from './DecisionsArea.styles';
import type { IDecisionsAreaProps } from './DecisionsArea.types';

/**
 * The decisions of the Sales Insights page, one tab each. Each tab mounts when opened, so a tab's
 * reads (the closed deals for proposals and bids) happen only when someone asks.
 */
export function DecisionsArea(props: IDecisionsAreaProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getDecisionsAreaClassNames(useTheme());
  const [tab, setTab] = React.useState<string>('proposals');
  return (
    <section className={classNames.root} aria-label={strings.heading}>
      <h3 className={classNames.heading}>{strings.heading}</h3>
      <Pivot overflowBehavior="menu" selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)} headersOnly aria-label={strings.heading}>
        <PivotItem itemKey="proposals" headerText={strings.tabs.proposals} />
        <PivotItem itemKey="bid" headerText={strings.tabs.bid} />
        <PivotItem itemKey="reviews" headerText={strings.tabs.reviews} />
        <PivotItem itemKey="leads" headerText={strings.tabs.leads} />
      </Pivot>
      {tab === 'proposals' && <ProposalsPanel locale={props.locale} clock={props.clock} />}
      {tab === 'bid' && <BidPanel locale={props.locale} clock={props.clock} />}
      {tab === 'reviews' && <ReviewPanel locale={props.locale} clock={props.clock} />}
      {tab === 'leads' && <LeadsPanel locale={props.locale} clock={props.clock} />}
    </section>
  );
}
