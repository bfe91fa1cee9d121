import type { Blueprint } from '../../../core/model';
import type { DesignerStrings } from '../../i18n/designer';

export interface IAnalysisPanelProps {
  readonly blueprint: Blueprint;
  readonly strings: DesignerStrings;
  /** BCP 47 locale for number formatting. */
  readonly locale: string;
}
