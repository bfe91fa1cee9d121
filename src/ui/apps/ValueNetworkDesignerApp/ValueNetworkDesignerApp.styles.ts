import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IValueNetworkDesignerAppClassNames {
  readonly body: string;
  readonly status: string;
  readonly problems: string;
  readonly hiddenInput: string;
}

export function getValueNetworkDesignerAppClassNames(theme: ITheme): IValueNetworkDesignerAppClassNames {
  return mergeStyleSets({
    body: { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 },
    status: { margin: 0, color: theme.semanticColors.bodySubtext },
    problems: { margin: 0, paddingLeft: 20, maxHeight: 160, overflowY: 'auto' },
    hiddenInput: { display: 'none' }
  });
}
