import { startEmulatorServer, type EmulatorServer } from '../helpers';
import { pnpFor } from './pnpClient';

describe('SharePoint emulator: fields through PnPjs', () => {
  let emu: EmulatorServer;
  beforeEach(async () => {
    emu = await startEmulatorServer();
    await pnpFor(emu.siteUrl).web.lists.add('Opportunities');
  });
  afterEach(async () => {
    await emu.close(true);
  });

  it('adds every column type PnPjs offers and reports them back', async () => {
    const fields = pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').fields;
    await fields.addText('VNExternalId', { MaxLength: 100 });
    await fields.addNumber('VNScore');
    await fields.addCurrency('VNAmount');
    await fields.addDateTime('VNCloseDate');
    await fields.addChoice('VNStatus', { Choices: ['open', 'won', 'lost'] });
    await fields.addBoolean('VNStrategic');
    await fields.addMultilineText('VN Notes');
    await fields.addUser('VNOwner');
    const all = await fields.select('InternalName', 'TypeAsString', 'FieldTypeKind')();
    const custom = all.slice(9).map((f) => [f.InternalName, f.TypeAsString, f.FieldTypeKind]);
    expect(custom).toEqual([
      ['VNExternalId', 'Text', 2],
      ['VNScore', 'Number', 9],
      ['VNAmount', 'Currency', 10],
      ['VNCloseDate', 'DateTime', 4],
      ['VNStatus', 'Choice', 6],
      ['VNStrategic', 'Boolean', 8],
      ['VN_x0020_Notes', 'Note', 3],
      ['VNOwner', 'User', 20]
    ]);
    const status = await fields.getByInternalNameOrTitle('VNStatus').select('Choices')();
    expect(status.Choices).toEqual(['open', 'won', 'lost']);
    const text = (await fields.getByInternalNameOrTitle('VNExternalId').select('MaxLength')()) as { MaxLength?: number };
    expect(text.MaxLength).toBe(100);
  });

  it('returns the new field in odata=verbose as PnPjs fields.add asks for', async () => {
    const result = await pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').fields.addText('VNAccount');
    expect(result.InternalName).toBe('VNAccount');
    expect((result as { __metadata?: { type: string } }).__metadata?.type).toBe('SP.FieldText');
  });

  it('creates an indexed unique column from XML, keeping Name only with AddFieldInternalNameHint', async () => {
    const fields = pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').fields;
    const hinted = await fields.createFieldAsXml({
      SchemaXml: '<Field Type="Text" DisplayName="External id" Name="VNKey" Indexed="TRUE" EnforceUniqueValues="TRUE" />',
      Options: 8
    });
    expect([hinted.InternalName, hinted.Title, hinted.Indexed, hinted.EnforceUniqueValues]).toEqual(['VNKey', 'External id', true, true]);
    const plain = await fields.createFieldAsXml('<Field Type="Choice" DisplayName="Deal stage" Name="VNStage"><CHOICES><CHOICE>qualify</CHOICE><CHOICE>propose</CHOICE></CHOICES></Field>');
    expect([plain.InternalName, plain.Choices]).toEqual(['Deal_x0020_stage', ['qualify', 'propose']]);
  });

  it('indexes a column and then enforces unique values on it', async () => {
    const fields = pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').fields;
    await fields.addText('VNExternalId');
    const field = fields.getByInternalNameOrTitle('VNExternalId');
    await expect(field.update({ EnforceUniqueValues: true })).rejects.toMatchObject({ status: 400 });
    await field.update({ Indexed: true });
    await field.update({ EnforceUniqueValues: true });
    const after = await field.select('Indexed', 'EnforceUniqueValues')();
    expect([after.Indexed, after.EnforceUniqueValues]).toEqual([true, true]);
  });

  it('refuses unique values while the column holds duplicates', async () => {
    const sp = pnpFor(emu.siteUrl);
    const list = sp.web.lists.getByTitle('Opportunities');
    await list.fields.addText('VNExternalId', { Indexed: true });
    await list.items.add({ VNExternalId: 'A-1' });
    await list.items.add({ VNExternalId: 'a-1' });
    await expect(list.fields.getByInternalNameOrTitle('VNExternalId').update({ EnforceUniqueValues: true })).rejects.toMatchObject({ status: 500 });
  });
});
