/**
 * `npm start`: the local workbench on loopback. Options:
 *   --port <n>   port to listen on (default 4321, or $PORT)
 *   --data <dir> where emulated SharePoint and Graph keep their data (default .data/workbench)
 *   --reset      wipe the data folder and reseed the demo organisation
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWorkbench } from './app';
import { seedSharePointOnce } from './demo';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      data: { type: 'string', default: '.data/workbench' },
      reset: { type: 'boolean', default: false }
    }
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number, not "${values.port}".`);
  }
  const dataDir = resolve(values.data ?? '.data/workbench');
  if (values.reset) rmSync(dataDir, { recursive: true, force: true });

  const workbench = await startWorkbench({ port, dataDir });
  console.log(`ValueNetworks workbench: ${workbench.url}  (data in ${dataDir}; Ctrl-C stops)`);
  const stop = (): void => {
    workbench.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const started = Date.now();
  console.log('Setting up the emulated site with the demo sales organisation (first start of a data folder only)...');
  const report = await seedSharePointOnce(workbench.siteUrl, workbench.demo, dataDir);
  if (report) {
    const { opportunities, interactions } = report.imported;
    console.log(
      `Seeded ${opportunities.accepted} opportunities and ${interactions.accepted} interactions, analysed ${report.analysis.analysed} ` +
        `in ${Math.round((Date.now() - started) / 1000)} s. Ready.`
    );
  } else {
    console.log('Demo data already in place. Ready.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
