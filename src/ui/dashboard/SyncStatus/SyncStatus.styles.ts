import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface ISyncStatusClassNames {
  readonly root: string;
  readonly heading: string;
  readonly subheading: string;
  readonly table: string;
  readonly number: string;
  readonly error: string;
}

export function getSyncStatusClassNames(theme: ITheme): ISyncStatusClassNames {
  return mergeStyleSets({
    root: { minWidth: 0, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, overflowX: 'auto' },
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '0 0 6px' },
    subheading: { fontSize: theme.fonts.medium.fontSize, fontWeight: 600, margin: '12px 0 6px' },
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` } } },
    number: { textAlign: 'right' },
    error: { color: theme.semanticColors.errorText }
  });
}
