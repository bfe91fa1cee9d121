import type { Blueprint } from '../../../core/model';
import type { EngagementSuggestions } from '../model/engagement';

export interface IWhoElseToEngageProps {
  readonly suggestions: EngagementSuggestions;
  readonly blueprint: Blueprint;
  readonly locale: string;
  /** Maps the person to the role at the deal's account (the container stores it); rejects on failure. */
  readonly onMap: (email: string, roleId: string) => Promise<void>;
}
