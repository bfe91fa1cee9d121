/**
 * `leads train` and `leads score` on a leads CSV (any CRM's lead export; the outcome column empty or
 * "Select" for open leads), through the same use case as the product.
 *
 *   leads train --leads <leads.csv> --outcome <column> [--name-column C] [--identity-columns a,b] [--decimal . | ,] [--min-per-class 20] [--format table|json]
 *   leads score --leads <leads.csv> --outcome <column> [...as train] [--grade A,B] [--min-score N] [--where Column=Value] [--top N] [--out prioritised.csv] [--format table|json]
 *
 * `--mapping leads-mapping.json` reads a leads file through its mapping (id, name, outcome values,
 * features) instead of --outcome and the column options. With `--site monitor.json` the commands work
 * on the site's Leads list instead (see leadsSite.ts), and `leads import` stores a file there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ValueNetworksError } from '../../src/core';
import { readCsvTable, readLeadRows, readLeadsCsv } from '../../src/interchange';
import { filterLeads, LEAD_GRADE_CUTS, prioritisedLeadsCsv, prioritiseLeads, STORED_OUTCOME_COLUMN, trainLeadModel, type LeadFilter, type LeadGrade, type LeadTable } from '../../src/services';
import { CheckInputError } from './check';
import { leadsMapping, runLeadsOnSite } from './leadsSite';

class LeadsUsageError extends Error {}

const OPTIONS = {
  leads: { type: 'string' },
  outcome: { type: 'string' },
  'name-column': { type: 'string' },
  'identity-columns': { type: 'string' },
  decimal: { type: 'string', default: '.' },
  'min-per-class': { type: 'string' },
  grade: { type: 'string' },
  'min-score': { type: 'string' },
  where: { type: 'string' },
  top: { type: 'string', default: '20' },
  out: { type: 'string' },
  format: { type: 'string', default: 'table' },
  site: { type: 'string' },
  mapping: { type: 'string' },
  text: { type: 'string' },
  now: { type: 'string' }
} as const;

/** The name column of a table read through a mapping; no file header can be this. */
const MAPPED_NAME = '\u0000name';

/** A leads file read through its mapping, as the table the model learns from (features, name, outcome). */
function mappedTable(text: string, mappingPath: string | undefined): LeadTable {
  const table = readCsvTable(text);
  const result = readLeadRows(table, leadsMapping(table, mappingPath));
  for (const skipped of result.skipped) process.stderr.write(`warning: ${skipped.message}\n`);
  return {
    columns: [...result.features, MAPPED_NAME, STORED_OUTCOME_COLUMN],
    rows: result.leads.map((l) => ({ ...l.features, [MAPPED_NAME]: l.name, [STORED_OUTCOME_COLUMN]: l.outcome === 'converted' ? 'converted' : l.outcome === 'not-converted' ? 'not converted' : '' }))
  };
}

function whole(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new LeadsUsageError(`--${name} needs a whole number, got "${value}".`);
  return n;
}

/** `leads train|score`. Exit 0 ok, 1 unreadable file or too few leads, 2 bad arguments. */
export async function runLeads(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const err = (text: string): void => {
    process.stderr.write(`error: ${text}\n`);
  };
  try {
    if (sub !== 'train' && sub !== 'score' && sub !== 'import') throw new LeadsUsageError('leads needs "import", "train" or "score".');
    const { values } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: false });
    if (values.format !== 'table' && values.format !== 'json') throw new LeadsUsageError(`--format must be table or json, not "${values.format}".`);
    const format = values.format;
    const top = whole('top', values.top) ?? 20;
    const grades = values.grade?.split(',').map((g) => g.trim().toUpperCase());
    if (grades?.some((g) => !['A', 'B', 'C', 'D'].includes(g))) throw new LeadsUsageError('--grade takes grades A, B, C and D, e.g. --grade A,B.');
    if (sub === 'import' && values.site === undefined) throw new LeadsUsageError('leads import stores the leads on a site: it needs --site monitor.json and --leads <leads.csv>.');
    if (values.site !== undefined) {
      const fileOnly: string[] = (['outcome', 'name-column', 'identity-columns', 'min-score', 'where'] as const).filter((name) => values[name] !== undefined);
      if (values.decimal !== '.') fileOnly.push('decimal');
      if (fileOnly.length > 0) throw new LeadsUsageError(`--site reads the leads through their mapping on the site: leave out --${fileOnly.join(', --')}.`);
      const siteOnly = sub === 'import' ? (['grade', 'text', 'out', 'min-per-class'] as const) : sub === 'train' ? (['leads', 'mapping', 'grade', 'text', 'out'] as const) : (['leads', 'mapping', 'min-per-class'] as const);
      const wrong = siteOnly.filter((name) => values[name] !== undefined);
      if (wrong.length > 0) throw new LeadsUsageError(`--${wrong.join(', --')} ${wrong.length === 1 ? 'does' : 'do'} not apply to leads ${sub} --site.`);
      const minPerClass = whole('min-per-class', values['min-per-class']);
      process.stdout.write(
        await runLeadsOnSite(sub, {
          site: values.site,
          top,
          format,
          ...(values.leads !== undefined ? { leads: values.leads } : {}),
          ...(values.mapping !== undefined ? { mapping: values.mapping } : {}),
          ...(values.now !== undefined ? { now: values.now } : {}),
          ...(minPerClass !== undefined ? { 'min-per-class': minPerClass } : {}),
          ...(grades ? { grades: grades as LeadGrade[] } : {}),
          ...(values.text !== undefined ? { text: values.text } : {}),
          ...(values.out !== undefined ? { out: values.out } : {})
        })
      );
      return 0;
    }
    for (const name of ['text', 'now'] as const) if (values[name] !== undefined) throw new LeadsUsageError(`--${name} applies to the leads of a site (--site monitor.json).`);
    if (values.leads === undefined || (values.outcome === undefined && values.mapping === undefined)) throw new LeadsUsageError(`leads ${sub} needs --leads <leads.csv> and --outcome <column> (or --mapping leads-mapping.json).`);
    if (values.mapping !== undefined) {
      const used = (['outcome', 'name-column', 'identity-columns'] as const).filter((name) => values[name] !== undefined);
      if (used.length > 0) throw new LeadsUsageError(`--mapping says which column is which: leave out --${used.join(', --')}.`);
    }
    if (values.decimal !== '.' && values.decimal !== ',') throw new LeadsUsageError('--decimal must be . or ,');
    if (sub === 'train') for (const name of ['grade', 'min-score', 'where', 'out'] as const) if (values[name] !== undefined) throw new LeadsUsageError(`--${name} applies to leads score.`);
    const where = values.where === undefined ? undefined : /^([^=]+)=(.*)$/.exec(values.where);
    if (values.where !== undefined && !where) throw new LeadsUsageError('--where needs Column=Value.');
    let text: string;
    try {
      text = readFileSync(values.leads, 'utf8');
    } catch (error) {
      err(`Cannot read the leads file "${values.leads}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
      return 1;
    }
    const table = values.mapping !== undefined ? mappedTable(text, values.mapping) : readLeadsCsv(text);
    const outcomeColumn = values.mapping !== undefined ? STORED_OUTCOME_COLUMN : (values.outcome as string);
    if (!table.columns.includes(outcomeColumn)) throw new LeadsUsageError(`The leads file has no column "${outcomeColumn}" (columns: ${table.columns.join(', ')}).`);
    const nameColumn = values.mapping !== undefined ? MAPPED_NAME : values['name-column'];
    const identity = [...(nameColumn ? [nameColumn] : []), ...(values['identity-columns']?.split(',').map((c) => c.trim()) ?? [])];
    const minPerClass = whole('min-per-class', values['min-per-class']);
    const trained = trainLeadModel(table, { outcomeColumn, identityColumns: identity, decimalSeparator: values.decimal, ...(minPerClass !== undefined ? { minPerClass } : {}) });
    const summary = {
      trainedOn: trained.model.trainedOn,
      columns: trained.columns,
      evaluation: trained.evaluation ?? null,
      gradeCuts: LEAD_GRADE_CUTS
    };
    const out = (t: string): boolean => process.stdout.write(t);
    if (sub === 'train') {
      if (values.format === 'json') {
        out(`${JSON.stringify(summary, undefined, 2)}\n`);
        return 0;
      }
      const e = trained.evaluation;
      out(
        [
          `Lead model trained on ${summary.trainedOn.converted} converted and ${summary.trainedOn.notConverted} not converted leads.`,
          `Features: ${trained.columns.map((c) => `${c.name} (${c.kind})`).join(', ')}.`,
          e === undefined
            ? 'Not evaluated: the earlier leads held one outcome only.'
            : `Tested on the latest ${e.tested.converted + e.tested.notConverted} leads (${e.tested.converted} converted) by a model trained on the earlier ones: AUC ${e.auc?.toFixed(3) ?? '-'}, Brier ${e.brier?.toFixed(3) ?? '-'}.`,
          `Grades: A from ${LEAD_GRADE_CUTS.A}, B from ${LEAD_GRADE_CUTS.B}, C from ${LEAD_GRADE_CUTS.C}, D below.`
        ].join('\n') + '\n'
      );
      return 0;
    }
    const filter: LeadFilter = {
      ...(grades ? { grades: grades as LeadGrade[] } : {}),
      ...(values['min-score'] !== undefined ? { minScore: whole('min-score', values['min-score']) } : {}),
      ...(where ? { column: where[1], value: where[2] } : {})
    };
    const leads = filterLeads(prioritiseLeads(trained, table, { ...(nameColumn ? { nameColumn } : {}) }), filter);
    if (values.out !== undefined) writeFileSync(values.out, await prioritisedLeadsCsv(leads, { ...table, columns: table.columns.filter((c) => c !== MAPPED_NAME && c !== STORED_OUTCOME_COLUMN) }));
    if (values.format === 'json') {
      out(`${JSON.stringify({ ...summary, leads: leads.slice(0, top).map((l) => ({ name: l.name, score: l.score, grade: l.grade, reasons: l.reasons })), count: leads.length }, undefined, 2)}\n`);
      return 0;
    }
    out(
      [
        `${leads.length} open leads, highest score first (model: ${summary.trainedOn.converted} converted / ${summary.trainedOn.notConverted} not converted).`,
        ...leads.slice(0, top).map((l, i) => `${String(i + 1).padStart(4)}. ${String(l.score).padStart(3)} ${l.grade}  ${l.name}: ${l.reasons.join('; ')}`),
        ...(values.out !== undefined ? [`Wrote ${leads.length} leads to ${values.out}.`] : [])
      ].join('\n') + '\n'
    );
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof LeadsUsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      err((error as Error).message);
      return 2;
    }
    if (error instanceof ValueNetworksError || error instanceof CheckInputError) {
      err(error.message);
      return 1;
    }
    throw error;
  }
}
