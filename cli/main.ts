/**
 * The `valuenetworks` command line (`npm run valuenetworks -- <command> ...`, or `npx tsx cli/main.ts`).
 * Parses arguments and dispatches to cli/commands/; exit codes: 0 ok, 1 input error, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { runCheck, runSuggestMapping, type CheckCommandOptions } from './commands/check';
import { runBid, runPropose, runReview } from './commands/decisions';
import { runEvaluate } from './commands/evaluate';
import { runLeads } from './commands/leads';
import { runPatterns, runScore } from './commands/insights';
import { runMonitorCommand } from './commands/monitor';
import { runTrain } from './commands/train';

const USAGE = `Usage: valuenetworks <command> [options]

  check --model <blueprint.json|constraints.json> --log <file.csv|file.xes|file.xes.gz>
        [--case-column NAME] [--activity-column NAME] [--timestamp-column NAME]
        [--date-order iso|day-first|month-first] [--now ISO-DATE-TIME]
        [--opportunities <opportunities.csv> [--mapping <mapping.json>] [--lookup <file.csv>]
         [--opportunities-date-order iso|day-first|month-first|excel-serial]]
        [--closed all|none|status|<file of closed case ids>] [--format table|json]
      Checks every case of the log against the model and prints its fitness and the ids of the
      satisfied, violated and pending constraints. --opportunities adds each deal's stage history
      (the product's opportunities export), so due rules counted from stage entry apply, and deals
      with no events at all are checked too. Defaults: columns case:concept:name, concept:name,
      time:timestamp; --date-order iso; --now the latest event or stage entry; --closed status
      with --opportunities (won, lost and no-decision are closed), otherwise all; --format table.
      --mapping reads a CRM export in its own layout (columns, date formats, status and stage
      values, defaults, a lookup file such as a seller-to-team table, read beside the mapping file
      unless --lookup names it). --date-order is the log's; --opportunities-date-order the
      opportunities file's (default: the mapping's formats, else --date-order).

  check --opportunities <file.csv> --suggest-mapping [--model <blueprint.json>]
      Prints the mapping detected for the file as JSON, to edit and pass as --mapping, and lists
      what is left to decide (exit code 1 when something is). Stage values are matched to the
      blueprint's stages.

  evaluate (FILES | --demo [--seed N] [--scale N]) [--test-share 0.25 | --cut-days N]
           [--min-per-class 40] [--now ISO-DATE-TIME] [--format table|json]
      Trains the opportunity score on the closed deals and prints AUC, Brier score, log loss and the
      calibration table on a time-based split (default: the latest quarter of closed deals test),
      against the stage-only baseline. The same figures as the Sales Insights page on the same deals.

  train --site <monitor.json> [--use] [--min-per-class 40] [--now ISO-DATE-TIME] [--out <model.json>]
        [--format table|json]
  train (FILES | --demo [--seed N] [--scale N]) [--min-per-class 40] [--now ISO-DATE-TIME]
        [--out <model.json>] [--format table|json]
      Trains the opportunity score on the closed deals, tests it on the latest quarter against the
      stage-only baseline and finds the success patterns, as "Train on this site's outcomes" on the
      Sales Insights page. On a site (the monitor's configuration and auth) the model is stored
      there, and put in use only with --use. --out writes the model, its evaluation and patterns as
      JSON. --now defaults to the current time on a site, to the latest date in the files.

  score --opportunity <id> (FILES | --demo [--seed N]) [--top 5] [--format table|json]
      Scores one opportunity: win probability, the model in use and the reasons in points.

  patterns (FILES | --demo [--seed N]) [--top 10] [--format table|json]
      Prints the interaction patterns that separate won from lost deals, with their evidence.

  propose (FILES | --demo [--seed N]) [--accept 1,3 --out <draft.json>] [--format table|json]
      Proposes blueprint changes from the closed deals (exchanges common in wins that the blueprint
      lacks; blueprint exchanges that make no difference), numbered, with their evidence. --accept
      writes the accepted ones as the next draft version of the blueprint to --out; publishing it
      stays a person's decision (import the draft in the Value Network Designer).

  bid (FILES | --demo [--seed N]) --cost N (--opportunity <id> | --amount N [--team T] [--account A]
      [--stages "Qualify,Propose"]) [--format table|json]
      Bid / no-bid: expected value, the win probability it rests on (an open deal's score, else the
      win rate of similar past pursuits: same team, same size band), the coverage similar wins
      reached, the recommendation and its reasons; says so when too few comparable pursuits exist.

  review --opportunity <id> (FILES | --demo [--seed N]) [--format table|json]
      The won/lost review of a closed deal: each blueprint exchange (done, late, missing, skipped,
      stage not reached) with when it was expected and done, the exchanges the blueprint does not know,
      and the score at each stage entry.

  leads train --leads <leads.csv> --outcome <column> [--name-column C] [--identity-columns a,b]
        [--decimal . | ,] [--min-per-class 20] [--format table|json]
      Trains the lead model on the leads whose outcome is known (converted: yes, true, 1, converted,
      won; empty, "Select", N/A: not known yet) and evaluates it on the latest quarter of them.
      Each class needs --min-per-class leads (default 20); fewer is an error that says how many.

  leads score --leads <leads.csv> --outcome <column> [options of train] [--grade A,B]
        [--min-score N] [--where Column=Value] [--top 20] [--out prioritised.csv] [--format table|json]
      Scores the open leads 0-100 with a grade (A from 75, B from 50, C from 25) and top reasons,
      highest first; --out writes the filtered list as formula-safe CSV.
      --mapping leads-mapping.json reads the file through its mapping (as the Leads panel saves it:
      id, name and outcome columns, outcome values, columns left out) instead of --outcome.

  leads import --site monitor.json --leads <leads.csv> [--mapping leads-mapping.json] [--now ISO]
        [--format table|json]
      Stores the file's leads in the site's Leads list (updated by lead id, never duplicated; rows
      with a bad value are skipped and named) and re-scores every open lead with the lead model.
      Without --mapping the columns are matched by name; anything left to decide is an error that
      prints the proposed mapping.
  leads train --site monitor.json [--min-per-class 20] [--now ISO] [--format table|json]
      Trains the lead model on the site's leads with a known outcome, stores it beside the
      opportunity models and re-scores every open lead.
  leads score --site monitor.json [--grade A,B] [--text T] [--top 20] [--out prioritised.csv]
        [--now ISO] [--format table|json]
      Re-scores the site's open leads with its newest lead model and lists them, highest first.

  FILES: --blueprint <blueprint.json> --opportunities <opportunities.csv> --log <file.csv|.xes|.xes.gz>
      [--case-column NAME] [--activity-column NAME] [--timestamp-column NAME] [--date-order ...]
      as for check; --now defaults to the latest date in the files. The generated demo organisation
      is used only with --demo. Unknown options are usage errors (exit 2).

  monitor --config <monitor.json> [--once] [--dry-run]
      The headless monitor: syncs Microsoft 365 history, analyses and sends due alerts.
`;

class UsageError extends Error {}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}".`);
  return value as T;
}

type CheckRun = { readonly suggest: true; readonly opportunities: string; readonly model?: string } | { readonly suggest: false; readonly options: CheckCommandOptions };

function parseCheck(args: string[]): CheckRun {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      log: { type: 'string' },
      'case-column': { type: 'string', default: 'case:concept:name' },
      'activity-column': { type: 'string', default: 'concept:name' },
      'timestamp-column': { type: 'string', default: 'time:timestamp' },
      'date-order': { type: 'string', default: 'iso' },
      now: { type: 'string' },
      opportunities: { type: 'string' },
      'opportunities-date-order': { type: 'string' },
      mapping: { type: 'string' },
      lookup: { type: 'string' },
      'suggest-mapping': { type: 'boolean', default: false },
      closed: { type: 'string' },
      format: { type: 'string', default: 'table' }
    }
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  if (values['suggest-mapping'] === true) {
    if (values.opportunities === undefined) throw new UsageError('--suggest-mapping needs --opportunities <file.csv>, the file whose columns it detects.');
    return { suggest: true, opportunities: values.opportunities, ...(values.model !== undefined && { model: values.model }) };
  }
  if (values.model === undefined) throw new UsageError('check needs --model.');
  if (values.log === undefined) throw new UsageError('check needs --log.');
  if (values.closed === 'status' && values.opportunities === undefined) throw new UsageError('--closed status needs --opportunities <file.csv>, where each case\'s status is read.');
  for (const name of ['mapping', 'lookup', 'opportunities-date-order'] as const) {
    if (values[name] !== undefined && values.opportunities === undefined) throw new UsageError(`--${name} applies to the opportunities file: add --opportunities <file.csv>.`);
  }
  const opportunitiesDateOrder = values['opportunities-date-order'];
  const options: CheckCommandOptions = {
    model: values.model,
    log: values.log,
    caseColumn: values['case-column'] as string,
    activityColumn: values['activity-column'] as string,
    timestampColumn: values['timestamp-column'] as string,
    dateOrder: oneOf('date-order', values['date-order'] as string, ['iso', 'day-first', 'month-first'] as const),
    now: values.now,
    opportunities: values.opportunities,
    ...(opportunitiesDateOrder !== undefined && {
      opportunitiesDateOrder: oneOf('opportunities-date-order', opportunitiesDateOrder, ['iso', 'day-first', 'month-first', 'excel-serial'] as const)
    }),
    ...(values.mapping !== undefined && { mapping: values.mapping }),
    ...(values.lookup !== undefined && { lookup: values.lookup }),
    closed: values.closed,
    format: oneOf('format', values.format as string, ['table', 'json'] as const)
  };
  return { suggest: false, options };
}

const out = (text: string): boolean => process.stdout.write(text);
const err = (text: string): boolean => process.stderr.write(text);

function runMonitor(args: string[]): Promise<number> {
  let stopped = false;
  process.once('SIGINT', () => (stopped = true));
  return runMonitorCommand(args, {
    out: (line: string) => out(`${line}\n`),
    err: (line: string) => err(`${line}\n`),
    now: () => Date.now(),
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    stopped: () => stopped
  });
}

const commands: Readonly<Record<string, (args: string[]) => Promise<number>>> = {
  check: async (args) => {
    const run = parseCheck(args);
    return run.suggest ? runSuggestMapping(run, out, err) : runCheck(run.options, out, err);
  },
  evaluate: runEvaluate,
  train: runTrain,
  score: runScore,
  patterns: runPatterns,
  propose: runPropose,
  bid: runBid,
  review: runReview,
  leads: runLeads,
  monitor: runMonitor
};

/** Runs one command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      out(USAGE);
      return command === undefined ? 2 : 0;
    }
    const run = Object.prototype.hasOwnProperty.call(commands, command) ? commands[command] : undefined;
    if (!run) throw new UsageError(`Unknown command "${command}".`);
    return await run(rest);
  } catch (error) {
    // parseArgs reports unknown or incomplete options with ERR_PARSE_ARGS_* codes.
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      err(`error: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      err(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
