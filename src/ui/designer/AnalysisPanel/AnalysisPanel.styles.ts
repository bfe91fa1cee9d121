import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IAnalysisPanelClassNames {
  readonly root: string;
  readonly heading: string;
  readonly scroller: string;
  readonly table: string;
  readonly th: string;
  readonly td: string;
  readonly findings: string;
}

export function getAnalysisPanelClassNames(theme: ITheme): IAnalysisPanelClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 },
    heading: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    scroller: { overflowX: 'auto', selectors: { ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}` } } },
    table: { borderCollapse: 'collapse', width: '100%', minWidth: 480 },
    th: { textAlign: 'left', padding: '4px 8px', borderBottom: `2px solid ${theme.semanticColors.bodyDivider}`, whiteSpace: 'nowrap' },
    td: { padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` },
    findings: { margin: 0, paddingLeft: 20, display: 'flex', flexDirection: 'column', gap: 6 }
  });
}
