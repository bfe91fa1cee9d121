import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IModelCardClassNames {
  readonly root: string;
  readonly heading: string;
  readonly facts: string;
  readonly table: string;
  readonly tableScroll: string;
  readonly caption: string;
  readonly cell: string;
  readonly number: string;
  readonly bars: string;
  readonly bar: string;
  readonly predictedBar: string;
  readonly observedBar: string;
  readonly subheading: string;
}

export function getModelCardClassNames(theme: ITheme): IModelCardClassNames {
  const bar = { height: 8, borderRadius: 2, minWidth: 1, forcedColorAdjust: 'none' as const };
  return mergeStyleSets({
    root: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 16, background: theme.semanticColors.bodyStandoutBackground, minWidth: 0 },
    heading: { margin: '0 0 8px', fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    subheading: { margin: '16px 0 4px', fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    facts: { margin: '0 0 8px', padding: 0, listStyle: 'none', color: theme.semanticColors.bodySubtext, selectors: { li: { margin: '2px 0' } } },
    tableScroll: { overflowX: 'auto', maxWidth: '100%' },
    caption: { margin: '8px 0 0', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    table: { borderCollapse: 'collapse', width: '100%', margin: '8px 0', selectors: { caption: { textAlign: 'left', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize, paddingBottom: 4 } } },
    cell: { borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '4px 8px 4px 0', textAlign: 'left', verticalAlign: 'middle' },
    number: { borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '4px 8px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
    bars: { display: 'grid', gap: 2, width: 'clamp(48px, 25vw, 120px)' },
    bar,
    predictedBar: { ...bar, background: theme.palette.neutralTertiary, selectors: { '@media (forced-colors: active)': { background: 'GrayText' } } },
    observedBar: { ...bar, background: theme.palette.themePrimary, selectors: { '@media (forced-colors: active)': { background: 'Highlight' } } }
  });
}
