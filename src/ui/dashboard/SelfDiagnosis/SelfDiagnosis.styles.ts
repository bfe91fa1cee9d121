import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface ISelfDiagnosisClassNames {
  readonly root: string;
  readonly heading: string;
  readonly subheading: string;
  readonly description: string;
  readonly leak: string;
  readonly list: string;
  readonly deals: string;
}

export function getSelfDiagnosisClassNames(theme: ITheme): ISelfDiagnosisClassNames {
  return mergeStyleSets({
    root: { minWidth: 0, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, overflowWrap: 'anywhere' },
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '0 0 6px' },
    subheading: { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, margin: '12px 0 4px' },
    description: { margin: '0 0 6px', color: theme.semanticColors.bodySubtext },
    leak: { margin: 0, fontWeight: 600 },
    list: { margin: 0, paddingLeft: 18, selectors: { '> li': { margin: '6px 0' } } },
    deals: { margin: '2px 0 0', paddingLeft: 18 }
  });
}
