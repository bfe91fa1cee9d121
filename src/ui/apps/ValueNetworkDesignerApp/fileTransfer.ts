/**
 * Import and export through the browser only (file input and a download link): no Node APIs, and the
 * parsers and writers (fast-xml-parser) load on demand in their own chunk.
 */
import type { Blueprint } from '../../../core/model';

/**
 * `bpel` is the abstract profile (a description of the process for people and tools); `bpel-executable`
 * is the executable profile an engine deploys, with variables and an instantiating receive. Both come
 * with the WSDL the process imports.
 */
export type ExportFormat = 'json' | 'bpel' | 'bpel-executable' | 'bpmn';

function loadInterchange(): Promise<typeof import('../../../interchange')> {
  return import(/* webpackChunkName: 'vn-interchange' */ '../../../interchange');
}

/** File name stem from the blueprint id: ids are ASCII-safe in practice, but a file name must be. */
function stem(blueprint: Blueprint): string {
  return blueprint.id.replace(/[^\w.-]+/g, '-') || 'blueprint';
}

/** The file for a format: name, MIME type and text. BPEL exports the process; its WSDL is a second file. */
export async function exportFiles(blueprint: Blueprint, format: ExportFormat): Promise<{ name: string; type: string; text: string }[]> {
  const interchange = await loadInterchange();
  if (format === 'json') return [{ name: `${stem(blueprint)}.blueprint.json`, type: 'application/json', text: interchange.writeBlueprintJson(blueprint) }];
  if (format === 'bpmn') return [{ name: `${stem(blueprint)}.bpmn`, type: 'application/xml', text: interchange.exportBpmn(blueprint) }];
  const bpel = interchange.exportBpel(blueprint, { profile: format === 'bpel-executable' ? 'executable' : 'abstract' });
  return [
    { name: bpel.bpelFileName, type: 'application/xml', text: bpel.bpel },
    { name: bpel.wsdlFileName, type: 'application/xml', text: bpel.wsdl }
  ];
}

/**
 * Reads a blueprint from a chosen file: `.bpel` and `.xml` as WS-BPEL 2.0, anything else as
 * blueprint JSON. Model rules are not applied, so a draft with problems can be imported and fixed.
 * @returns the blueprint and, for BPEL, one sentence per kind of construct the blueprint could not keep.
 * @throws the interchange's typed errors (JsonSyntaxError, InvalidBlueprintError, BpelImportError, XmlSecurityError)
 */
export async function importFile(name: string, text: string): Promise<{ blueprint: Blueprint; warnings: string[] }> {
  const interchange = await loadInterchange();
  if (/\.(bpel|xml)$/i.test(name)) {
    const { blueprint, warnings } = interchange.importBpelWithWarnings(text);
    return { blueprint, warnings: warnings.map((w) => (w.line === undefined ? w.message : `${w.message} (line ${w.line})`)) };
  }
  return { blueprint: interchange.readBlueprintJson(text, { validateModel: false }), warnings: [] };
}

/** Offers text as a download through a temporary object URL. */
export function download(file: { name: string; type: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
