/**
 * The public face of src/core's root: the error hierarchy every layer derives from. Each sub-package
 * (model, network, conformance, insights, alerts, recognition) has a face of its own; other layers
 * import core through these faces only.
 */
export { ValueNetworksError, InvalidBlueprintError, InvalidConstraintError } from './errors';
export type { ValidationProblem } from './errors';
