import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IBlueprintDiffViewClassNames {
  readonly root: string;
  readonly title: string;
  readonly list: string;
}

export function getBlueprintDiffViewClassNames(theme: ITheme): IBlueprintDiffViewClassNames {
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText },
    title: { margin: '8px 0 4px', fontWeight: 600, fontSize: theme.fonts.medium.fontSize },
    // A string: merge-styles gives unitless numbers px, and 1.5px lines fall on top of each other.
    list: { margin: 0, paddingLeft: 20, lineHeight: '1.5' }
  });
}
