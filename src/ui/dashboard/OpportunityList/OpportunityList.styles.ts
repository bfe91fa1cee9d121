import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IOpportunityListClassNames {
  readonly root: string;
  readonly heading: string;
  readonly filters: string;
  readonly filter: string;
  readonly count: string;
  readonly list: string;
}

export function getOpportunityListClassNames(theme: ITheme): IOpportunityListClassNames {
  return mergeStyleSets({
    root: { minWidth: 0 },
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '0 0 8px' },
    filters: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' },
    filter: { flex: '1 1 180px', minWidth: 0, maxWidth: 280 },
    count: { margin: '8px 0 0', color: theme.semanticColors.bodySubtext },
    // The list scrolls inside a bounded box so that DetailsList virtualises its rows. The box follows the
    // viewport (a phone, a Teams tab, a tall monitor) instead of a fixed height, never below 15 rows' worth
    // of a small screen nor taller than the screen minus the filters above it.
    list: { position: 'relative', height: 'clamp(240px, calc(100vh - 180px), 960px)', overflow: 'auto', marginTop: 4 }
  });
}
