import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface ILeadMappingStepClassNames {
  readonly root: string;
  readonly heading: string;
  readonly table: string;
  readonly samples: string;
  readonly source: string;
  readonly purpose: string;
  readonly features: string;
  readonly actions: string;
  readonly json: string;
}

export function getLeadMappingStepClassNames(theme: ITheme): ILeadMappingStepClassNames {
  const cell = { padding: '3px 6px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left', verticalAlign: 'middle' };
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 8, marginTop: 4 },
    heading: { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, margin: 0 },
    table: { width: '100%', borderCollapse: 'collapse', fontSize: theme.fonts.small.fontSize, selectors: { 'th, td': cell, caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' } } },
    samples: { color: theme.semanticColors.bodySubtext, maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    source: { display: 'block', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.xSmall.fontSize },
    purpose: { display: 'block', color: theme.semanticColors.errorText, fontSize: theme.fonts.xSmall.fontSize },
    features: { display: 'flex', flexWrap: 'wrap', gap: '8px 24px' },
    actions: { display: 'flex', gap: 8 },
    json: { maxHeight: 200, overflow: 'auto', fontSize: theme.fonts.xSmall.fontSize, background: theme.semanticColors.bodyStandoutBackground, padding: 8 }
  });
}
