import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { diffBlueprints } from '../../../core/model';
import { diffLines } from '../diffLines';
import { getBlueprintDiffViewClassNames } from './BlueprintDiffView.styles';
import type { IBlueprintDiffViewProps } from './BlueprintDiffView.types';

/** What changed from one blueprint version to another, as sentences grouped by section. */
export function BlueprintDiffView(props: IBlueprintDiffViewProps): React.ReactElement {
  const classNames = getBlueprintDiffViewClassNames(useTheme());
  const sections = React.useMemo(() => diffLines(diffBlueprints(props.before, props.after), props.strings), [props.before, props.after, props.strings]);
  const Heading = props.headingLevel === 4 ? 'h4' : 'h5';
  if (sections.length === 0) return <p className={classNames.root}>{props.strings.noDifferences}</p>;
  return (
    <div className={classNames.root} data-testid="blueprint-diff">
      {sections.map((section) => (
        <section key={section.key} aria-label={section.title}>
          <Heading className={classNames.title}>{section.title}</Heading>
          <ul className={classNames.list}>
            {section.lines.map((line, i) => <li key={i}>{line}</li>)}
          </ul>
        </section>
      ))}
    </div>
  );
}
