import type * as React from 'react';
import type { ValidationProblem } from '../../../core';
import type { Blueprint } from '../../../core/model';
import type { DesignerStrings } from '../../i18n/designer';
import type { DesignerAction } from '../designerReducer';

export interface IBlueprintTableProps {
  readonly blueprint: Blueprint;
  /** Problems from `validateBlueprint`; each is shown next to the field its JSON pointer names. */
  readonly problems: readonly ValidationProblem[];
  readonly strings: DesignerStrings;
  readonly dispatch: React.Dispatch<DesignerAction>;
  /** Shown to people who may not edit: every field disabled, no add or remove buttons. */
  readonly readOnly?: boolean;
}
