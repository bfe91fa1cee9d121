import { contrastRatio, PALETTE_BACKGROUND, relativeLuminance, stageColour, stagePalette } from '../../../src/ui/designer/stagePalette';

describe('stage palette', () => {
  it('computes WCAG luminance and contrast exactly', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(['light', 'dark', 'highContrast'] as const)('keeps every %s colour at 4.5:1 or more against its canvas, all distinct', (theme) => {
    const palette = stagePalette(theme);
    expect(palette).toHaveLength(8);
    expect(new Set(palette).size).toBe(8);
    for (const colour of palette) expect(contrastRatio(colour, PALETTE_BACKGROUND[theme])).toBeGreaterThanOrEqual(4.5);
  });

  it('cycles through the palette by stage index', () => {
    expect(stageColour('light', 0)).toBe('#0b6aa2');
    expect(stageColour('light', 8)).toBe('#0b6aa2');
    expect(stageColour('dark', 9)).toBe('#f0a04b');
  });
});
