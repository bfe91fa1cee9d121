import { fieldSchemaXml, planProvisioning } from '../../../src/adapters/sharepoint/provisioningPlan';
import type { SiteSchema } from '../../../src/adapters/sharepoint/schema';

const schema: SiteSchema = {
  version: 3,
  lists: [
    {
      key: 'blueprints',
      title: 'Blueprints',
      description: 'd',
      versioning: true,
      fields: [
        { internalName: 'VNBlueprintId', title: 'Blueprint id', kind: 'text', indexed: true, unique: true },
        { internalName: 'VNStatus', title: 'Status', kind: 'choice', indexed: true, unique: false, choices: ['draft', 'published'] }
      ]
    }
  ]
};

describe('planProvisioning', () => {
  it('creates a missing list with its columns and records the version last', () => {
    expect(planProvisioning(schema, { lists: [], schemaVersion: undefined }).map((s) => s.kind)).toEqual(['createList', 'addField', 'addField', 'writeSchemaVersion']);
  });
  it('adds versioning, an index before uniqueness, and nothing for columns that are right', () => {
    const steps = planProvisioning(schema, {
      lists: [{ title: 'blueprints', versioning: false, fields: [{ internalName: 'VNBlueprintId', indexed: false, unique: false }, { internalName: 'VNStatus', indexed: true, unique: false }, { internalName: 'Extra', indexed: false, unique: false }] }],
      schemaVersion: 2
    });
    expect(steps.map((s) => s.kind)).toEqual(['enableVersioning', 'indexField', 'enforceUnique', 'writeSchemaVersion']);
  });
  it('plans nothing on an up-to-date or newer site, and only the version when that alone is missing', () => {
    const complete = { title: 'Blueprints', versioning: true, fields: [{ internalName: 'VNBlueprintId', indexed: true, unique: true }, { internalName: 'VNStatus', indexed: true, unique: false }] };
    expect(planProvisioning(schema, { lists: [complete], schemaVersion: 3 })).toEqual([]);
    expect(planProvisioning(schema, { lists: [], schemaVersion: 4 })).toEqual([]);
    expect(planProvisioning(schema, { lists: [complete], schemaVersion: undefined })).toEqual([{ kind: 'writeSchemaVersion', version: 3 }]);
  });
  it('writes field XML that keeps the internal name and escapes text', () => {
    expect(fieldSchemaXml({ internalName: 'VNStatus', title: 'Status "now"', kind: 'choice', indexed: true, unique: false, choices: ['a&b'] })).toBe(
      '<Field Type="Choice" DisplayName="Status &quot;now&quot;" Name="VNStatus" StaticName="VNStatus" Indexed="TRUE"><CHOICES><CHOICE>a&amp;b</CHOICE></CHOICES></Field>'
    );
  });
});
