/** The public face of src/core/recognition. Recognition: which exchange of the blueprint a mail, meeting or task is. Other layers import from here only. */
export { recogniseItems } from './recogniseItems';
export type { UnmatchedItem, UnmatchedReason } from './recogniseItems';
export type { RecognitionContext } from './recognitionContext';
export { sourceKeyOf } from './sourceItem';
export type { SourceItem } from './sourceItem';
export { groupUnmatched } from './groupUnmatched';
export type { UnmatchedGroup } from './groupUnmatched';
export type { SourceItemKind } from './sourceItem';
export { patternWords, suggestRecognitionRule } from './suggestRule';
