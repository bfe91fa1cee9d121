import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IDecisionsAreaClassNames {
  readonly root: string;
  readonly heading: string;
}

export function getDecisionsAreaClassNames(theme: ITheme): IDecisionsAreaClassNames {
  return mergeStyleSets({
    root: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 16, minWidth: 0 },
    heading: { margin: '0 0 8px', fontSize: theme.fonts.large.fontSize, fontWeight: 600 }
  });
}
