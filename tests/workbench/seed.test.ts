import { generateDemoOrganisation } from '../../workbench/demo';
import { seedWorkbench } from '../../workbench/seed';
import { startEmulatorServer, type EmulatorServer } from './helpers';

describe('seedWorkbench', () => {
  let emu: EmulatorServer;
  beforeAll(async () => {
    emu = await startEmulatorServer();
  });
  afterAll(async () => {
    await emu.close(true);
  });

  it('seeds a small demo organisation through the adapters, and a second run imports nothing new', async () => {
    const org = generateDemoOrganisation({ seed: 3, scale: 0.01 });
    const first = await seedWorkbench(emu.siteUrl, org, { retry: { sleep: async () => undefined } });
    expect(first.blueprintSaved).toBe(true);
    expect(first.imported.opportunities.accepted).toBe(org.opportunities.length);
    expect(first.imported.interactions.accepted).toBe(org.interactions.length);
    expect(first.analysis.analysed).toBe(org.opportunities.length);
    const second = await seedWorkbench(emu.siteUrl, org, { retry: { sleep: async () => undefined } });
    expect(second.provisioning.changes).toEqual([]);
    expect(second.blueprintSaved).toBe(false);
    expect([second.imported.opportunities.accepted, second.imported.interactions.accepted, second.imported.interactions.alreadyStored]).toEqual([0, 0, org.interactions.length]);
    expect(second.analysis.analysed).toBe(0);
  }, 120_000);
});
