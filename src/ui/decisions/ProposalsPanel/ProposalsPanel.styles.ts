import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IProposalsPanelClassNames {
  readonly root: string;
  readonly list: string;
  readonly item: string;
  readonly evidence: string;
  readonly actions: string;
  readonly diff: string;
}

export function getProposalsPanelClassNames(theme: ITheme): IProposalsPanelClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 12, paddingTop: 8 },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: { margin: '8px 0', padding: 8, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 },
    evidence: { margin: '4px 0 0 28px', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    actions: { display: 'flex', gap: 8, alignItems: 'center' },
    diff: { marginTop: 8 }
  });
}
