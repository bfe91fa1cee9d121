import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IVersionHistoryClassNames {
  readonly root: string;
  readonly list: string;
  readonly heading: string;
  readonly diff: string;
  readonly group: string;
}

export function getVersionHistoryClassNames(theme: ITheme): IVersionHistoryClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexWrap: 'wrap', gap: 16, minWidth: 0 },
    list: { flex: '1 1 240px', minWidth: 0, margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 4 },
    heading: { margin: '0 0 4px', fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    diff: { flex: '2 1 320px', minWidth: 0, overflowWrap: 'anywhere' },
    group: { margin: '4px 0 8px', paddingLeft: 20 }
  });
}
