import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface IStageEditorClassNames {
  readonly root: string;
  readonly heading: string;
  readonly criteria: string;
  readonly activities: string;
  readonly activity: string;
  readonly activityName: string;
  readonly meta: string;
  readonly controls: string;
}

export function getStageEditorClassNames(theme: ITheme): IStageEditorClassNames {
  return mergeStyleSets({
    root: {
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderRadius: 4,
      padding: 12,
      display: 'flex',
      flexDirection: 'column',
      gap: 8,
      minWidth: 0
    },
    heading: { margin: 0, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    criteria: { display: 'flex', flexWrap: 'wrap', gap: 12, selectors: { '> *': { flex: '1 1 140px', minWidth: 0 } } },
    activities: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6 },
    activity: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'flex-end',
      gap: 8,
      padding: 8,
      borderRadius: 2,
      background: theme.semanticColors.bodyStandoutBackground
    },
    activityName: { flex: '1 1 160px', minWidth: 0, wordBreak: 'break-word' },
    meta: { display: 'block', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    controls: { display: 'flex', alignItems: 'flex-end', gap: 4, flex: '0 1 auto' }
  });
}
