/** Per-feature centre and scale learnt from training rows. */
export interface Standardisation {
  readonly means: readonly number[];
  /** Population standard deviation; 1 for a constant feature so it standardises to 0. */
  readonly scales: readonly number[];
}

/** Means and population standard deviations of each column; an empty input gives empty arrays. */
export function learnStandardisation(rows: readonly (readonly number[])[]): Standardisation {
  const width = rows.length === 0 ? 0 : rows[0].length;
  const means = new Array<number>(width).fill(0);
  const squares = new Array<number>(width).fill(0);
  for (const row of rows) for (let j = 0; j < width; j++) means[j] += row[j];
  for (let j = 0; j < width; j++) means[j] /= rows.length;
  for (const row of rows) {
    for (let j = 0; j < width; j++) {
      const d = row[j] - means[j];
      squares[j] += d * d;
    }
  }
  const scales = squares.map((s) => {
    const sd = Math.sqrt(s / rows.length);
    return sd > 1e-12 ? sd : 1;
  });
  return { means, scales };
}

/** (x - mean) / scale for each feature; returns a new row. */
export function standardiseRow(standardisation: Standardisation, row: readonly number[]): number[] {
  return row.map((v, j) => (v - standardisation.means[j]) / standardisation.scales[j]);
}
