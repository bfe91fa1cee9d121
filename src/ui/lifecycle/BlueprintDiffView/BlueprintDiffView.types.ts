import type { Blueprint } from '../../../core/model';
import type { LifecycleStrings } from '../../i18n/lifecycle';

export interface IBlueprintDiffViewProps {
  /** The older side. */
  readonly before: Blueprint;
  /** The newer side. */
  readonly after: Blueprint;
  readonly strings: LifecycleStrings;
  /** Heading level of the section titles (the view sits under a heading of its caller). */
  readonly headingLevel?: 4 | 5;
}
