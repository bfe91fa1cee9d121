/**
 * `npm run strings`: writes the SPFx string modules of the web parts (src/webparts/<web part>/loc)
 * from the product's one set of strings (src/ui/i18n/propertyPanes). tests/ui/i18n fails when they differ.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { webPartStringModules } from '../src/ui';

const root = join(__dirname, '..');
for (const [path, text] of Object.entries(webPartStringModules())) {
  writeFileSync(join(root, path), text);
  process.stdout.write(`wrote ${path}\n`);
}
