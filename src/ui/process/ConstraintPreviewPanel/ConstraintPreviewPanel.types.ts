import type { ProcessStrings } from '../../i18n/process';
import type { ConstraintPreview } from '../constraintPreview';

export interface IConstraintPreviewPanelProps {
  readonly preview: ConstraintPreview;
  readonly strings: ProcessStrings;
}
