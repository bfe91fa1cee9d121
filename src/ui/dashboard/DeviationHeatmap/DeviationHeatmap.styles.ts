import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IDeviationHeatmapClassNames {
  readonly root: string;
  readonly header: string;
  readonly heading: string;
  readonly scroller: string;
  readonly table: string;
  readonly cell: string;
}

/**
 * Five steps of the theme's primary ramp, lightest first, with a text colour for each. Fluent's
 * palettes are generated per theme (dark themes invert the ramp), so every step keeps the body text
 * readable; the darkest step switches to the inverted text colour. The count is always printed, so
 * the colour is never the only carrier of the value.
 */
export function heatmapScale(theme: ITheme): readonly { readonly background: string; readonly color: string }[] {
  const p = theme.palette;
  const text = theme.semanticColors.bodyText;
  return [
    { background: 'transparent', color: text },
    { background: p.themeLighterAlt, color: text },
    { background: p.themeLighter, color: text },
    { background: p.themeLight, color: text },
    { background: p.themeDark, color: p.white }
  ];
}

/** The scale step (0-4) of a count: 0 only for zero, then quarters of `max`. */
export function heatmapStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max)));
}

export function getDeviationHeatmapClassNames(theme: ITheme): IDeviationHeatmapClassNames {
  return mergeStyleSets({
    root: { minWidth: 0 },
    header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 8 },
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: 0 },
    scroller: { overflowX: 'auto', maxHeight: 360, overflowY: 'auto', marginTop: 8 },
    table: {
      borderCollapse: 'collapse',
      fontSize: theme.fonts.small.fontSize,
      selectors: {
        'th, td': { padding: '4px 8px', border: `1px solid ${theme.semanticColors.bodyDivider}` },
        'thead th': { position: 'sticky', top: 0, background: theme.semanticColors.bodyBackground }
      }
    },
    cell: { textAlign: 'center', minWidth: 40, fontVariantNumeric: 'tabular-nums' }
  });
}
