import * as React from 'react';
import { MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { decisionsStringsFor } from '../../i18n/decisions';
import { getBidPanelClassNames } from './BidPanel.styles';
import type { IBidAdviceCardProps } from './BidPanel.types';

/** The recommendation, the sentences it rests on, and a warning when too few comparable pursuits exist. */
export function BidAdviceCard(props: IBidAdviceCardProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getBidPanelClassNames(useTheme());
  const { view } = props;
  return (
    <section className={classNames.card} aria-label={strings.adviceFor(props.subject)} data-decision={view.decision} aria-live="polite">
      <h4 className={classNames.decision}>{view.headline}</h4>
      <ul className={classNames.lines}>
        {view.lines.map((line, i) => <li key={i}>{line}</li>)}
      </ul>
      {view.thin && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{view.thin}</MessageBar>}
    </section>
  );
}
