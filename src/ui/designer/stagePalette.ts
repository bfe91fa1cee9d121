/**
 * Colours that encode a transaction's stage in the diagram (a data-encoding palette, so not theme
 * tokens). One palette per theme kind, each checked in tests for at least 3:1 contrast against that
 * theme's canvas (WCAG 2.1 SC 1.4.11, non-text contrast). Colour is never the only cue: every arrow
 * also carries its stage in its label and in the legend, and kind is encoded by the dash pattern.
 */
import type { ThemeKind } from '../../services';

// Okabe-Ito inspired hues (distinguishable with the common colour-vision deficiencies), darkened for
// light canvases and lightened for dark ones.
const PALETTES: Readonly<Record<ThemeKind, readonly string[]>> = {
  light: ['#0b6aa2', '#b34700', '#00775a', '#a2417c', '#6b5b00', '#5b4bb7', '#8a3b12', '#2f6f2f'],
  dark: ['#56b4e9', '#f0a04b', '#3fd0a0', '#f29ccc', '#f0e442', '#b9a7ff', '#ff8f6b', '#9be38f'],
  highContrast: ['#ffff00', '#00ffff', '#ffffff', '#ff9de2', '#7fff7f', '#ffb870', '#c8b4ff', '#ff8080']
};

/** The canvas each palette is checked against (the workbench and Fluent themes' body backgrounds). */
export const PALETTE_BACKGROUND: Readonly<Record<ThemeKind, string>> = { light: '#ffffff', dark: '#1f1f1f', highContrast: '#000000' };

/** The palette of a theme kind; stage i (in stage order) takes colour i modulo its length. */
export function stagePalette(theme: ThemeKind): readonly string[] {
  return PALETTES[theme];
}

/** Colour of the stage at 0-based `index`; cycles when there are more stages than colours. */
export function stageColour(theme: ThemeKind, index: number): string {
  const palette = PALETTES[theme];
  return palette[((index % palette.length) + palette.length) % palette.length];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/** WCAG relative luminance of a `#rrggbb` colour, in [0, 1]. */
export function relativeLuminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two `#rrggbb` colours, in [1, 21]; symmetric. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
