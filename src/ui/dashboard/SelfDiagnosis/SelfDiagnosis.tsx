import * as React from 'react';
import { Link, useTheme } from '@fluentui/react';
import { coachingStringsFor } from '../../i18n/coaching';
import { formatPercent } from '../format';
import { getSelfDiagnosisClassNames } from './SelfDiagnosis.styles';
import type { ISelfDiagnosisProps } from './SelfDiagnosis.types';

/**
 * A seller's self-diagnosis (personal app): her biggest leak against the benchmark, and the one or
 * two exchanges she misses more often than the top performers, with the open deals they affect.
 */
export function SelfDiagnosis(props: ISelfDiagnosisProps): React.ReactElement {
  const strings = coachingStringsFor(props.locale);
  const theme = useTheme();
  const classNames = getSelfDiagnosisClassNames(theme);
  const percent = (v: number | undefined): string => formatPercent(v, props.locale, strings.notAvailable);
  const leak = props.funnel.stages.find((s) => s.stageId === props.funnel.biggestLeak);
  const stageName = (id: string): string => props.blueprint.stages.find((s) => s.id === id)?.name ?? id;
  return (
    <section className={classNames.root} aria-labelledby="vn-self-heading" data-testid="self-diagnosis">
      <h3 id="vn-self-heading" className={classNames.heading}>{strings.selfHeading}</h3>
      <p className={classNames.leak} data-testid="self-leak">
        {leak ? strings.selfLeak(stageName(leak.stageId), percent(leak.conversion), percent(leak.idealConversion)) : strings.selfNoLeak}
      </p>
      <h4 className={classNames.subheading}>{strings.behavioursHeading}</h4>
      <p className={classNames.description}>{strings.behavioursDescription(props.gaps.myDeals, props.gaps.bestDeals)}</p>
      {props.gaps.gaps.length === 0 ? (
        <p>{strings.behavioursNone}</p>
      ) : (
        <ul className={classNames.list} data-testid="behaviour-gaps">
          {props.gaps.gaps.map((gap) => (
            <li key={gap.transaction.id}>
              <span data-testid="behaviour-gap">{strings.behaviourGap(gap.transaction.deliverable, percent(gap.mine), percent(gap.best))}</span>
              {gap.affected.length > 0 && (
                <ul className={classNames.deals} aria-label={strings.affectedDeals}>
                  {gap.affected.map((r) => (
                    <li key={r.opportunity.id}>
                      <Link onClick={() => props.onOpen(r.opportunity.id)} styles={{ root: { color: theme.semanticColors.bodyText, textDecoration: 'underline' } }}>{r.opportunity.name ?? r.opportunity.id}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
