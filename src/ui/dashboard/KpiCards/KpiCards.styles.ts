import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IKpiCardsClassNames {
  readonly root: string;
  readonly card: string;
  readonly label: string;
  readonly value: string;
  readonly detail: string;
  readonly definition: string;
}

export function getKpiCardsClassNames(theme: ITheme): IKpiCardsClassNames {
  return mergeStyleSets({
    root: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 12, margin: 0, padding: 0, listStyle: 'none' },
    card: {
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderRadius: 4,
      padding: 12,
      background: theme.semanticColors.bodyStandoutBackground,
      minWidth: 0
    },
    label: { display: 'flex', alignItems: 'center', gap: 4, fontWeight: 600, margin: 0 },
    value: { fontSize: theme.fonts.xxLarge.fontSize, fontWeight: 600, margin: '4px 0' },
    detail: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize, margin: 0 },
    definition: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize, margin: '6px 0 0' }
  });
}
