/** Errors of reading and writing files: XML, WS-BPEL, CSV, XES, JSON and column mappings. */
import { ValueNetworksError, type ValidationProblem } from '../core';

/** Why {@link XmlSecurityError} refused an XML input; stable codes for tests and UI messages. */
export type XmlSecurityReason =
  /** A DOCTYPE (internal subset, external DTD, parameter entities, "billion laughs"). */
  | 'doctype'
  /** An ENTITY (or other markup) declaration outside a DOCTYPE. */
  | 'entity-declaration'
  /** Elements nested deeper than the allowed depth. */
  | 'too-deep'
  /** More bytes (UTF-8) than the allowed size. */
  | 'too-large'
  /** Not text: NUL or other control characters that XML 1.0 forbids, or not a string at all. */
  | 'binary-input'
  /** An element or attribute name the parser refuses because it could pollute object prototypes. */
  | 'reserved-name';

/**
 * An XML input refused before parsing because reading it could exhaust memory or reach outside the
 * document (entity expansion, external entities). Nothing in the input was expanded or fetched.
 */
export class XmlSecurityError extends ValueNetworksError {
  public readonly reason: XmlSecurityReason;

  public constructor(reason: XmlSecurityReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** XML that is not well-formed (or not namespace-well-formed); `line` and `column` are 1-based. */
export class MalformedXmlError extends ValueNetworksError {
  public readonly line: number;
  public readonly column: number;
  public readonly detail: string;

  public constructor(line: number, column: number, detail: string) {
    super(`The XML is malformed at line ${line}, column ${column}: ${detail}`);
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
}

/** Why {@link BpelImportError} refused a file. */
export type BpelImportReason =
  /** The XML itself is malformed; `line` and `column` say where. */
  | 'malformed-xml'
  /** A BPEL4WS 1.1 process (namespace http://schemas.xmlsoap.org/ws/2003/03/business-process/), or a BPEL4WS 1.0 one. */
  | 'bpel4ws-1.1'
  /** A process in the 2004/03 WS-BPEL 2.0 working draft namespace (http://schemas.xmlsoap.org/ws/2004/03/business-process/). */
  | 'bpel-draft'
  /** The root element is not a WS-BPEL 2.0 `process`. */
  | 'not-bpel'
  /** The process is BPEL but breaks a rule the import needs (e.g. an activity naming an undeclared partner link). */
  | 'invalid-process'
  /** The process breaks a static-analysis rule of WS-BPEL 2.0 (appendix B); see {@link BpelStaticAnalysisError}. */
  | 'static-analysis'
  /** The project's own extension elements are present but inconsistent, so the blueprint cannot be restored. */
  | 'invalid-extension';

/** A WS-BPEL file that cannot be imported as a blueprint; `line`/`column` (1-based) when known. */
export class BpelImportError extends ValueNetworksError {
  public readonly reason: BpelImportReason;
  public readonly line: number | undefined;
  public readonly column: number | undefined;

  public constructor(reason: BpelImportReason, message: string, line?: number, column?: number) {
    super(line === undefined ? message : `${message} (line ${line}${column === undefined ? '' : `, column ${column}`})`);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/** One problem found in a WS-BPEL process; `rule` is the WS-BPEL 2.0 static-analysis code when one applies. */
export interface BpelProblem {
  /** `SA00001` to `SA00095` (WS-BPEL 2.0 appendix B); `undefined` for a broken reference the appendix does not number. */
  readonly rule: string | undefined;
  /** 1-based line of the offending element. */
  readonly line: number | undefined;
  /** A sentence a workflow engineer understands, naming the element and the fix. */
  readonly message: string;
}

/**
 * A WS-BPEL 2.0 process that a conforming processor must reject (WS-BPEL 2.0, appendix B). Carries the
 * rule and line of the first problem in document order, and every problem found, so the engineer can
 * fix them all in one pass.
 */
export class BpelStaticAnalysisError extends BpelImportError {
  /** The static-analysis code of the first problem, e.g. `SA00023`. */
  public readonly rule: string;
  /** Every problem found, in document order (the first is the one in the message). */
  public readonly problems: readonly BpelProblem[];

  public constructor(rule: string, message: string, line: number | undefined, problems: readonly BpelProblem[]) {
    const more = problems.length > 1 ? ` The process has ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}.` : '';
    super('static-analysis', `WS-BPEL 2.0 rule ${rule}: ${message}${more}`, line);
    this.rule = rule;
    this.problems = problems;
  }
}

/**
 * One data row of an imported CSV file that could not be read. The row is skipped, the rest of the file
 * is imported, and the error is listed so the user can fix the source and import again.
 */
export class CsvRowError extends ValueNetworksError {
  /** 1-based data row (the header is row 0). */
  public readonly row: number;
  /** 1-based physical line where the row starts; differs from `row + 1` when quoted fields span lines. */
  public readonly line: number;
  /** The header of the offending column; `undefined` when the whole row is at fault. */
  public readonly column: string | undefined;
  /** What is wrong and how to fix it, e.g. `expected a day-first date such as 31/12/2024 14:30`. */
  public readonly reason: string;

  public constructor(row: number, line: number, column: string | undefined, reason: string) {
    super(`Row ${row} (line ${line})${column === undefined ? '' : `, column "${column}"`}: ${reason}`);
    this.row = row;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** The column mapping names headers the file does not have; lists them and every header that exists. */
export class CsvMappingError extends ValueNetworksError {
  public readonly missing: readonly string[];
  public readonly available: readonly string[];

  public constructor(missing: readonly string[], available: readonly string[]) {
    super(
      `The file has no column ${missing.map((m) => `"${m}"`).join(', ')}. ` +
        `Pick from the columns it has: ${available.map((a) => `"${a}"`).join(', ')}.`
    );
    this.missing = missing;
    this.available = available;
  }
}

/** Why a whole CSV file was refused. */
export type CsvFileProblem = 'empty' | 'header-only' | 'binary' | 'duplicate-header';

/** A CSV file that cannot be imported at all (as opposed to single bad rows). */
export class CsvFileError extends ValueNetworksError {
  public readonly problem: CsvFileProblem;

  public constructor(problem: CsvFileProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

/** An input larger than the documented limit of an in-memory reader; the message names the streaming alternative. */
export class InputTooLargeError extends ValueNetworksError {
  /** The limit, in the unit the reader measures (UTF-16 characters for text, bytes for binary input). */
  public readonly limit: number;
  /** The size read when the reader stopped; with `atLeast` the input is longer still (a reader that stops early never learns the whole size). */
  public readonly actual: number;
  public readonly atLeast: boolean;

  public constructor(limit: number, actual: number, hint: string, atLeast: boolean = false) {
    super(`The input is ${atLeast ? 'at least ' : ''}${actual} long, over the limit of ${limit}. ${hint}`);
    this.limit = limit;
    this.actual = actual;
    this.atLeast = atLeast;
  }
}

/** An XES event log that cannot be read as IEEE 1849 XES. */
export class XesImportError extends ValueNetworksError {
  /** 1-based line of the offending element when known. */
  public readonly line: number | undefined;

  public constructor(message: string, line?: number) {
    super(line === undefined ? message : `Line ${line}: ${message}`);
    this.line = line;
  }
}

/** Text that is not well-formed JSON; line and column are 1-based. */
export class JsonSyntaxError extends ValueNetworksError {
  public readonly line: number;
  public readonly column: number;

  public constructor(line: number, column: number, reason: string) {
    super(`Line ${line}, column ${column}: ${reason}`);
    this.line = line;
    this.column = column;
  }
}

/** A column-and-value mapping (JSON) that cannot be used as written; carries every problem found. */
export class FileMappingError extends ValueNetworksError {
  public readonly problems: readonly ValidationProblem[];

  public constructor(problems: readonly ValidationProblem[]) {
    super(problems.length === 1 ? `The mapping has a problem: ${problems[0].path || '/'}: ${problems[0].message}` : `The mapping has ${problems.length} problems: ${problems.map((p) => `${p.path || '/'}: ${p.message}`).join('; ')}`);
    this.problems = problems;
  }
}
