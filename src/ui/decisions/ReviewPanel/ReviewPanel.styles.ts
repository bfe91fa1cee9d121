import { mergeStyleSets, Stylesheet, type ITheme } from '@fluentui/react';

export interface IReviewPanelClassNames {
  readonly root: string;
  readonly pack: string;
  readonly heading: string;
  readonly table: string;
  readonly status: string;
  readonly actions: string;
}

/** Marks the review pack; when printing, everything else on the page is hidden. */
export const PRINTED_PACK_CLASS = 'vn-review-pack';

let printRuleInserted = false;

/**
 * Prints the review pack alone: a page-wide rule (SharePoint and Teams pages hold far more than the
 * pack), inserted once through Fluent's stylesheet so it obeys the page's CSP like every other style.
 */
export function ensurePrintRule(): void {
  if (printRuleInserted) return;
  printRuleInserted = true;
  // Everything that neither is, holds nor sits in the pack is taken out of the printed page (not merely
  // hidden), so the pack prints on as many pages as it needs and no blank ones follow.
  const pack = `.${PRINTED_PACK_CLASS}`;
  Stylesheet.getInstance().insertRule(
    `@media print { body *:not(:has(${pack})):not(${pack}):not(${pack} *) { display: none !important; } ${pack} button { display: none !important; } ${pack} { border: none !important; } }`,
    true
  );
}

export function getReviewPanelClassNames(theme: ITheme): IReviewPanelClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 12, paddingTop: 8 },
    pack: [PRINTED_PACK_CLASS, { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 16, background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText }],
    heading: { margin: '12px 0 4px', fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', padding: '2px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` } } },
    status: { fontWeight: 600 },
    actions: { display: 'flex', gap: 8, alignItems: 'flex-end' }
  });
}
