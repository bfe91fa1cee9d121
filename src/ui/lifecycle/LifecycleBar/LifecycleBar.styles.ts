import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface ILifecycleBarClassNames {
  readonly status: string;
  readonly live: string;
  readonly diff: string;
}

export function getLifecycleBarClassNames(theme: ITheme): ILifecycleBarClassNames {
  return mergeStyleSets({
    status: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px', margin: '4px 0 8px', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    live: { fontWeight: 600, color: theme.semanticColors.bodyText },
    diff: { maxHeight: 240, overflowY: 'auto', marginTop: 4 }
  });
}
