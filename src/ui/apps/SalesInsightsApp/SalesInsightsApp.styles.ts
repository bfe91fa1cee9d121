import { mergeStyleSets } from '@fluentui/react';

export interface ISalesInsightsAppClassNames {
  readonly layout: string;
  readonly models: string;
  readonly readOnly: string;
}

export function getSalesInsightsAppClassNames(): ISalesInsightsAppClassNames {
  return mergeStyleSets({
    layout: { display: 'grid', gap: 16 },
    // min() keeps one column inside a 320 px phone or Teams pane instead of scrolling sideways.
    models: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))', gap: 16 },
    readOnly: { margin: 0 }
  });
}
