import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IProcessEditorClassNames {
  readonly root: string;
  readonly toolbar: string;
  readonly status: string;
  readonly columns: string;
  readonly stages: string;
  readonly preview: string;
  readonly tab: string;
  readonly fieldset: string;
}

export function getProcessEditorClassNames(theme: ITheme): IProcessEditorClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 },
    toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 },
    status: { color: theme.semanticColors.bodySubtext },
    columns: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' },
    stages: { flex: '2 1 320px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: 12 },
    preview: { flex: '1 1 280px', minWidth: 0, position: 'sticky', top: 0 },
    tab: { paddingTop: 12 },
    fieldset: { border: 0, margin: 0, padding: 0, minWidth: 0 }
  });
}
