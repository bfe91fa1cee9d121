/**
 * A small seeded pseudo-random generator (mulberry32, public domain) with the draws the demo needs.
 * Deterministic across platforms: 32-bit integer arithmetic only, no Math.random.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p` (clamped to [0, 1]). */
  chance(p: number): boolean;
  /** Uniform pick; `items` must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** Standard normal draw (Box-Muller). */
  normal(): number;
}

/**
 * mulberry32: uniform draws in [0, 1) from a 32-bit seed, with a full 2^32 period. The one seeded PRNG of
 * the Node side: the demo, the fault injector, the benchmarks and the seeded test graphs all draw from it.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Creates a generator from a 32-bit seed; the same seed always yields the same sequence. */
export function createRandom(seed: number): Random {
  const next = seededRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
  };
}
