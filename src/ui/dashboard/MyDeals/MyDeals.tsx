import * as React from 'react';
import { Link, useTheme } from '@fluentui/react';
import { dashboardStringsFor } from '../../i18n/dashboard';
import { getMyDealsClassNames } from './MyDeals.styles';
import type { IMyDealsProps } from './MyDeals.types';

/** A seller's next missing exchanges on their own open deals (Teams personal app). */
export function MyDeals(props: IMyDealsProps): React.ReactElement {
  const strings = dashboardStringsFor(props.locale);
  const theme = useTheme();
  const classNames = getMyDealsClassNames(theme);
  return (
    <section className={classNames.root} aria-labelledby="vn-next-heading">
      <h3 id="vn-next-heading" className={classNames.heading}>{strings.nextExchangesHeading}</h3>
      {props.next.length === 0 ? (
        <p>{strings.nextExchangesNone}</p>
      ) : (
        <ul className={classNames.list} data-testid="next-exchanges">
          {props.next.map((n) => (
            <li key={`${n.opportunityId}:${n.transaction.id}`}>
              <Link onClick={() => props.onOpen(n.opportunityId)} styles={{ root: { color: theme.semanticColors.bodyText, textDecoration: 'underline' } }}>{n.opportunityName}</Link>: {n.transaction.deliverable}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
