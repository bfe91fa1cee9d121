/** The deviation types belong to the model (a technical blueprint's alert rules name them); conformance reports them. */
export type { Deviation, DeviationKind, DeviationSeverity } from '../model';
