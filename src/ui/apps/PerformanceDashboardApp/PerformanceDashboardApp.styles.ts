import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IPerformanceDashboardAppClassNames {
  readonly layout: string;
  readonly wide: string;
  readonly heading: string;
}

export function getPerformanceDashboardAppClassNames(theme: ITheme): IPerformanceDashboardAppClassNames {
  return mergeStyleSets({
    // One column on phones (down to 320 px), two side by side from 900 px.
    layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 20, selectors: { '@media (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' } } },
    wide: { gridColumn: '1 / -1', minWidth: 0 },
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: 0 }
  });
}
