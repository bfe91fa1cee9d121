import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IMyDealsClassNames {
  readonly root: string;
  readonly heading: string;
  readonly list: string;
}

export function getMyDealsClassNames(theme: ITheme): IMyDealsClassNames {
  return mergeStyleSets({
    root: { minWidth: 0, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12},
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '0 0 6px' },
    list: { margin: 0, paddingLeft: 18, selectors: { li: { margin: '2px 0' } } }
  });
}
