/**
 * IEEE 1849 XES event logs as interactions. A trace is one opportunity (its `concept:name` is the
 * opportunity id); each event becomes one interaction.
 */
import { XesImportError } from '../errors';
import type { Interaction } from '../../core/model';
import { parseDateTime } from '../dates/parseDateTime';
import { sanitizeText } from '../text/sanitizeText';
import { createOccurrenceCounter } from '../text/occurrenceCounter';
import { sourceKeyFromParts, stableHashPartsOfJoined } from '../text/stableHash';
import { parseXmlSafely, type XmlElement } from '../xml/safeXml';
import { decodeXesInput } from './decodeXesInput';

/**
 * 32 MiB of (decompressed) XES. The whole document becomes an element tree in memory, roughly ten
 * times its size; larger logs should come as CSV through the streaming import.
 */
export const MAX_XES_BYTES: number = 32 * 1024 * 1024;

/** The XES namespace some writers declare on `<log>`; files without a namespace are accepted too. */
export const XES_NAMESPACE: string = 'http://www.xes-standard.org/';

export interface XesOptions {
  /** Stored in `Interaction.source` and part of every source key; default `xes`. */
  readonly source?: string;
  /**
   * Which lifecycle transitions become interactions. Default `complete`: events whose
   * `lifecycle:transition` is `complete` (any case) or absent, so that a start/complete pair counts
   * as one exchange, as process-mining tools do by default. `all` keeps every event.
   */
  readonly lifecycle?: 'complete' | 'all';
  /** Ceiling on the (decompressed) input in bytes; default {@link MAX_XES_BYTES}. */
  readonly maxBytes?: number;
}

export interface XesResult {
  /** In file order: trace by trace, events as written (so equal timestamps keep file order). */
  readonly interactions: Interaction[];
  /** Traces or events that were skipped, each with its line. */
  readonly errors: XesImportError[];
}

// XES attribute elements; `list` and `container` nest further attributes we do not read.
const ATTRIBUTE_ELEMENTS: ReadonlySet<string> = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);

function attributesOf(element: XmlElement): Map<string, XmlElement> {
  const result = new Map<string, XmlElement>();
  for (const child of element.children) {
    const key = child.attributes.key;
    // The first occurrence wins, as in OpenXES, when a writer repeats a key.
    if (ATTRIBUTE_ELEMENTS.has(child.name) && key !== undefined && !result.has(key)) result.set(key, child);
  }
  return result;
}

function textAttribute(attributes: Map<string, XmlElement>, key: string): string | undefined {
  const value = attributes.get(key)?.attributes.value;
  if (value === undefined) return undefined;
  const clean = sanitizeText(value);
  return clean === '' ? undefined : clean;
}

/**
 * Reads an XES log (text, bytes, or gzip bytes detected by magic number).
 *
 * Mapping: trace `concept:name` -> opportunityId; event `concept:name` -> activity,
 * `time:timestamp` (xs:dateTime; no zone means UTC) -> timestamp, `org:resource` -> fromParticipant,
 * `org:role` -> fromRole. `<global>` defaults and classifiers are not applied: every event must carry
 * its own name and timestamp, or it is skipped with an error. Values are cleaned like CSV values
 * (control characters out, markup kept as text). Source keys follow the CSV rule (source + content +
 * occurrence), so re-importing a log yields the same keys.
 *
 * @throws XmlSecurityError / MalformedXmlError from the safe XML reader (line and column)
 * @throws InputTooLargeError over `maxBytes`
 * @throws XesImportError when the input is empty or its root is not an XES `<log>`
 */
export function parseXes(input: string | Uint8Array, options: XesOptions = {}): XesResult {
  const maxBytes = options.maxBytes ?? MAX_XES_BYTES;
  const source = options.source ?? 'xes';
  const text = decodeXesInput(input, maxBytes);
  // The XML reader would call an empty file malformed at a position that does not exist.
  if (/^\uFEFF?\s*$/.test(text)) throw new XesImportError('The file is empty: an XES log is an XML document with a <log> root element.');
  const root = parseXmlSafely(text, { maxBytes });
  if (root.name !== 'log' || (root.namespace !== undefined && root.namespace !== XES_NAMESPACE)) {
    throw new XesImportError(`The document is not an XES log: its root element is <${root.name}>, not <log>.`, root.line);
  }
  const interactions: Interaction[] = [];
  const errors: XesImportError[] = [];
  const countOccurrence = createOccurrenceCounter();

  let traceNumber = 0;
  root.children.forEach((trace) => {
    if (trace.name !== 'trace') return;
    traceNumber += 1;
    const caseId = textAttribute(attributesOf(trace), 'concept:name');
    if (caseId === undefined) {
      errors.push(new XesImportError(`Trace ${traceNumber} has no concept:name, so its opportunity is unknown; the trace was skipped.`, trace.line));
      return;
    }
    for (const event of trace.children) {
      if (event.name !== 'event') continue;
      const attributes = attributesOf(event);
      const transition = textAttribute(attributes, 'lifecycle:transition');
      if (options.lifecycle !== 'all' && transition !== undefined && transition.toLowerCase() !== 'complete') continue;
      const activity = textAttribute(attributes, 'concept:name');
      const rawTime = attributes.get('time:timestamp')?.attributes.value;
      const parsed = rawTime === undefined ? undefined : parseDateTime(rawTime, 'iso');
      if (activity === undefined || parsed === undefined || !parsed.ok) {
        const why = activity === undefined ? 'has no concept:name' : parsed === undefined ? 'has no time:timestamp' : `has a bad time:timestamp: ${parsed.ok ? '' : parsed.reason}`;
        errors.push(new XesImportError(`An event of trace "${caseId}" ${why}; the event was skipped.`, event.line));
        continue;
      }
      const resource = textAttribute(attributes, 'org:resource');
      const role = textAttribute(attributes, 'org:role');
      // The key hashes source + content as if joined by U+001F; its first half is the fingerprint.
      const hash = stableHashPartsOfJoined([source, caseId, activity, parsed.value, resource ?? '', role ?? '']);
      const occurrence = countOccurrence(hash.first);
      interactions.push({
        opportunityId: caseId,
        timestamp: parsed.value,
        activity,
        ...(resource !== undefined && { fromParticipant: resource }),
        ...(role !== undefined && { fromRole: role }),
        source,
        sourceKey: sourceKeyFromParts(hash, occurrence)
      });
    }
  });
  return { interactions, errors };
}

