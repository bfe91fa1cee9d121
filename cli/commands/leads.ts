/**
 * `leads train` and `leads score` on a leads CSV (any CRM's lead export; the outcome column empty or
 * "Select" for open leads), through the same use case as the product.
 *
 *   leads train --leads <leads.csv> --outcome <column> [--name-column C] [--identity-columns a,b] [--decimal . | ,] [--min-per-class 20] [--format table|json]
 *   leads score --leads <leads.csv> --outcome <column> [...as train] [--grade A,B] [--min-score N] [--where Column=Value] [--top N] [--out prioritised.csv] [--format table|json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ValueNetworksError } from '../../src/core';
import { readLeadsCsv } from '../../src/interchange';
import { filterLeads, LEAD_GRADE_CUTS, prioritisedLeadsCsv, prioritiseLeads, trainLeadModel, type LeadFilter, type LeadGrade } from '../../src/services';

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
  format: { type: 'string', default: 'table' }
} as const;

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
    if (sub !== 'train' && sub !== 'score') throw new LeadsUsageError('leads needs "train" or "score".');
    const { values } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: false });
    if (values.leads === undefined || values.outcome === undefined) throw new LeadsUsageError(`leads ${sub} needs --leads <leads.csv> and --outcome <column>.`);
    if (values.format !== 'table' && values.format !== 'json') throw new LeadsUsageError(`--format must be table or json, not "${values.format}".`);
    if (values.decimal !== '.' && values.decimal !== ',') throw new LeadsUsageError('--decimal must be . or ,');
    if (sub === 'train') for (const name of ['grade', 'min-score', 'where', 'out'] as const) if (values[name] !== undefined) throw new LeadsUsageError(`--${name} applies to leads score.`);
    const grades = values.grade?.split(',').map((g) => g.trim().toUpperCase());
    if (grades?.some((g) => !['A', 'B', 'C', 'D'].includes(g))) throw new LeadsUsageError('--grade takes grades A, B, C and D, e.g. --grade A,B.');
    const where = values.where === undefined ? undefined : /^([^=]+)=(.*)$/.exec(values.where);
    if (values.where !== undefined && !where) throw new LeadsUsageError('--where needs Column=Value.');
    let text: string;
    try {
      text = readFileSync(values.leads, 'utf8');
    } catch (error) {
      err(`Cannot read the leads file "${values.leads}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
      return 1;
    }
    const table = readLeadsCsv(text);
    if (!table.columns.includes(values.outcome)) throw new LeadsUsageError(`The leads file has no column "${values.outcome}" (columns: ${table.columns.join(', ')}).`);
    const nameColumn = values['name-column'];
    const identity = [...(nameColumn ? [nameColumn] : []), ...(values['identity-columns']?.split(',').map((c) => c.trim()) ?? [])];
    const minPerClass = whole('min-per-class', values['min-per-class']);
    const trained = trainLeadModel(table, { outcomeColumn: values.outcome, identityColumns: identity, decimalSeparator: values.decimal, ...(minPerClass !== undefined ? { minPerClass } : {}) });
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
    if (values.out !== undefined) writeFileSync(values.out, await prioritisedLeadsCsv(leads, table));
    const top = whole('top', values.top) ?? 20;
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
    if (error instanceof ValueNetworksError) {
      err(error.message);
      return 1;
    }
    throw error;
  }
}
