import type * as React from 'react';
import type { ValidationProblem } from '../../../core';
import type { Blueprint } from '../../../core/model';
import type { DesignerStrings } from '../../i18n/designer';
import type { DesignerAction, Selection } from '../designerReducer';

export interface IItemEditorPanelProps {
  readonly blueprint: Blueprint;
  /** The item to edit; the panel is closed without one. */
  readonly selection: Selection | undefined;
  readonly problems: readonly ValidationProblem[];
  readonly strings: DesignerStrings;
  readonly dispatch: React.Dispatch<DesignerAction>;
}
