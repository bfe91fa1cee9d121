import * as React from 'react';
import { DefaultButton, Dropdown, IconButton, useTheme, type IDropdownOption, type ITheme } from '@fluentui/react';
import type { Role, Transaction } from '../../../core/model';
import { boundsOf, NODE_HEIGHT, NODE_WIDTH, type Point, type Positions } from '../layout';
import { neighbourhood, type FocusTarget } from '../neighbourhood';
import { abbreviate, HEADER_HEIGHT, LABEL_CHAR_WIDTH, LABEL_FONT_SIZE, withPinnedRoles, type ExchangeLayout } from '../networkLayout';
import { stageColour } from '../stagePalette';
import { diagramViewReducer, type DiagramState } from './diagramViewReducer';
import { ExchangeLine, ExchangeText } from './ExchangeLine';
import { getNetworkDiagramClassNames } from './NetworkDiagram.styles';
import type { DiagramView, INetworkDiagramProps } from './NetworkDiagram.types';
import { useNetworkLayout } from './useNetworkLayout';

const CANVAS_HEIGHT = 480;
const MIN_CANVAS_HEIGHT = 320;
const MAX_CANVAS_HEIGHT = 760;
const KEY_STEP = 10;

/** The view that shows `box` (diagram units) whole and centred in a canvas of `width` x `height` CSS pixels. */
function fitView(box: { x: number; y: number; width: number; height: number }, width: number, height: number): DiagramView {
  const scale = Math.min(1.5, Math.max(0.25, Math.min(width / box.width, height / box.height)));
  return { scale, tx: (width - box.width * scale) / 2 - box.x * scale, ty: (height - box.height * scale) / 2 - box.y * scale };
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

/** The value network as an SVG diagram: roles as shapes by side, transactions as lines by kind and stage. */
export function NetworkDiagram(props: INetworkDiagramProps): React.ReactElement {
  const theme = useTheme();
  const classNames = getNetworkDiagramClassNames(theme);
  const { strings, blueprint } = props;
  const svgRef = React.useRef<SVGSVGElement>(null);
  const laidOut = useNetworkLayout(blueprint);
  const [canvasHeight, setCanvasHeight] = React.useState(CANVAS_HEIGHT);
  const [focus, setFocus] = React.useState<{ readonly target: FocusTarget | undefined; readonly steps: number }>({ target: undefined, steps: 1 });
  const [peek, setPeek] = React.useState<string | undefined>(undefined);
  const [state, dispatch] = React.useReducer(diagramViewReducer, undefined, (): DiagramState => ({
    view: fitView(boundsOf(props.positions), 800, CANVAS_HEIGHT),
    drag: undefined,
    pan: undefined,
    connectFrom: undefined
  }));

  const pinned: Record<string, Point> = {};
  for (const id of props.pinned ?? []) if (props.positions[id]) pinned[id] = props.positions[id];
  if (state.drag) pinned[state.drag.id] = state.drag.at;
  const layout = laidOut ? withPinnedRoles(laidOut.layout, blueprint, pinned) : undefined;
  const positions: Positions = layout ? { ...props.positions, ...layout.positions } : props.positions;

  const fit = (): void => {
    const width = svgRef.current?.clientWidth || 800;
    const box = layout ? unionBox({ x: 0, y: 0, width: layout.width, height: layout.height }, boundsOf(positions)) : boundsOf(positions);
    // The canvas takes the diagram's proportions (within limits), so that the diagram fills it.
    const height = Math.round(Math.min(MAX_CANVAS_HEIGHT, Math.max(MIN_CANVAS_HEIGHT, (width * box.height) / box.width)));
    setCanvasHeight(height);
    dispatch({ type: 'fit', view: fitView(box, width, height) });
  };
  const layoutSize = layout ? `${layout.width}x${layout.height}` : '';
  React.useEffect(fit, [layoutSize]);

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

  const stages = [...blueprint.stages].sort((a, b) => a.order - b.order);
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const colourOf = (t: Transaction): string => (stageIndex.has(t.stage) ? stageColour(props.themeKind, stageIndex.get(t.stage) ?? 0) : theme.semanticColors.bodySubtext);
  const roleName = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  const stageName = (id: string): string => blueprint.stages.find((s) => s.id === id)?.name ?? id;
  const byId = new Map(blueprint.transactions.map((t) => [t.id, t]));
  const markerColours = [...new Set(blueprint.transactions.map(colourOf))];
  const shown = focus.target ? neighbourhood(blueprint, focus.target, focus.steps) : undefined;
  // Tab order: roles first, column by column and top to bottom, then the exchanges in sequence.
  const roles = blueprint.roles.filter((r) => positions[r.id]).sort((a, b) => positions[a.id].x - positions[b.id].x || positions[a.id].y - positions[b.id].y);
  const peeked = peek === undefined ? undefined : layout?.exchanges.find((x) => x.transactionId === peek);

  const pick = (id: string): void => {
    if (state.connectFrom === undefined) return;
    if (state.connectFrom !== '') props.onConnect(state.connectFrom, id);
    dispatch({ type: 'connectPick', id });
  };

  const nodeKeyDown = (role: Role, event: React.KeyboardEvent): void => {
    const at = positions[role.id];
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
  const centre = (): Point => ({ x: (svgRef.current?.clientWidth || 800) / 2, y: canvasHeight / 2 });
  const focusKey = focus.target ? `${focus.target.kind}:${focus.target.id}` : 'all';
  const focusOptions: IDropdownOption[] = [
    { key: 'all', text: strings.focusAll },
    ...stages.map((s) => ({ key: `stage:${s.id}`, text: strings.focusStage(s.name) })),
    ...blueprint.roles.map((r) => ({ key: `role:${r.id}`, text: strings.focusRole(r.name) }))
  ];

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
        <Dropdown
          className={classNames.focus}
          label={strings.focus}
          selectedKey={focusKey}
          options={focusOptions}
          onChange={(_, option) => {
            const key = String(option?.key ?? 'all');
            const [kind, ...rest] = key.split(':');
            setFocus({ ...focus, target: kind === 'role' || kind === 'stage' ? { kind, id: rest.join(':') } : undefined });
          }}
        />
        <Dropdown
          className={classNames.steps}
          label={strings.focusSteps}
          selectedKey={focus.steps}
          disabled={!focus.target}
          options={[1, 2].map((n) => ({ key: n, text: strings.steps(n) }))}
          onChange={(_, option) => setFocus({ ...focus, steps: Number(option?.key ?? 1) })}
        />
        <p className={classNames.hint} role="status">{connectHint ?? strings.diagramHelp}</p>
      </div>
      <svg
        ref={svgRef}
        className={classNames.canvas}
        style={{ height: canvasHeight }}
        role="group"
        aria-label={strings.diagramLabel}
        data-layout-ms={laidOut?.ms}
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
          <g aria-hidden="true">
            {layout?.stages.map((column) => (
              <text key={column.stageId} x={column.x + column.width / 2} y={HEADER_HEIGHT / 2 + 4} textAnchor="middle" dominantBaseline="central" fontSize={13} fontWeight={600} fill={colourOf({ stage: column.stageId } as Transaction)}>
                {stageName(column.stageId)}
              </text>
            ))}
          </g>
          {roles.map((role) => {
            const at = positions[role.id];
            const selected = (props.selection?.kind === 'role' && props.selection.id === role.id) || state.connectFrom === role.id;
            const gives = blueprint.transactions.filter((t) => t.from === role.id).length;
            const receives = blueprint.transactions.filter((t) => t.to === role.id).length;
            const dimmed = shown !== undefined && !shown.roles.has(role.id);
            return (
              <g
                key={role.id}
                className={classNames.node}
                transform={`translate(${at.x} ${at.y})`}
                tabIndex={dimmed ? -1 : 0}
                role="button"
                aria-label={strings.roleNode(role.name, strings.sides[role.side] ?? role.side, gives, receives)}
                aria-pressed={selected}
                aria-hidden={dimmed || undefined}
                opacity={dimmed ? 0.15 : 1}
                data-role={role.id}
                onKeyDown={(event) => nodeKeyDown(role, event)}
                onPointerDown={(event) => {
                  event.stopPropagation();
                  (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
                  dispatch({ type: 'dragStart', id: role.id, at: positions[role.id] });
                }}
              >
                <title>{role.name}</title>
                <rect className="vn-focus" x={-NODE_WIDTH / 2 - 6} y={-NODE_HEIGHT / 2 - 6} width={NODE_WIDTH + 12} height={NODE_HEIGHT + 12} fill="none" stroke={theme.palette.themeDarker} strokeWidth={2} strokeDasharray="4 2" />
                <g className="vn-shape">
                  <RoleShape role={role} theme={theme} selected={selected} />
                </g>
              </g>
            );
          })}
          {layout?.exchanges.map((geometry) => {
            const t = byId.get(geometry.transactionId);
            if (!t) return undefined;
            return (
              <ExchangeLine
                key={t.id}
                transaction={t}
                geometry={geometry}
                colour={colourOf(t)}
                theme={theme}
                className={classNames.arrow}
                name={strings.arrowLabel(t.sequence, t.deliverable, roleName(t.from), roleName(t.to), strings.kinds[t.kind] ?? t.kind, stageName(t.stage))}
                selected={props.selection?.kind === 'transaction' && props.selection.id === t.id}
                dimmed={shown !== undefined && !shown.transactions.has(t.id)}
                onSelect={() => props.onSelect({ kind: 'transaction', id: t.id })}
                onPeek={(on) => setPeek(on ? t.id : (current) => (current === t.id ? undefined : current))}
              />
            );
          })}
          {/* Visible texts apart from the buttons (see ExchangeText), in one layer above the lines. */}
          <g aria-hidden="true" pointerEvents="none">
            {roles.map((role) => (
              <text key={role.id} x={positions[role.id].x} y={positions[role.id].y} textAnchor="middle" dominantBaseline="central" fontSize={13} fontWeight={600} fill={theme.semanticColors.bodyText} opacity={shown !== undefined && !shown.roles.has(role.id) ? 0.15 : 1} data-name-of={role.id}>
                {abbreviate(role.name, 21)}
              </text>
            ))}
            {layout?.exchanges.map((geometry) => (
              <ExchangeText
                key={geometry.transactionId}
                geometry={geometry}
                theme={theme}
                selected={props.selection?.kind === 'transaction' && props.selection.id === geometry.transactionId}
                dimmed={shown !== undefined && !shown.transactions.has(geometry.transactionId)}
              />
            ))}
          </g>
          {peeked && <FullLabel geometry={peeked} transaction={byId.get(peeked.transactionId)} theme={theme} />}
        </g>
      </svg>
      <Legend {...props} theme={theme} classNames={classNames} />
    </div>
  );
}

/** The full text of an abbreviated label, over the diagram while its exchange is hovered or focused. */
function FullLabel(props: { geometry: ExchangeLayout; transaction: Transaction | undefined; theme: ITheme }): React.ReactElement {
  const { geometry, transaction, theme } = props;
  const text = transaction ? `${transaction.sequence}. ${transaction.deliverable}` : geometry.text;
  if (text === geometry.text) return <></>;
  const width = Math.ceil(text.length * LABEL_CHAR_WIDTH) + 10;
  const box = geometry.label;
  const x = box.x + box.width / 2 - width / 2;
  return (
    <g aria-hidden="true" pointerEvents="none" data-full-label="">
      <rect x={x} y={box.y - box.height - 4} width={width} height={box.height} rx={3} fill={theme.palette.neutralDark} />
      <text x={x + width / 2} y={box.y - box.height / 2 - 4} textAnchor="middle" dominantBaseline="central" fontSize={LABEL_FONT_SIZE} fill={theme.palette.white}>
        {text}
      </text>
    </g>
  );
}

function unionBox(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): { x: number; y: number; width: number; height: number } {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
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
