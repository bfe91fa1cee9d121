/**
 * Renders the Teams icons in teams/ from the SVG sources in teams/icons/: a 192x192 colour icon (white
 * glyph on the brand colour) and a 32x32 outline icon (white glyph on transparent), as Teams requires.
 * Run with `npx tsx scripts/render-teams-icons.ts` after changing an SVG; the PNGs are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(__dirname, '..');
const webParts: Record<string, string> = {
  valueNetworkDesigner: '23c26a5b-d4e1-4690-9a5b-143d31bfd6ed',
  processBlueprint: 'cc6be91f-4f59-4c94-a999-be0dc9a8471e',
  performanceDashboard: '27a2f8a8-cb60-40de-8df5-c72fcd44e844',
  salesInsights: 'e01570e5-68da-4e16-9f0a-53a2b7cc0ef6'
};
const brand = '#5b5fc7';

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const [name, id] of Object.entries(webParts)) {
      const svg = readFileSync(join(root, 'teams', 'icons', `${name}.svg`), 'utf8');
      for (const variant of ['color', 'outline'] as const) {
        const size = variant === 'color' ? 192 : 32;
        const glyph = variant === 'color' ? 120 : 32;
        const background = variant === 'color' ? brand : 'transparent';
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(
          `<body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px;display:flex;align-items:center;justify-content:center;background:${background};color:#fff">` +
            svg.replace('<svg ', `<svg width="${glyph}" height="${glyph}" `) +
            '</div></body>'
        );
        const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        writeFileSync(join(root, 'teams', `${id}_${variant}.png`), png);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
