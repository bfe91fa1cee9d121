import type { ScorerMetrics, ScoringEvaluation } from './evaluateScoring';

function figure(value: number | undefined, digits: number = 3): string {
  return value === undefined ? 'n/a' : value.toFixed(digits);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function calibrationLines(title: string, m: ScorerMetrics): string[] {
  const lines = [title, `  ${pad('bin', 11)}${pad('n', 7)}${pad('predicted', 11)}observed`];
  for (const bin of m.calibration) {
    if (bin.count === 0) continue;
    lines.push(`  ${pad(`${bin.lower.toFixed(2)}-${bin.upper.toFixed(2)}`, 11)}${pad(String(bin.count), 7)}${pad(figure(bin.meanPredicted), 11)}${figure(bin.observedRate)}`);
  }
  return lines;
}

/**
 * A plain-text report of an evaluation for a terminal or a log: the split, a metrics table (model
 * vs stage-only baseline) and both calibration tables (empty bins omitted). Dates print as ISO days.
 */
export function formatEvaluation(evaluation: ScoringEvaluation): string {
  const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const m = evaluation.modelMetrics;
  const b = evaluation.baselineMetrics;
  return [
    `Scoring evaluation: trained on deals closed before ${isoDay(evaluation.cutDate)}, tested on deals closed ${isoDay(evaluation.cutDate)}..${isoDay(evaluation.now)}`,
    `Model in use: ${evaluation.model} (train ${evaluation.train.won} won / ${evaluation.train.lost} lost; test ${evaluation.test.won} won / ${evaluation.test.lost} lost)`,
    '',
    `  ${pad('metric', 10)}${pad('model', 10)}baseline (stage only)`,
    `  ${pad('AUC', 10)}${pad(figure(m.auc), 10)}${figure(b.auc)}`,
    `  ${pad('Brier', 10)}${pad(figure(m.brier), 10)}${figure(b.brier)}`,
    `  ${pad('log loss', 10)}${pad(figure(m.logLoss), 10)}${figure(b.logLoss)}`,
    '',
    ...calibrationLines('Calibration, model:', m),
    '',
    ...calibrationLines('Calibration, baseline:', b)
  ].join('\n');
}
