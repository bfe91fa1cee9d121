import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface ILeadsPanelClassNames {
  readonly root: string;
  readonly row: string;
  readonly table: string;
  readonly hidden: string;
  readonly hint: string;
}

export function getLeadsPanelClassNames(theme: ITheme): ILeadsPanelClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 12, paddingTop: 8 },
    row: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' },
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', padding: '2px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` } } },
    hidden: { display: 'none' },
    hint: { color: theme.semanticColors.bodySubtext, alignSelf: 'center' }
  });
}
