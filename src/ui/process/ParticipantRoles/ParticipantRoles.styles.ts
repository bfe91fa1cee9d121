import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IParticipantRolesClassNames {
  readonly root: string;
  readonly heading: string;
  readonly scroller: string;
  readonly table: string;
  readonly select: string;
}

export function getParticipantRolesClassNames(theme: ITheme): IParticipantRolesClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, marginTop: 24 },
    heading: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    // Long emails must not widen the page at 320 px: the table scrolls inside its own box.
    scroller: { overflowX: 'auto', maxWidth: '100%' },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      selectors: {
        'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top', wordBreak: 'break-word' }
      }
    },
    select: {
      minHeight: 32,
      minWidth: 140,
      color: theme.semanticColors.inputText,
      background: theme.semanticColors.inputBackground,
      border: `1px solid ${theme.semanticColors.inputBorder}`,
      borderRadius: 2,
      selectors: { ':focus': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 1 } }
    }
  });
}
