import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface ISuccessPatternsClassNames {
  readonly root: string;
  readonly heading: string;
  readonly filters: string;
  readonly list: string;
  readonly item: string;
  readonly label: string;
  readonly badge: string;
  readonly detail: string;
  readonly note: string;
}

export function getSuccessPatternsClassNames(theme: ITheme): ISuccessPatternsClassNames {
  return mergeStyleSets({
    root: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 16, minWidth: 0 },
    heading: { margin: '0 0 8px', fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    filters: { display: 'flex', flexWrap: 'wrap', gap: 12, margin: '8px 0' },
    list: { margin: 0, paddingLeft: 24 },
    item: { margin: '8px 0' },
    label: { fontWeight: 600 },
    badge: { marginLeft: 8, padding: '0 6px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 8, fontSize: theme.fonts.small.fontSize },
    detail: { margin: '2px 0', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    note: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize }
  });
}
