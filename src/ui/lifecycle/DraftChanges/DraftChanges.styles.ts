import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IDraftChangesClassNames {
  readonly root: string;
  readonly summary: string;
}

export function getDraftChangesClassNames(theme: ITheme): IDraftChangesClassNames {
  return mergeStyleSets({
    root: { borderLeft: `4px solid ${theme.palette.themePrimary}`, background: theme.semanticColors.bodyStandoutBackground, padding: '4px 12px', margin: '8px 0' },
    summary: { cursor: 'pointer', fontWeight: 600, padding: '4px 0' }
  });
}
