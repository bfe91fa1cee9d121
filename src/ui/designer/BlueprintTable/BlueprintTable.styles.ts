import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IBlueprintTableClassNames {
  readonly root: string;
  readonly section: string;
  readonly heading: string;
  readonly scroller: string;
  readonly table: string;
  readonly th: string;
  readonly td: string;
  readonly input: string;
  readonly number: string;
  readonly error: string;
  readonly fieldset: string;
}

export function getBlueprintTableClassNames(theme: ITheme): IBlueprintTableClassNames {
  const field = {
    boxSizing: 'border-box' as const,
    width: '100%',
    minWidth: 0,
    padding: '4px 6px',
    font: 'inherit',
    color: theme.semanticColors.inputText,
    background: theme.semanticColors.inputBackground,
    border: `1px solid ${theme.semanticColors.inputBorder}`,
    borderRadius: 2,
    selectors: {
      ':focus': { outline: `2px solid ${theme.semanticColors.inputFocusBorderAlt}`, outlineOffset: -1 },
      '[aria-invalid="true"]': { borderColor: theme.semanticColors.errorText, borderWidth: 2 }
    }
  };
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0 },
    section: { display: 'flex', flexDirection: 'column', gap: 6, minWidth: 0 },
    heading: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    scroller: { overflowX: 'auto', maxWidth: '100%', selectors: { ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}` } } },
    table: { borderCollapse: 'collapse', width: '100%', minWidth: 560 },
    // Read-only fields keep the text colour: a reader still has to read them.
    fieldset: { border: 0, margin: 0, padding: 0, minWidth: 0, selectors: { ':disabled input, :disabled select': { color: theme.semanticColors.bodyText, background: theme.semanticColors.disabledBackground, opacity: 1 } } },
    th: { textAlign: 'left', padding: '4px 6px', borderBottom: `2px solid ${theme.semanticColors.bodyDivider}`, fontWeight: 600, whiteSpace: 'nowrap' },
    td: { padding: '3px 6px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top' },
    // A floor for text and selects: with auto table layout a long message in one column otherwise
    // squeezes the selects beside it until their values are cut ("Discover" read "Discove").
    input: { ...field, minWidth: 104 },
    number: { ...field, width: 72 },
    // Capped so that the message wraps under its field instead of widening the whole column.
    error: { display: 'block', maxWidth: 260, color: theme.semanticColors.errorText, fontSize: theme.fonts.small.fontSize, marginTop: 2 }
  });
}
