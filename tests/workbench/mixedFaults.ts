import type { FaultConfig } from '../../workbench/server/faults';

/**
 * 30 % of requests faulted, half before and half after the write commits: 10 % answered 429/503 with
 * Retry-After and 5 % dropped before the emulator sees them; of the rest, 18 % (15.3 % of all) applied
 * and then their answer lost (dropped, held past the timeout, or a gateway's 502/503/504).
 * 0.15 + 0.85 x 0.18 = 0.303.
 */
export function mixedFaults(paths: readonly string[], seed: number, holdMs: number = 300): Partial<FaultConfig> {
  return {
    enabled: true,
    failureRate: 0.1,
    statuses: [429, 503],
    retryAfterSeconds: 0,
    dropRate: 0.05,
    postCommit: { rate: 0.18, kinds: ['drop', 'timeout', 502, 503, 504], holdMs },
    paths,
    seed
  };
}
