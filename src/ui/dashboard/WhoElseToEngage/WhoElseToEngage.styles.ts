import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IWhoElseToEngageClassNames {
  readonly root: string;
  readonly heading: string;
  readonly subheading: string;
  readonly description: string;
  readonly list: string;
  readonly person: string;
  readonly controls: string;
}

export function getWhoElseToEngageClassNames(theme: ITheme): IWhoElseToEngageClassNames {
  return mergeStyleSets({
    root: { marginTop: 16, overflowWrap: 'anywhere' },
    heading: { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, margin: '0 0 4px' },
    subheading: { fontSize: theme.fonts.medium.fontSize, fontWeight: 600, margin: '8px 0 4px' },
    description: { margin: '0 0 6px', color: theme.semanticColors.bodySubtext },
    list: { margin: 0, padding: 0, listStyle: 'none' },
    person: { padding: '6px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` },
    controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 8, marginTop: 4 }
  });
}
