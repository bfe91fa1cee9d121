/**
 * @jest-environment jsdom
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
// The package's main entry is ES modules, which this jest setup does not transform; the UMD build is the same code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');
import { buildAlertCard } from '../../../src/core/alerts/alertCard';
import { digestOf, IMMEDIATE, TAB, TEAM_DIGEST } from '../../fixtures/alerts/plannedAlerts';

const root = join(resolve(__dirname, '../../../../shared/fixtures'), 'adaptive-cards');
const readJson = (...parts: string[]): Record<string, unknown> => JSON.parse(readFileSync(join(root, ...parts), 'utf8')) as Record<string, unknown>;

/** WCAG relative luminance of `#rrggbb` or `#aarrggbb` (alpha ignored: the configs use opaque text). */
function luminance(hex: string): number {
  const rgb = hex.replace('#', '').slice(-6);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

(existsSync(root) ? describe : describe.skip)('alert cards against the Adaptive Cards 1.5 schema and the Teams host configs', () => {
  const cards = { immediate: buildAlertCard(IMMEDIATE, TAB, 'claim-1'), digest: buildAlertCard(digestOf(200), TAB, 'claim-2'), team: buildAlertCard(TEAM_DIGEST, TAB, 'claim-3') };

  it('validates against the official 1.5 schema (draft-06) with ajv', () => {
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-06.json'));
    const validate = ajv.compile(readJson('schema-1.5', 'adaptive-card.json'));
    for (const card of Object.values(cards)) {
      expect([validate(card), validate.errors ?? []]).toEqual([true, []]);
    }
    // The check is real: a card with an unknown element type fails.
    expect(validate({ ...cards.immediate, body: [{ type: 'Nonsense' }] })).toBe(false);
  });

  for (const theme of ['light', 'dark']) {
    it(`renders in the Teams ${theme} host config with every text at 4.5:1 contrast or more`, () => {
      const hostConfig = readJson('host-config', `microsoft-teams-${theme}.json`);
      const styles = hostConfig.containerStyles as { default: { backgroundColor: string; foregroundColors: { default: { default: string; subtle: string } } } };
      const card = new AC.AdaptiveCard();
      card.hostConfig = new AC.HostConfig(hostConfig);
      card.parse(cards.immediate);
      const element = card.render();
      expect(element).toBeDefined();
      // adaptivecards writes text through `innerText`, which jsdom keeps as a plain property (no layout).
      const texts = [...(element as HTMLElement).querySelectorAll('.ac-textBlock')].map((node) => [node, ...node.querySelectorAll('*')].map((n) => (n as HTMLElement).innerText ?? '').join(''));
      expect(texts).toEqual(['Missing: Acme & Co "big" deal', 'Rule: Missing <exchanges>', 'High \u00b7 Acme & Co "big" deal', 'Business case <b>missing</b> \\*now\\*', 'Ref claim-1']);
      // Without a markdown processor the SDK shows the markdown source: the HTML stayed text, the escapes show.
      const colours = [...(element as HTMLElement).querySelectorAll('.ac-textBlock')].map((node) => (node as HTMLElement).style.color);
      // jsdom reports rgb()/rgba(); every text uses the default or subtle foreground of the host config.
      expect(new Set(colours).size).toBeLessThanOrEqual(2);
      const background = styles.default.backgroundColor;
      expect(contrast(styles.default.foregroundColors.default.default, background)).toBeGreaterThanOrEqual(4.5);
      // Subtle text is the default colour at 75% alpha over the background: still above 4.5:1 here.
      expect(contrast(styles.default.foregroundColors.default.default, background) * 0.75).toBeGreaterThanOrEqual(4.5);
      const action = (element as HTMLElement).querySelector('.ac-pushButton');
      expect(action?.getAttribute('aria-label')).toBe('Open the opportunity');
    });
  }
});
