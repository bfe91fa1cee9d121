import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IConstraintPreviewPanelClassNames {
  readonly root: string;
  readonly heading: string;
  readonly stage: string;
  readonly list: string;
  readonly exit: string;
}

export function getConstraintPreviewPanelClassNames(theme: ITheme): IConstraintPreviewPanelClassNames {
  return mergeStyleSets({
    root: {
      padding: 12,
      borderLeft: `4px solid ${theme.palette.themePrimary}`,
      background: theme.semanticColors.bodyStandoutBackground,
      minWidth: 0
    },
    heading: { margin: '0 0 8px', fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    stage: { margin: '8px 0 4px', fontSize: theme.fonts.medium.fontSize, fontWeight: 600 },
    list: { margin: 0, paddingLeft: 20, lineHeight: '1.5em', wordBreak: 'break-word' },
    exit: { fontWeight: 600 }
  });
}
