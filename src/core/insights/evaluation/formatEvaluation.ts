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
 * A plain-text report of an evaluation for a terminal or a log: the split and protocol, a pooled
 * metrics table (model vs stage-only baseline, over every stage-entry snapshot), a per-stage table
 * (AUC and Brier) and both pooled calibration tables (empty bins omitted). Dates print as ISO days.
 */
export function formatEvaluation(evaluation: ScoringEvaluation): string {
  const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const m = evaluation.modelMetrics;
  const b = evaluation.baselineMetrics;
  const s = evaluation.snapshots;
  return [
    `Scoring evaluation: trained on deals closed before ${isoDay(evaluation.cutDate)}, tested on deals closed ${isoDay(evaluation.cutDate)}..${isoDay(evaluation.now)}`,
    `Model in use: ${evaluation.model} (train ${evaluation.train.won} won / ${evaluation.train.lost} lost; test ${evaluation.test.won} won / ${evaluation.test.lost} lost)`,
    `Each test deal scored at its entry into each stage it reached before closing (${s.won + s.lost} snapshots: ${s.won} of won deals, ${s.lost} of lost)`,
    '',
    `  ${pad('metric', 10)}${pad('model', 10)}baseline (stage only)`,
    `  ${pad('AUC', 10)}${pad(figure(m.auc), 10)}${figure(b.auc)}`,
    `  ${pad('Brier', 10)}${pad(figure(m.brier), 10)}${figure(b.brier)}`,
    `  ${pad('log loss', 10)}${pad(figure(m.logLoss), 10)}${figure(b.logLoss)}`,
    '',
    'By stage entered:',
    `  ${pad('stage', 14)}${pad('won', 6)}${pad('lost', 6)}${pad('AUC', 8)}${pad('Brier', 8)}baseline Brier`,
    ...evaluation.byStage.map(
      (x) => `  ${pad(x.stageId, 14)}${pad(String(x.won), 6)}${pad(String(x.lost), 6)}${pad(figure(x.modelMetrics.auc), 8)}${pad(figure(x.modelMetrics.brier), 8)}${figure(x.baselineMetrics.brier)}`
    ),
    '',
    ...calibrationLines('Calibration, model:', m),
    '',
    ...calibrationLines('Calibration, baseline:', b)
  ].join('\n');
}
