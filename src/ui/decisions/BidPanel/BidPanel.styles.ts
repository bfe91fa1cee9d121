import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IBidPanelClassNames {
  readonly root: string;
  readonly form: string;
  readonly row: string;
  readonly stages: string;
  readonly card: string;
  readonly decision: string;
  readonly lines: string;
}

export function getBidPanelClassNames(theme: ITheme): IBidPanelClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 16, paddingTop: 8 },
    form: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, display: 'flex', flexDirection: 'column', gap: 8 },
    row: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' },
    stages: { display: 'flex', flexWrap: 'wrap', gap: 12 },
    card: { borderLeft: `4px solid ${theme.palette.themePrimary}`, padding: '8px 12px', background: theme.semanticColors.bodyStandoutBackground },
    decision: { margin: '0 0 4px', fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    lines: { margin: 0, paddingLeft: 20 }
  });
}
