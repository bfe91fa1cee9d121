/**
 * Insights benchmark: trains the opportunity scoring engine (standardise, L2 logistic regression by
 * IRLS, Platt scaling on the latest 20%) on 50,000 closed deals and scores 100,000 open ones.
 * The feature matrix is synthetic and seeded (60 features: 40 binary exchange/role/pattern flags,
 * 20 continuous like velocity, recency and log amount), so runs are comparable across machines.
 *
 * Keys:
 *  insights.train_50k.median_ms   median wall time to train on 50,000 x 60 (goal < 5,000 ms)
 *  insights.train_50k.iterations  Newton iterations the fit needed
 *  insights.train_50k.peak_rss_mib peak resident memory while training
 *  insights.score_100k.median_ms  median wall time to score 100,000 x 60 (goal < 1,000 ms)
 */
import type { BenchFigure, BenchSuite } from './harness';
import { time } from './harness';
import { sigmoid, scorerProbabilities, trainLogisticScorer } from '../src/core/insights';
import { seededRandom } from '../workbench/demo/random';

const FEATURES = 60;
const BINARY = 40;

/** Rows of realistic shape and outcomes drawn from a known logistic model. */
export function syntheticDeals(count: number, seed: number): { rows: number[][]; won: boolean[] } {
  const next = seededRandom(seed);
  const weightsRandom = seededRandom(7);
  const truth = Array.from({ length: FEATURES }, (_, j) => (weightsRandom() - 0.5) * (j < BINARY ? 1.2 : 0.6));
  const rows: number[][] = [];
  const won: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const row = new Array<number>(FEATURES);
    let z = -0.6;
    for (let j = 0; j < FEATURES; j++) {
      // Binary flags with varied prevalence; continuous values roughly log-scaled days or amounts.
      row[j] = j < BINARY ? (next() < 0.2 + (j % 7) * 0.1 ? 1 : 0) : Math.log(1 + next() * (j % 3 === 0 ? 100_000 : 60));
      z += truth[j] * (j < BINARY ? row[j] : row[j] / 4);
    }
    rows.push(row);
    won.push(next() < sigmoid(z));
  }
  return { rows, won };
}

export const suite: BenchSuite = {
  name: 'insights',
  async run(): Promise<readonly BenchFigure[]> {
    const training = syntheticDeals(50_000, 42);
    const open = syntheticDeals(100_000, 43);
    let iterations = 0;
    const train = await time(
      () => {
        iterations = trainLogisticScorer(training.rows, training.won, { lambda: 1, holdOutShare: 0.2 }).fit.iterations;
      },
      { runs: 3, warmups: 1 }
    );
    const scorer = trainLogisticScorer(training.rows, training.won, { lambda: 1, holdOutShare: 0.2 });
    const score = await time(() => scorerProbabilities(scorer, open.rows), { runs: 5, warmups: 1 });
    return [
      { key: 'insights.train_50k.median_ms', value: train.medianMs, unit: 'ms', label: 'train the scoring engine on 50,000 closed deals x 60 features (goal < 5,000)' },
      { key: 'insights.train_50k.iterations', value: iterations, unit: 'count', label: 'Newton (IRLS) iterations to converge' },
      { key: 'insights.train_50k.peak_rss_mib', value: train.peakRssMiB, unit: 'MiB', label: 'peak resident memory while training' },
      { key: 'insights.score_100k.median_ms', value: score.medianMs, unit: 'ms', label: 'score 100,000 open deals x 60 features (goal < 1,000)' }
    ];
  }
};
