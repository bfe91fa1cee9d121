import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { startWorkbench, type Workbench } from '../../workbench/server/app';

/** Debian's Chromium; `npx playwright install` cannot download a browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const screenshotDir = join(__dirname, '..', '..', 'test-results', 'screenshots');

export function launchChromium(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
}

export interface RunningWorkbench extends Workbench {
  dispose(): Promise<void>;
}

/** A workbench on a free loopback port with a throw-away data folder. */
export async function startTestWorkbench(): Promise<RunningWorkbench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-e2e-'));
  const workbench = await startWorkbench({ port: 0, dataDir });
  return {
    ...workbench,
    dispose: async () => {
      await workbench.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
