import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const packagePath = join(__dirname, '..', '..', 'sharepoint', 'solution', 'valuenetworks.sppkg');

/**
 * SharePoint Online's content security policy (script-src without 'unsafe-eval' for tenants that
 * enforce it) refuses code compiled from strings at run time. The bundles hold none: not even webpack's
 * runtime fallback for a missing `globalThis` (`new Function("return this")`), which the build replaces
 * with `globalThis` itself (gulpfile.js, GlobalThisRuntimePlugin).
 */
const STRING_COMPILED = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|setTimeout\s*\(\s*["'`]|setInterval\s*\(\s*["'`]/g;

describe('the bundles SharePoint loads compile no code from strings', () => {
  let bundles: { name: string; text: string }[];

  beforeAll(async () => {
    if (!existsSync(packagePath)) throw new Error(`Build the package first: npm run ship (missing ${packagePath})`);
    const zip = await JSZip.loadAsync(readFileSync(packagePath));
    const names = Object.keys(zip.files).filter((name) => name.startsWith('ClientSideAssets/') && name.endsWith('.js'));
    bundles = await Promise.all(names.map(async (name) => ({ name: name.replace(/^ClientSideAssets\//, '').replace(/_[0-9a-f]{20,}\.js$/, ''), text: await (zip.file(name) as JSZip.JSZipObject).async('string') })));
  });

  it('has no eval, new Function or string timers in any bundle or chunk', () => {
    const found = bundles.flatMap(({ name, text }) => [...text.matchAll(STRING_COMPILED)].map((m) => `${name}: ${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40)}`));
    expect(found).toEqual([]);
  });

  it('finds the global object as globalThis in every web part bundle', () => {
    const withGlobalThis = bundles.filter((b) => /__webpack_require__\.g\s*=\s*globalThis|\.g=globalThis/.test(b.text)).map((b) => b.name).sort();
    expect(withGlobalThis).toEqual(['performance-dashboard-web-part', 'process-blueprint-web-part', 'sales-insights-web-part', 'value-network-designer-web-part']);
  });
});
