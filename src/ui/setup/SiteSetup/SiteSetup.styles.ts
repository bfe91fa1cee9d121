import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface ISiteSetupClassNames {
  readonly root: string;
  readonly heading: string;
  readonly changes: string;
  readonly actions: string;
  readonly explanation: string;
}

export function getSiteSetupClassNames(theme: ITheme): ISiteSetupClassNames {
  return mergeStyleSets({
    root: {
      display: 'flex',
      flexDirection: 'column',
      gap: 12,
      padding: 16,
      maxWidth: 720,
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderRadius: 4,
      background: theme.semanticColors.bodyBackground,
      color: theme.semanticColors.bodyText,
      boxSizing: 'border-box',
      minWidth: 0
    },
    heading: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    changes: { margin: 0, paddingLeft: 20, maxHeight: 160, overflowY: 'auto', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize, wordBreak: 'break-word' },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8 },
    explanation: { margin: 0, lineHeight: '1.5em' }
  });
}
