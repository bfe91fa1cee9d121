/**
 * One operation of the product, run as its own process so that the crash harness can kill it anywhere:
 *   import <siteUrl> <file.csv> <now epoch ms>   the dashboard's interaction import (CSV, product preset)
 *   publish <siteUrl> <blueprint id>             publishes the blueprint's draft, if it has one
 * Prints `done` when the operation finished.
 */
import { readFileSync } from 'node:fs';
import { createNodeSp, createSharePointStores } from '../../../src/adapters/sharepoint';
import { INTERACTION_CSV_PRESETS } from '../../../src/interchange';
import { importInteractionsFile, publishDraft } from '../../../src/services';

async function run(argv: readonly string[]): Promise<void> {
  const [operation, siteUrl, arg, now] = argv;
  const stores = createSharePointStores(createNodeSp(siteUrl, { headers: { Authorization: 'Bearer user:owner' }, retry: { sleep: async () => undefined, random: () => 0.5 } }));
  if (operation === 'import') {
    const text = readFileSync(arg, 'utf8');
    const file = { name: arg, text: async () => text, arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer };
    await importInteractionsFile(stores, file, { preset: INTERACTION_CSV_PRESETS[1], now: Number(now) });
  } else if (operation === 'publish') {
    const draft = await stores.blueprints.getDraft(arg);
    if (draft !== undefined) await publishDraft(stores.blueprints, arg, draft.etag, draft.basedOnVersion);
  } else {
    throw new Error(`Unknown operation ${operation}`);
  }
  process.stdout.write('done\n');
}

run(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
