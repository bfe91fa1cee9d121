import * as React from 'react';
import { DefaultButton, IconButton, useTheme, type ITheme } from '@fluentui/react';
import type { Role, Transaction } from '../../../core/model/blueprint';
import { arrowGeometry } from '../diagramGeometry';
import { boundsOf, NODE_HEIGHT, NODE_WIDTH, type Point } from '../layout';
import { stageColour } from '../stagePalette';
import { diagramViewReducer, type DiagramState } from './diagramViewReducer';
import { getNetworkDiagramClassNames } from './NetworkDiagram.styles';
import type { DiagramView, INetworkDiagramProps } from './NetworkDiagram.types';

const CANVAS_HEIGHT = 480;
const KEY_STEP = 10;

function fitView(props: INetworkDiagramProps, width: number): DiagramView {
  const box = boundsOf(props.positions);
  const scale = Math.min(1.5, Math.max(0.25, Math.min(width / box.width, CANVAS_HEIGHT / box.height)));
  return { scale, tx: (width - box.width * scale) / 2 - box.x * scale, ty: (CANVAS_HEIGHT - box.height * scale) / 2 - box.y * scale };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function RoleShape(props: { role: Role; theme: ITheme; selected: boolean }): React.ReactElement {
  const { palette, semanticColors } = props.theme;
  const w = NODE_WIDTH;
  const h = NODE_HEIGHT;
  const stroke = props.selected ? 4 : 2;
  if (props.role.side === 'customer') {
    return (
      <>
        <rect x={-w / 2} y={-h / 2} width={w} height={h} rx={h / 2} fill={palette.neutralLighter} stroke={palette.neutralPrimary} strokeWidth={stroke} />
        <rect x={-w / 2 + 4} y={-h / 2 + 4} width={w - 8} height={h - 8} rx={h / 2 - 4} fill="none" stroke={palette.neutralPrimary} strokeWidth={1} />
      </>
    );
  }
  if (props.role.side === 'partner') {
    const points = [[-w / 2, 0], [-w / 2 + 16, -h / 2], [w / 2 - 16, -h / 2], [w / 2, 0], [w / 2 - 16, h / 2], [-w / 2 + 16, h / 2]].map((p) => p.join(',')).join(' ');
    return <polygon points={points} fill={palette.neutralLight} stroke={semanticColors.bodyText} strokeWidth={stroke} />;
  }
  return <rect x={-w / 2} y={-h / 2} width={w} height={h} rx={2} fill={palette.themeLighter} stroke={palette.themePrimary} strokeWidth={stroke} />;
}

/** The value network as an SVG diagram: roles as shapes by side, transactions as arrows by kind and stage. */
export function NetworkDiagram(props: INetworkDiagramProps): React.ReactElement {
  const theme = useTheme();
  const classNames = getNetworkDiagramClassNames(theme);
  const { strings, blueprint } = props;
  const svgRef = React.useRef<SVGSVGElement>(null);
  const [state, dispatch] = React.useReducer(diagramViewReducer, undefined, (): DiagramState => ({
    view: fitView(props, 800),
    drag: undefined,
    pan: undefined,
    connectFrom: undefined
  }));
  const fit = (): void => dispatch({ type: 'fit', view: fitView(props, svgRef.current?.clientWidth || 800) });
  React.useEffect(fit, []);

  const toDiagram = (event: React.PointerEvent): Point => {
    const rect = svgRef.current?.getBoundingClientRect();
    const x = event.clientX - (rect?.left ?? 0);
    const y = event.clientY - (rect?.top ?? 0);
    return { x: (x - state.view.tx) / state.view.scale, y: (y - state.view.ty) / state.view.scale };
  };
  const toCanvas = (event: React.PointerEvent): Point => {
    const rect = svgRef.current?.getBoundingClientRect();
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
  };

  const stageIndex = new Map([...blueprint.stages].sort((a, b) => a.order - b.order).map((s, i) => [s.id, i]));
  const colourOf = (t: Transaction): string => (stageIndex.has(t.stage) ? stageColour(props.themeKind, stageIndex.get(t.stage) ?? 0) : theme.semanticColors.bodySubtext);
  const roleName = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  const stageName = (id: string): string => blueprint.stages.find((s) => s.id === id)?.name ?? id;
  const positions = state.drag ? { ...props.positions, [state.drag.id]: state.drag.at } : props.positions;
  const arrows = arrowGeometry(blueprint.transactions, positions);
  const byId = new Map(blueprint.transactions.map((t) => [t.id, t]));
  const markerColours = [...new Set(blueprint.transactions.map(colourOf))];

  const pick = (id: string): void => {
    if (state.connectFrom === undefined) return;
    if (state.connectFrom !== '') props.onConnect(state.connectFrom, id);
    dispatch({ type: 'connectPick', id });
  };

  const nodeKeyDown = (role: Role, event: React.KeyboardEvent): void => {
    const at = props.positions[role.id];
    const step = event.shiftKey ? KEY_STEP * 5 : KEY_STEP;
    const moves: Record<string, Point> = {
      ArrowLeft: { x: at.x - step, y: at.y },
      ArrowRight: { x: at.x + step, y: at.y },
      ArrowUp: { x: at.x, y: at.y - step },
      ArrowDown: { x: at.x, y: at.y + step }
    };
    if (moves[event.key]) {
      event.preventDefault();
      props.onMove(role.id, moves[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (state.connectFrom !== undefined) pick(role.id);
      else props.onSelect({ kind: 'role', id: role.id });
    }
  };

  const connectHint = state.connectFrom === undefined ? undefined : state.connectFrom === '' ? strings.connectFrom : strings.connectTo(roleName(state.connectFrom));
  const centre = (): Point => ({ x: (svgRef.current?.clientWidth || 800) / 2, y: CANVAS_HEIGHT / 2 });

  return (
    <div className={classNames.root}>
      <div className={classNames.controls} role="toolbar" aria-label={strings.diagramLabel}>
        <DefaultButton
          iconProps={{ iconName: 'Flow' }}
          text={state.connectFrom === undefined ? strings.connect : strings.cancelConnect}
          aria-pressed={state.connectFrom !== undefined}
          onClick={() => dispatch({ type: 'connectMode', on: state.connectFrom === undefined })}
          disabled={blueprint.roles.length < 1}
        />
        <IconButton iconProps={{ iconName: 'ZoomIn' }} title={strings.zoomIn} ariaLabel={strings.zoomIn} onClick={() => dispatch({ type: 'zoom', factor: 1.25, around: centre() })} />
        <IconButton iconProps={{ iconName: 'ZoomOut' }} title={strings.zoomOut} ariaLabel={strings.zoomOut} onClick={() => dispatch({ type: 'zoom', factor: 0.8, around: centre() })} />
        <IconButton iconProps={{ iconName: 'ZoomToFit' }} title={strings.resetView} ariaLabel={strings.resetView} onClick={fit} />
        <p className={classNames.hint} role="status">{connectHint ?? strings.diagramHelp}</p>
      </div>
      <svg
        ref={svgRef}
        className={classNames.canvas}
        role="group"
        aria-label={strings.diagramLabel}
        onWheel={(event) => {
          // Only with Ctrl: a plain wheel keeps scrolling the page, as users of SharePoint pages expect.
          if (event.ctrlKey) dispatch({ type: 'zoom', factor: event.deltaY < 0 ? 1.1 : 0.9, around: toCanvas(event as unknown as React.PointerEvent) });
        }}
        onPointerMove={(event) => {
          if (state.drag) dispatch({ type: 'dragTo', at: toDiagram(event) });
          else if (state.pan) dispatch({ type: 'panTo', at: toCanvas(event) });
        }}
        onPointerUp={() => {
          if (state.drag) {
            if (state.drag.moved) props.onMove(state.drag.id, { x: Math.round(state.drag.at.x), y: Math.round(state.drag.at.y) });
            else if (state.connectFrom !== undefined) pick(state.drag.id);
            else props.onSelect({ kind: 'role', id: state.drag.id });
            dispatch({ type: 'dragEnd' });
          }
          if (state.pan) dispatch({ type: 'panEnd' });
        }}
      >
        <defs>
          {markerColours.map((colour) => (
            <marker key={colour} id={`vn-arrow-${colour.slice(1)}`} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill={colour} />
            </marker>
          ))}
        </defs>
        <rect
          x={0}
          y={0}
          width="100%"
          height="100%"
          fill="transparent"
          onPointerDown={(event) => {
            (event.target as Element).setPointerCapture?.(event.pointerId);
            dispatch({ type: 'panStart', at: toCanvas(event) });
          }}
        />
        <g transform={`translate(${state.view.tx} ${state.view.ty}) scale(${state.view.scale})`}>
          {arrows.map((arrow) => {
            const t = byId.get(arrow.transactionId) as Transaction;
            const colour = colourOf(t);
            const selected = props.selection?.kind === 'transaction' && props.selection.id === t.id;
            const label = `${t.sequence}. ${truncate(t.deliverable, 28)}`;
            return (
              <g
                key={t.id}
                className={classNames.arrow}
                tabIndex={0}
                role="button"
                aria-label={strings.arrowLabel(t.sequence, t.deliverable, roleName(t.from), roleName(t.to), strings.kinds[t.kind] ?? t.kind, stageName(t.stage))}
                aria-pressed={selected}
                data-transaction={t.id}
                onClick={() => props.onSelect({ kind: 'transaction', id: t.id })}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    props.onSelect({ kind: 'transaction', id: t.id });
                  }
                }}
              >
                <path className="vn-hit" d={arrow.path} stroke={colour} strokeOpacity={0} strokeWidth={14} fill="none" />
                <path
                  d={arrow.path}
                  stroke={colour}
                  strokeWidth={selected ? 4 : 2}
                  strokeDasharray={t.kind === 'intangible' ? '7 5' : undefined}
                  fill="none"
                  markerEnd={`url(#vn-arrow-${colour.slice(1)})`}
                />
                <text
                  x={arrow.label.x}
                  y={arrow.label.y}
                  textAnchor="middle"
                  dominantBaseline="middle"
                  fontSize={12}
                  fill={theme.semanticColors.bodyText}
                  stroke={theme.semanticColors.bodyBackground}
                  strokeWidth={4}
                  paintOrder="stroke"
                  fontWeight={selected ? 600 : 400}
                >
                  {label}
                </text>
              </g>
            );
          })}
          {blueprint.roles.map((role) => {
            const at = positions[role.id];
            if (!at) return undefined;
            const selected = (props.selection?.kind === 'role' && props.selection.id === role.id) || state.connectFrom === role.id;
            const gives = blueprint.transactions.filter((t) => t.from === role.id).length;
            const receives = blueprint.transactions.filter((t) => t.to === role.id).length;
            return (
              <g
                key={role.id}
                className={classNames.node}
                transform={`translate(${at.x} ${at.y})`}
                tabIndex={0}
                role="button"
                aria-label={strings.roleNode(role.name, strings.sides[role.side] ?? role.side, gives, receives)}
                aria-pressed={selected}
                data-role={role.id}
                onKeyDown={(event) => nodeKeyDown(role, event)}
                onPointerDown={(event) => {
                  event.stopPropagation();
                  (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
                  dispatch({ type: 'dragStart', id: role.id, at: props.positions[role.id] });
                }}
              >
                <rect className="vn-focus" x={-NODE_WIDTH / 2 - 6} y={-NODE_HEIGHT / 2 - 6} width={NODE_WIDTH + 12} height={NODE_HEIGHT + 12} fill="none" stroke={theme.palette.themeDarker} strokeWidth={2} strokeDasharray="4 2" />
                <RoleShape role={role} theme={theme} selected={selected} />
                <text textAnchor="middle" dominantBaseline="middle" fontSize={13} fontWeight={600} fill={theme.semanticColors.bodyText}>
                  {truncate(role.name, 20)}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <Legend {...props} theme={theme} classNames={classNames} />
    </div>
  );
}

function Legend(props: INetworkDiagramProps & { theme: ITheme; classNames: ReturnType<typeof getNetworkDiagramClassNames> }): React.ReactElement {
  const { strings, theme, classNames } = props;
  const swatch = (child: React.ReactNode): React.ReactElement => (
    <svg width={36} height={20} aria-hidden="true" focusable="false">{child}</svg>
  );
  const text = theme.semanticColors.bodyText;
  return (
    <ul className={classNames.legend} aria-label={strings.legend}>
      <li className={classNames.legendItem}>{swatch(<rect x={2} y={3} width={32} height={14} rx={1} fill={theme.palette.themeLighter} stroke={theme.palette.themePrimary} strokeWidth={2} />)}{strings.legendInternal}</li>
      <li className={classNames.legendItem}>{swatch(<><rect x={2} y={3} width={32} height={14} rx={7} fill={theme.palette.neutralLighter} stroke={theme.palette.neutralPrimary} strokeWidth={2} /><rect x={5} y={6} width={26} height={8} rx={4} fill="none" stroke={theme.palette.neutralPrimary} /></>)}{strings.legendCustomer}</li>
      <li className={classNames.legendItem}>{swatch(<polygon points="2,10 8,3 28,3 34,10 28,17 8,17" fill={theme.palette.neutralLight} stroke={text} strokeWidth={2} />)}{strings.legendPartner}</li>
      <li className={classNames.legendItem}>{swatch(<line x1={2} y1={10} x2={34} y2={10} stroke={text} strokeWidth={2} />)}{strings.legendTangible}</li>
      <li className={classNames.legendItem}>{swatch(<line x1={2} y1={10} x2={34} y2={10} stroke={text} strokeWidth={2} strokeDasharray="7 5" />)}{strings.legendIntangible}</li>
      {[...props.blueprint.stages].sort((a, b) => a.order - b.order).map((stage, i) => (
        <li key={stage.id} className={classNames.legendItem}>
          {swatch(<line x1={2} y1={10} x2={34} y2={10} stroke={stageColour(props.themeKind, i)} strokeWidth={4} />)}
          {stage.name}
        </li>
      ))}
    </ul>
  );
}
