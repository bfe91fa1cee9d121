import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

const packagePath = join(__dirname, '..', '..', 'sharepoint', 'solution', 'valuenetworks.sppkg');
const featureId = '4229a70d-2039-40c5-a40e-fcc79a80bcb7';
const webParts = {
  '23c26a5b-d4e1-4690-9a5b-143d31bfd6ed': 'Value Network Designer',
  'cc6be91f-4f59-4c94-a999-be0dc9a8471e': 'Process Blueprint',
  '27a2f8a8-cb60-40de-8df5-c72fcd44e844': 'Performance Dashboard',
  'e01570e5-68da-4e16-9f0a-53a2b7cc0ef6': 'Sales Insights'
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true });

let zip: JSZip;

beforeAll(async () => {
  if (!existsSync(packagePath)) throw new Error(`Build the package first: npm run ship (missing ${packagePath})`);
  zip = await JSZip.loadAsync(readFileSync(packagePath));
});

async function xml(path: string): Promise<Record<string, any>> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is not in the package`);
  return parser.parse(await file.async('string')) as Record<string, any>;
}

describe('sharepoint/solution/valuenetworks.sppkg', () => {
  it('declares the ValueNetworks solution for tenant-wide deployment', async () => {
    const app = (await xml('AppManifest.xml')).App;
    expect(app.Name).toBe('ValueNetworks');
    expect(app.ProductID).toBe('b23bebfa-5269-4668-a749-7ae39d05e7f5');
    expect(app.IsClientSideSolution).toBe('true');
    expect(app.SkipFeatureDeployment).toBe('true');
    expect(app.Properties.Title).toBe('ValueNetworks');
    expect(JSON.parse(app.Properties.DeveloperProperties).name).toBe('ValueNetworks');
  });

  it('requests exactly the least-privilege delegated Graph scopes the README justifies', async () => {
    const requests = (await xml('AppManifest.xml')).App.WebApiPermissionRequests.WebApiPermissionRequest as { ResourceId: string; Scope: string }[];
    expect(requests.map((r) => `${r.ResourceId}: ${r.Scope}`)).toEqual([
      'Microsoft Graph: User.Read',
      'Microsoft Graph: Calendars.ReadBasic',
      'Microsoft Graph: Mail.ReadBasic',
      'Microsoft Graph: Tasks.Read',
      'Microsoft Graph: Sites.Read.All',
      'Microsoft Graph: ChannelMessage.Send',
      'Microsoft Graph: ChatMessage.Send',
      'Microsoft Graph: Mail.Send'
    ]);
  });

  it('holds the four web parts, each available in SharePoint, Teams tabs and the Teams personal app', async () => {
    const found: Record<string, { name: string; hosts: string[] }> = {};
    for (const id of Object.keys(webParts)) {
      const component = (await xml(`${featureId}/WebPart_${id}.xml`)).Elements.ClientSideComponent;
      const manifest = JSON.parse(component.ComponentManifest) as { id: string; supportedHosts: string[]; requiresCustomScript?: boolean };
      expect(manifest.id).toBe(id);
      expect(manifest.requiresCustomScript ?? false).toBe(false);
      found[component.Id] = { name: component.Name, hosts: manifest.supportedHosts };
    }
    const hosts = ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp', 'SharePointFullPage'];
    expect(found).toEqual({
      '23c26a5b-d4e1-4690-9a5b-143d31bfd6ed': { name: 'Value Network Designer', hosts },
      'cc6be91f-4f59-4c94-a999-be0dc9a8471e': { name: 'Process Blueprint', hosts },
      '27a2f8a8-cb60-40de-8df5-c72fcd44e844': { name: 'Performance Dashboard', hosts },
      'e01570e5-68da-4e16-9f0a-53a2b7cc0ef6': { name: 'Sales Insights', hosts }
    });
  });

  it('includes the client-side assets: Teams icons, one bundle per web part, the chunks loaded on demand and the en-us and de-de strings', () => {
    const assets = Object.keys(zip.files).filter((name) => name.startsWith('ClientSideAssets/') && name.endsWith('.js'));
    const icons = Object.keys(zip.files).filter((name) => name.endsWith('.png')).sort();
    expect(icons).toEqual(
      Object.keys(webParts).sort().flatMap((id) => [`ClientSideAssets/${id}_color.png`, `ClientSideAssets/${id}_outline.png`])
    );
    const names = assets.map((name) => name.replace(/^ClientSideAssets\//, '').replace(/_[0-9a-f]{20,}\.js$/, '')).sort();
    // Code loaded on demand: the named import/export chunks and the layout engine (elk), plus the shared chunks webpack splits out
    // of them, which it numbers rather than names.
    const sharedChunks = names.filter((name) => /^chunk\.\d+$/.test(name));
    expect(sharedChunks.length).toBe(2);
    expect(names.filter((name) => !sharedChunks.includes(name))).toEqual([
      'PerformanceDashboardWebPartStrings_de-de',
      'PerformanceDashboardWebPartStrings_en-us',
      'ProcessBlueprintWebPartStrings_de-de',
      'ProcessBlueprintWebPartStrings_en-us',
      'SalesInsightsWebPartStrings_de-de',
      'SalesInsightsWebPartStrings_en-us',
      'ValueNetworkDesignerWebPartStrings_de-de',
      'ValueNetworkDesignerWebPartStrings_en-us',
      'chunk.elk',
      'chunk.vn-import',
      'chunk.vn-interchange',
      'performance-dashboard-web-part',
      'process-blueprint-web-part',
      'sales-insights-web-part',
      'value-network-designer-web-part'
    ]);
  });
});
