import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface ICoachingViewClassNames {
  readonly root: string;
  readonly header: string;
  readonly heading: string;
  readonly description: string;
  readonly filter: string;
  readonly scroller: string;
  readonly table: string;
  readonly numeric: string;
  readonly below: string;
  readonly list: string;
  readonly item: string;
  readonly reasons: string;
}

export function getCoachingViewClassNames(theme: ITheme): ICoachingViewClassNames {
  return mergeStyleSets({
    root: { minWidth: 0, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12 },
    header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 8 },
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '0 0 4px' },
    description: { margin: '0 0 8px', color: theme.semanticColors.bodySubtext, overflowWrap: 'anywhere' },
    filter: { minWidth: 160, maxWidth: '100%' },
    // The table scrolls inside its own region on narrow screens; the page never scrolls sideways.
    scroller: { overflowX: 'auto', maxWidth: '100%', marginTop: 8 },
    table: {
      borderCollapse: 'collapse',
      fontSize: theme.fonts.small.fontSize,
      selectors: { 'th, td': { padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left', whiteSpace: 'nowrap' } }
    },
    numeric: { textAlign: 'right !important', fontVariantNumeric: 'tabular-nums' },
    // Below the benchmark: bold and the error colour, so it does not rest on colour alone.
    below: { fontWeight: 600, color: theme.semanticColors.errorText },
    list: { margin: 0, padding: 0, listStyle: 'none' },
    item: { padding: '8px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, overflowWrap: 'anywhere' },
    reasons: { margin: '4px 0', paddingLeft: 18 }
  });
}
