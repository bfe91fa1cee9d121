/**
 * XES import cost by stage: a seeded XES log of about 10 MiB (traces of 12 complete events, each with
 * name, timestamp with offset, resource and lifecycle) built in memory, then parsed whole by
 * `parseXes` and, separately, by each stage the safe XML reader runs, so the share of each is visible.
 *
 * Keys:
 *   xes_import.file_mib                  size of the generated document, MiB (UTF-8)
 *   xes_import.events                    events in it (all `complete`, so all become interactions)
 *   xes_import.parse_xes.median_ms       parseXes over the text (every stage below plus the mapping), ms
 *   xes_import.parse_xes.cpu_ms          CPU time per parseXes run (user + system, all threads), ms
 *   xes_import.parse_xes.peak_rss_mib    peak resident memory during those runs, MiB
 *   xes_import.safe_xml.median_ms        parseXmlSafely alone (screening, validation, parsing, namespaces), ms
 *   xes_import.validate.median_ms        fast-xml-parser's XMLValidator pass alone, ms
 *   xes_import.fxp_parse.median_ms       fast-xml-parser's XMLParser with our options alone, ms
 *   xes_import.resolve.median_ms         safe_xml minus validate and fxp_parse: screening plus namespace resolution, ms
 *
 * Wall-clock medians swing with whatever else the machine runs; the CPU figure much less so.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseXes, DEFAULT_MAX_XML_DEPTH, PARSER_OPTIONS, parseXmlSafely } from '../src/interchange';
import { time, type BenchFigure, type BenchSuite } from './harness';

const TARGET_BYTES = 10 * 1024 * 1024;
const ACTIVITIES = ['Discovery call', 'Business case', 'ROI model', 'Demo &amp; review'];

/** A deterministic log of at least `targetBytes` UTF-16 code units (ASCII, so as many bytes). */
function makeXes(targetBytes: number): { text: string; events: number } {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">\n',
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>\n'
  ];
  let size = parts[0].length + parts[1].length;
  let events = 0;
  for (let trace = 0; size < targetBytes; trace++) {
    const lines = [`  <trace>\n    <string key="concept:name" value="OPP-${trace}"/>\n`];
    for (let e = 0; e < 12; e++) {
      const day = String(1 + ((trace + e) % 28)).padStart(2, '0');
      const minute = String((trace * 7 + e) % 60).padStart(2, '0');
      lines.push(
        '    <event>\n' +
          `      <string key="concept:name" value="${ACTIVITIES[(trace + e) % ACTIVITIES.length]}"/>\n` +
          `      <date key="time:timestamp" value="2024-03-${day}T09:${minute}:00.000+01:00"/>\n` +
          `      <string key="org:resource" value="user${(trace * 7 + e) % 50}@contoso.com"/>\n` +
          '      <string key="lifecycle:transition" value="complete"/>\n' +
          '    </event>\n'
      );
      events += 1;
    }
    lines.push('  </trace>\n');
    const chunk = lines.join('');
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push('</log>\n');
  return { text: parts.join(''), events };
}


export const suite: BenchSuite = {
  name: 'xes_import',
  async run(): Promise<readonly BenchFigure[]> {
    const { text, events } = makeXes(TARGET_BYTES);
    const maxBytes = 64 * 1024 * 1024;
    let imported = 0;
    const before = process.cpuUsage();
    const whole = await time(
      () => {
        imported = parseXes(text, { maxBytes }).interactions.length;
      },
      { runs: 5, warmups: 1 }
    );
    const used = process.cpuUsage(before);
    if (imported !== events) throw new Error(`expected ${events} interactions, got ${imported}`);
    const safe = await time(() => parseXmlSafely(text, { maxBytes }), { runs: 5 });
    const validate = await time(() => XMLValidator.validate(text), { runs: 5 });
    const parse = await time(() => new XMLParser({ ...PARSER_OPTIONS, maxNestedTags: DEFAULT_MAX_XML_DEPTH }).parse(text), { runs: 5 });
    return [
      { key: 'xes_import.file_mib', value: text.length / (1024 * 1024), unit: 'MiB', label: 'size of the generated XES document' },
      { key: 'xes_import.events', value: events, unit: 'events', label: 'events in it, all complete' },
      { key: 'xes_import.parse_xes.median_ms', value: whole.medianMs, unit: 'ms', label: 'parseXes over the whole text' },
      { key: 'xes_import.parse_xes.cpu_ms', value: (used.user + used.system) / 1000 / 6, unit: 'ms', label: 'CPU time per parseXes run (warm-up included in the mean)' },
      { key: 'xes_import.parse_xes.peak_rss_mib', value: whole.peakRssMiB, unit: 'MiB', label: 'peak RSS during parseXes' },
      { key: 'xes_import.safe_xml.median_ms', value: safe.medianMs, unit: 'ms', label: 'parseXmlSafely alone' },
      { key: 'xes_import.validate.median_ms', value: validate.medianMs, unit: 'ms', label: 'XMLValidator pass alone' },
      { key: 'xes_import.fxp_parse.median_ms', value: parse.medianMs, unit: 'ms', label: 'XMLParser (preserveOrder, metadata) alone' },
      {
        key: 'xes_import.resolve.median_ms',
        value: Math.max(0, safe.medianMs - validate.medianMs - parse.medianMs),
        unit: 'ms',
        label: 'screening and namespace resolution (safe_xml minus the two above)'
      }
    ];
  }
};
