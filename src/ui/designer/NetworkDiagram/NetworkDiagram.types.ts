import type { Blueprint } from '../../../core/model';
import type { ThemeKind } from '../../../services';
import type { DesignerStrings } from '../../i18n/designer';
import type { Selection } from '../designerReducer';
import type { Point, Positions } from '../layout';

export interface INetworkDiagramProps {
  readonly blueprint: Blueprint;
  readonly positions: Positions;
  /** Roles placed by hand: kept at `positions`; the others are placed by the automatic layout. */
  readonly pinned?: readonly string[];
  readonly selection: Selection | undefined;
  readonly themeKind: ThemeKind;
  readonly strings: DesignerStrings;
  /** A finished drag or keyboard move of a role, in diagram units. */
  readonly onMove: (roleId: string, to: Point) => void;
  readonly onSelect: (selection: Selection) => void;
  /** The user connected two roles: create a transaction from `from` to `to`. */
  readonly onConnect: (from: string, to: string) => void;
}

/** Pan and zoom: diagram point p is drawn at (p x scale + tx, p y scale + ty) CSS pixels. */
export interface DiagramView {
  readonly tx: number;
  readonly ty: number;
  readonly scale: number;
}
