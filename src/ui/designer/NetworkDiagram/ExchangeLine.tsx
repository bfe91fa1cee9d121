import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import type { Transaction } from '../../../core/model';
import { LABEL_FONT_SIZE, type ExchangeLayout } from '../networkLayout';

export interface IExchangeLineProps {
  readonly transaction: Transaction;
  readonly geometry: ExchangeLayout;
  readonly colour: string;
  readonly theme: ITheme;
  readonly className: string;
  /** The accessible name: the full text, roles, kind and stage. */
  readonly name: string;
  readonly selected: boolean;
  /** Outside the focused neighbourhood: faded and out of the tab order. */
  readonly dimmed: boolean;
  readonly onSelect: () => void;
  /** Hovered or focused (`true`), or left (`false`): the diagram then shows the full text. */
  readonly onPeek: (on: boolean) => void;
}

export function pathOf(points: ExchangeLayout['points']): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
}

/**
 * One exchange: a right-angled line from giver to receiver with its label box on it. The label's text
 * is drawn apart by {@link ExchangeText}: shortened, it would not match the button's accessible name
 * (axe `label-content-name-mismatch`), and the name must carry the full text.
 */
export function ExchangeLine(props: IExchangeLineProps): React.ReactElement {
  const { transaction: t, geometry, colour, theme, selected } = props;
  const d = pathOf(geometry.points);
  const box = geometry.label;
  return (
    <g
      className={props.className}
      tabIndex={props.dimmed ? -1 : 0}
      role="button"
      aria-label={props.name}
      aria-pressed={selected}
      aria-hidden={props.dimmed || undefined}
      opacity={props.dimmed ? 0.15 : 1}
      data-transaction={t.id}
      onClick={props.onSelect}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          props.onSelect();
        }
      }}
      onFocus={() => props.onPeek(true)}
      onBlur={() => props.onPeek(false)}
      onPointerEnter={() => props.onPeek(true)}
      onPointerLeave={() => props.onPeek(false)}
    >
      <path className="vn-hit" d={d} stroke={colour} strokeOpacity={0} strokeWidth={14} fill="none" />
      <path d={d} stroke={colour} strokeWidth={selected ? 4 : 2} strokeDasharray={t.kind === 'intangible' ? '7 5' : undefined} fill="none" markerEnd={`url(#vn-arrow-${colour.slice(1)})`} />
      <rect className="vn-label" x={box.x} y={box.y} width={box.width} height={box.height} rx={3} fill={theme.semanticColors.bodyBackground} stroke={colour} strokeWidth={selected ? 2 : 1} />
    </g>
  );
}

/** The visible text of an exchange's label, outside its button, letting the pointer through. */
export function ExchangeText(props: { readonly geometry: ExchangeLayout; readonly theme: ITheme; readonly selected: boolean; readonly dimmed: boolean }): React.ReactElement {
  const box = props.geometry.label;
  return (
    <text
      x={box.x + box.width / 2}
      y={box.y + box.height / 2}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={LABEL_FONT_SIZE}
      fontWeight={props.selected ? 600 : 400}
      fill={props.theme.semanticColors.bodyText}
      opacity={props.dimmed ? 0.15 : 1}
      pointerEvents="none"
      data-label-of={props.geometry.transactionId}
    >
      {props.geometry.text}
    </text>
  );
}
