/**
 * Flags each column that has |Pearson r| >= `threshold` with at least one other column over `rows`.
 * Such columns share one signal, so a penalised regression may split its weight between them with
 * opposite signs (e.g. "Technical evaluator involved" and "Technical discovery workshop done").
 * Edge cases: a constant column (zero variance) correlates with nothing; fewer than two rows flag nothing.
 * @param threshold in (0, 1]
 */
export function correlatedFeatures(rows: readonly (readonly number[])[], threshold: number): boolean[] {
  const width = rows.length === 0 ? 0 : rows[0].length;
  const flags = new Array<boolean>(width).fill(false);
  if (rows.length < 2) return flags;
  const means = new Array<number>(width).fill(0);
  for (const row of rows) for (let j = 0; j < width; j++) means[j] += row[j] / rows.length;
  const centred = rows.map((row) => row.map((v, j) => v - means[j]));
  const norms = means.map((_, j) => Math.sqrt(centred.reduce((s, row) => s + row[j] * row[j], 0)));
  for (let a = 0; a < width; a++) {
    // A tiny relative norm is rounding noise on a constant column, not variation.
    if (norms[a] <= 1e-12 * Math.max(1, Math.abs(means[a]))) continue;
    for (let b = a + 1; b < width; b++) {
      if (norms[b] <= 1e-12 * Math.max(1, Math.abs(means[b]))) continue;
      let dot = 0;
      for (const row of centred) dot += row[a] * row[b];
      if (Math.abs(dot / (norms[a] * norms[b])) >= threshold) {
        flags[a] = true;
        flags[b] = true;
      }
    }
  }
  return flags;
}
