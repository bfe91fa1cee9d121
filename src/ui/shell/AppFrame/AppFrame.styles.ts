import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IAppFrameClassNames {
  readonly root: string;
  readonly header: string;
  readonly title: string;
  readonly purpose: string;
  readonly facts: string;
  readonly fact: string;
}

export function getAppFrameClassNames(theme: ITheme): IAppFrameClassNames {
  return mergeStyleSets({
    root: {
      background: theme.semanticColors.bodyBackground,
      color: theme.semanticColors.bodyText,
      padding: 16,
      minWidth: 0,
      boxSizing: 'border-box'
    },
    header: { display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12 },
    title: { margin: 0, fontSize: theme.fonts.xLarge.fontSize, fontWeight: 600 },
    purpose: { margin: 0, color: theme.semanticColors.bodySubtext },
    facts: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: 0, padding: 0, listStyle: 'none' },
    fact: {
      padding: '2px 8px',
      borderRadius: 2,
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      fontSize: theme.fonts.small.fontSize
    }
  });
}
