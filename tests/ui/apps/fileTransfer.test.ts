import { readFileSync } from 'fs';
import * as path from 'path';
import { exportFiles, importFile } from '../../../src/ui/apps/ValueNetworkDesignerApp/fileTransfer';
import { richBlueprint } from '../../fixtures/interchange/bpel/richBlueprint';

describe('Designer file transfer: BPEL profiles and import warnings', () => {
  it.each([
    ['bpel', 'http://docs.oasis-open.org/wsbpel/2.0/process/abstract', 0],
    ['bpel-executable', 'http://docs.oasis-open.org/wsbpel/2.0/process/executable', 1]
  ] as const)('exports %s as the process in %s plus the WSDL it imports', async (format, namespace, startReceives) => {
    const files = await exportFiles(richBlueprint, format);
    expect(files.map((f) => [f.name.replace(/^.*\./, ''), f.type])).toEqual([
      ['bpel', 'application/xml'],
      ['wsdl', 'application/xml']
    ]);
    expect(files[0].text).toContain(`xmlns="${namespace}"`);
    expect(files[0].text.split('createInstance="yes"').length - 1).toBe(startReceives);
    expect(files[0].text).toContain(`location="${files[1].name}"`);
  });

  it('round-trips both profiles without warnings', async () => {
    for (const format of ['bpel', 'bpel-executable'] as const) {
      const [bpel] = await exportFiles(richBlueprint, format);
      expect(await importFile(bpel.name, bpel.text)).toStrictEqual({ blueprint: richBlueprint, warnings: [] });
    }
  });

  it('returns the warnings of a foreign process with their lines', async () => {
    const text = readFileSync(path.resolve(__dirname, '../../fixtures/interchange/bpel/prefixedAbstract.bpel'), 'utf8');
    expect((await importFile('intake.bpel', text)).warnings).toEqual([
      'Activities without a message are not part of a blueprint and were left out: 1 <opaqueActivity>. (line 15)',
      'Loops (1 <while>, 1 <repeatUntil>) are not kept: each message inside one is imported once, as optional (repeatUntil: required), not as a repetition. (line 16)'
    ]);
  });
});
