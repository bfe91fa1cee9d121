import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IAlertRulesEditorClassNames {
  readonly root: string;
  readonly rule: string;
  readonly ruleHeading: string;
  readonly grid: string;
  readonly checks: string;
  readonly groupLabel: string;
  readonly error: string;
}

export function getAlertRulesEditorClassNames(theme: ITheme): IAlertRulesEditorClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 },
    rule: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 },
    ruleHeading: { margin: 0, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, wordBreak: 'break-word' },
    grid: { display: 'flex', flexWrap: 'wrap', gap: 12, selectors: { '> *': { flex: '1 1 200px', minWidth: 0 } } },
    checks: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', margin: 0, padding: 0, border: 'none' },
    groupLabel: { fontWeight: 600, padding: '5px 0', marginBottom: 4 },
    error: { color: theme.semanticColors.errorText, fontSize: theme.fonts.small.fontSize, margin: 0 }
  });
}
