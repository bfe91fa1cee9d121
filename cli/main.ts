/**
 * The `valuenetworks` command line (`npm run valuenetworks -- <command> ...`, or `npx tsx cli/main.ts`).
 * Parses arguments and dispatches to cli/commands/; exit codes: 0 ok, 1 input error, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { runCheck, type CheckCommandOptions } from './commands/check';
import { runMonitorCommand } from './commands/monitor';

const USAGE = `Usage: valuenetworks check --model <blueprint.json|constraints.json> --log <file.csv|file.xes|file.xes.gz>
         [--case-column NAME] [--activity-column NAME] [--timestamp-column NAME]
         [--date-order iso|day-first|month-first] [--now ISO-DATE-TIME]
         [--closed all|none|<file of closed case ids>] [--format table|json]

Checks every case of the log against the model and prints its fitness and the ids of the satisfied,
violated and pending constraints. Defaults: columns case:concept:name, concept:name, time:timestamp;
--date-order iso; --now the latest event in the log; --closed all; --format table.
`;

class UsageError extends Error {}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}".`);
  return value as T;
}

function parseCheck(args: string[]): CheckCommandOptions {
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
      closed: { type: 'string', default: 'all' },
      format: { type: 'string', default: 'table' }
    }
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  if (values.model === undefined) throw new UsageError('check needs --model.');
  if (values.log === undefined) throw new UsageError('check needs --log.');
  return {
    model: values.model,
    log: values.log,
    caseColumn: values['case-column'] as string,
    activityColumn: values['activity-column'] as string,
    timestampColumn: values['timestamp-column'] as string,
    dateOrder: oneOf('date-order', values['date-order'] as string, ['iso', 'day-first', 'month-first'] as const),
    now: values.now,
    closed: values.closed as string,
    format: oneOf('format', values.format as string, ['table', 'json'] as const)
  };
}

/** Runs one command line; returns the exit code. */
export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const out = (text: string): boolean => process.stdout.write(text);
  const err = (text: string): boolean => process.stderr.write(text);
  try {
    switch (command) {
      case 'check':
        return runCheck(parseCheck(rest), out, err);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
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
  const argv = process.argv.slice(2);
  if (argv[0] === 'monitor') {
    let stop = false;
    process.once('SIGINT', () => (stop = true));
    const io = { out: (l: string) => process.stdout.write(`${l}\n`), err: (l: string) => process.stderr.write(`${l}\n`), now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), stopped: () => stop };
    runMonitorCommand(argv.slice(1), io).then((code) => (process.exitCode = code), (error: unknown) => ((process.exitCode = 1), process.stderr.write(`${String(error)}\n`)));
  } else {
    process.exitCode = main(argv);
  }
}
