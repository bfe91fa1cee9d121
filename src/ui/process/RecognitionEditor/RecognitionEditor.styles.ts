import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IRecognitionEditorClassNames {
  readonly root: string;
  readonly form: string;
  readonly fields: string;
  readonly list: string;
  readonly item: string;
  readonly rule: string;
  readonly error: string;
}

export function getRecognitionEditorClassNames(theme: ITheme): IRecognitionEditorClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 },
    form: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, display: 'flex', flexDirection: 'column', gap: 8 },
    fields: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', selectors: { '> *': { flex: '1 1 180px', minWidth: 0 } } },
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    item: { padding: 8, background: theme.semanticColors.bodyStandoutBackground, borderRadius: 2, wordBreak: 'break-word' },
    rule: { display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap' },
    error: { color: theme.semanticColors.errorText, fontSize: theme.fonts.small.fontSize, margin: 0 }
  });
}
