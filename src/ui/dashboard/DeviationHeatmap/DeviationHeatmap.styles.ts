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
  const page = theme.semanticColors.bodyBackground;
  // Not every theme inverts the ramp (the project's dark theme keeps light tints), so the text colour
  // is whichever of body text and page background contrasts more with the cell.
  const on = (background: string): string => (contrastRatio(background, text) >= contrastRatio(background, page) ? text : page);
  return [
    { background: 'transparent', color: text },
    ...[p.themeLighterAlt, p.themeLighter, p.themeLight, p.themeDark].map((background) => ({ background, color: on(background) }))
  ];
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 0;
  const channel = (i: number): number => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21); other notations count as black. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((u, v) => v - u);
  return (x + 0.05) / (y + 0.05);
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
