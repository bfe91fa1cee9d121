import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IAlertFeedClassNames {
  readonly root: string;
  readonly heading: string;
  readonly list: string;
  readonly item: string;
  readonly selected: string;
  readonly title: string;
  readonly meta: string;
  readonly actions: string;
}

export function getAlertFeedClassNames(theme: ITheme): IAlertFeedClassNames {
  return mergeStyleSets({
    root: { minWidth: 0, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12 },
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '0 0 6px' },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: { padding: '8px 0', borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, selectors: { ':first-child': { borderTop: 'none' } } },
    selected: { background: theme.semanticColors.listItemBackgroundChecked },
    title: { fontWeight: 600 },
    meta: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    actions: { display: 'flex', gap: 8, marginTop: 4 }
  });
}
