import { mergeStyleSets, type ITheme } from '@fluentui/react';
import type { ExchangeStatus } from '../model/exchangeTimeline';

export interface IOpportunityPanelClassNames {
  readonly section: string;
  readonly heading: string;
  readonly table: string;
  readonly list: string;
  readonly facts: string;
  readonly status: string;
  readonly scoreValue: string;
}

/**
 * Status text colours from the theme's text slots, so they keep text contrast in every theme; only
 * `missing` stands out (error text). The status word is always printed beside the colour.
 */
export function exchangeStatusColour(theme: ITheme, status: ExchangeStatus): string {
  switch (status) {
    case 'done': return theme.semanticColors.bodyText;
    case 'late': return theme.semanticColors.bodyText;
    case 'missing': return theme.semanticColors.errorText;
    case 'upcoming': return theme.semanticColors.bodySubtext;
    case 'not-made': return theme.semanticColors.bodySubtext;
  }
}

export function getOpportunityPanelClassNames(theme: ITheme): IOpportunityPanelClassNames {
  return mergeStyleSets({
    section: { marginTop: 16 },
    heading: { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, margin: '0 0 6px' },
    table: {
      width: '100%',
      borderCollapse: 'collapse',
      fontSize: theme.fonts.small.fontSize,
      selectors: { 'th, td': { padding: '3px 6px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left', verticalAlign: 'top' } }
    },
    list: { margin: 0, paddingLeft: 18, fontSize: theme.fonts.small.fontSize },
    facts: { margin: 0, color: theme.semanticColors.bodySubtext },
    status: { fontWeight: 600 },
    scoreValue: { fontSize: theme.fonts.xLarge.fontSize, fontWeight: 600, margin: '0 0 4px' }
  });
}
