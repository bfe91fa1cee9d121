import { mergeStyleSets, type ITheme } from '@fluentui/react';

export interface INetworkDiagramClassNames {
  readonly root: string;
  readonly controls: string;
  readonly hint: string;
  readonly canvas: string;
  readonly node: string;
  readonly arrow: string;
  readonly legend: string;
  readonly legendItem: string;
  readonly focus: string;
  readonly steps: string;
}

export function getNetworkDiagramClassNames(theme: ITheme): INetworkDiagramClassNames {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 },
    controls: { display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' },
    hint: { margin: 0, color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    canvas: {
      width: '100%',
      height: 480,
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      background: theme.semanticColors.bodyBackground,
      touchAction: 'none',
      display: 'block',
      '@media (max-width: 480px)': { height: 360 }
    },
    node: { cursor: 'grab', outline: 'none', selectors: { '& .vn-focus': { visibility: 'hidden' }, ':focus .vn-focus': { visibility: 'visible' } } },
    arrow: {
      cursor: 'pointer',
      outline: 'none',
      selectors: { ':focus path.vn-hit': { strokeOpacity: 0.25 }, ':hover path.vn-hit': { strokeOpacity: 0.15 }, ':focus rect.vn-label': { strokeWidth: 3, stroke: theme.palette.themeDarker } }
    },
    legend: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px', margin: 0, padding: 0, listStyle: 'none', fontSize: theme.fonts.small.fontSize },
    legendItem: { display: 'flex', alignItems: 'center', gap: 6 },
    focus: { minWidth: 200 },
    steps: { minWidth: 90 }
  });
}
