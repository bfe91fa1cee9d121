import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IDataImportClassNames {
  readonly root: string;
  readonly heading: string;
  readonly row: string;
  readonly fileInput: string;
  readonly table: string;
}

export function getDataImportClassNames(theme: ITheme): IDataImportClassNames {
  return mergeStyleSets({
    root: { minWidth: 0, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12 },
    heading: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '0 0 4px' },
    row: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end', margin: '8px 0' },
    fileInput: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    table: {
      width: '100%',
      borderCollapse: 'collapse',
      fontSize: theme.fonts.small.fontSize,
      selectors: { 'th, td': { padding: '3px 6px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left', verticalAlign: 'top' } }
    }
  });
}
