import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IFunnelChartClassNames {
  readonly root: string;
  readonly heading: string;
  readonly description: string;
  readonly svg: string;
  readonly table: string;
  readonly numeric: string;
  readonly leak: string;
}

/** Bar colours come from the theme so they follow light, dark and high-contrast themes. */
export function funnelColours(theme: ITheme): { readonly bar: string; readonly ideal: string; readonly text: string } {
  return { bar: theme.palette.themePrimary, ideal: theme.semanticColors.bodyText, text: theme.semanticColors.bodyText };
}

export function getFunnelChartClassNames(theme: ITheme): IFunnelChartClassNames {
  return mergeStyleSets({
    root: { minWidth: 0 },
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '0 0 4px' },
    description: { margin: '0 0 8px', color: theme.semanticColors.bodySubtext },
    svg: { width: '100%', height: 'auto', display: 'block' },
    table: {
      width: '100%',
      borderCollapse: 'collapse',
      fontSize: theme.fonts.small.fontSize,
      selectors: { 'th, td': { padding: '4px 6px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left' } }
    },
    numeric: { textAlign: 'right !important', fontVariantNumeric: 'tabular-nums' },
    leak: { margin: '6px 0 0', fontWeight: 600, color: theme.semanticColors.errorText }
  });
}
