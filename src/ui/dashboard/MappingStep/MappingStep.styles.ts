import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IMappingStepClassNames {
  readonly root: string;
  readonly heading: string;
  readonly subheading: string;
  readonly table: string;
  readonly samples: string;
  readonly source: string;
  readonly purpose: string;
  readonly problems: string;
  readonly actions: string;
  readonly json: string;
}

export function getMappingStepClassNames(theme: ITheme): IMappingStepClassNames {
  const cell = { padding: '3px 6px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left', verticalAlign: 'middle' };
  return mergeStyleSets({
    root: { marginTop: 12 },
    heading: { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, margin: '0 0 4px' },
    subheading: { fontSize: theme.fonts.medium.fontSize, fontWeight: 600, margin: '16px 0 4px' },
    table: { width: '100%', borderCollapse: 'collapse', fontSize: theme.fonts.small.fontSize, selectors: { 'th, td': cell, caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' } } },
    samples: { color: theme.semanticColors.bodySubtext, maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    source: { display: 'block', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.xSmall.fontSize },
    purpose: { display: 'block', color: theme.semanticColors.errorText, fontSize: theme.fonts.xSmall.fontSize },
    problems: { margin: '12px 0' },
    actions: { display: 'flex', gap: 8, margin: '12px 0' },
    json: { maxHeight: 240, overflow: 'auto', fontSize: theme.fonts.xSmall.fontSize, background: theme.semanticColors.bodyStandoutBackground, padding: 8 }
  });
}
