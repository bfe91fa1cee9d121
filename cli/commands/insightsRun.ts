import { parseArgs } from 'node:util';
import { ValueNetworksError } from '../../src/core';
import { CheckInputError } from './check';
import { INPUT_OPTIONS, InsightsUsageError, readInsightsInput, type InputValues, type InsightsInput } from './insightsInput';

type ExtraOptions = Record<string, { type: 'string'; default?: string }>;

/**
 * Parses `argv` strictly (an unknown flag or a positional is a usage error: parseArgs throws and the
 * command line exits 2), reads the input and runs `body`. Exit codes: 0 ok, 1 unreadable or invalid
 * input, 2 usage.
 */
export async function runInsightsCommand(
  argv: string[],
  extra: ExtraOptions,
  body: (input: InsightsInput, values: Record<string, string | undefined>, out: (text: string) => void, warn: (line: string) => void) => number
): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...INPUT_OPTIONS, ...extra }, strict: true, allowPositionals: false });
  const out = (text: string): void => {
    process.stdout.write(text);
  };
  const warn = (line: string): void => {
    process.stderr.write(`warning: ${line}\n`);
  };
  try {
    const input = await readInsightsInput(values as InputValues, warn);
    return body(input, values as unknown as Record<string, string | undefined>, out, warn);
  } catch (error) {
    if (error instanceof InsightsUsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    if (error instanceof CheckInputError || error instanceof ValueNetworksError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** A whole number option, at least 0. */
export function wholeOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InsightsUsageError(`--${name} needs a whole number, got "${value}".`);
  return n;
}
