import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IDraftChangesClassNames {
  readonly root: string;
  readonly summary: string;
  readonly body: string;
}

export function getDraftChangesClassNames(theme: ITheme): IDraftChangesClassNames {
  return mergeStyleSets({
    // In the Designer's flex column a details element would otherwise shrink and its lines collapse onto each other.
    root: { flexShrink: 0, borderLeft: `4px solid ${theme.palette.themePrimary}`, background: theme.semanticColors.bodyStandoutBackground, padding: '4px 12px' },
    summary: { cursor: 'pointer', fontWeight: 600, padding: '4px 0' },
    body: { display: 'block', maxHeight: 240, overflowY: 'auto' }
  });
}
