import { mergeStyleSets } from '@fluentui/react';

export interface ISalesInsightsAppClassNames {
  readonly layout: string;
  readonly models: string;
}

export function getSalesInsightsAppClassNames(): ISalesInsightsAppClassNames {
  return mergeStyleSets({
    layout: { display: 'grid', gap: 16 },
    models: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 16 }
  });
}
