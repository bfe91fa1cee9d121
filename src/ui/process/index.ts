/** The Process Blueprint's components and pure helpers. */
export * from './ProcessEditor';
export * from './StageEditor';
export * from './ConstraintPreviewPanel';
export * from './AlertRulesEditor';
export * from './RecognitionEditor';
export { constraintPreview, type ConstraintPreview, type StagePreview, type PreviewSentence } from './constraintPreview';
export { processReducer, initialProcessState, isDirty, type ProcessAction, type ProcessState } from './processReducer';
export * from './ParticipantRoles';
export { accountPeople, accountsOf, customerRoles, roleEntries, type AccountPerson } from './accountRoles';
