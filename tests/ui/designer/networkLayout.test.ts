import type { Blueprint } from '../../../src/core/model/blueprint';
import { countCrossings, countOverlaps, roleBox } from '../../../src/ui/designer/diagramGeometry';
import { abbreviate, exchangeText, layoutNetwork, networkElkGraph, simplifyPolyline, withPinnedRoles, type NetworkLayout } from '../../../src/ui/designer/networkLayout';
import { smallBlueprint, transaction } from '../../fixtures/model/smallBlueprint';
import { enterpriseSaleBlueprint } from '../../../workbench/demo/blueprint';

/** The small deal plus exchanges with the partner, one of them with a customer. */
const withPartner: Blueprint = {
  ...smallBlueprint,
  transactions: [...smallBlueprint.transactions, transaction('t5', 5, 'ae', 'pt', 's2'), transaction('t6', 6, 'pt', 'eb', 's2', { deliverable: 'Reference customer visit with the implementation team' })]
};

function geometryProblems(layout: NetworkLayout): { labelOverlaps: number; roleOverlaps: number; linesThroughRoles: number; linesThroughOtherLabels: number } {
  const roles = Object.values(layout.positions).map(roleBox);
  const labels = layout.exchanges.map((x) => x.label);
  let linesThroughOtherLabels = 0;
  layout.exchanges.forEach((x, i) => {
    linesThroughOtherLabels += countCrossings([x.points], labels.filter((_, j) => j !== i));
  });
  return {
    labelOverlaps: countOverlaps([...labels, ...roles]) - countOverlaps(roles),
    roleOverlaps: countOverlaps(roles),
    linesThroughRoles: countCrossings(layout.exchanges.map((x) => x.points), roles),
    linesThroughOtherLabels
  };
}

describe('networkElkGraph', () => {
  it('puts partners, the internal team, each stage and the customer side in partitions left to right', () => {
    const graph = networkElkGraph(withPartner);
    const partition = (id: string): string | undefined => graph.children?.find((n) => n.id === id)?.layoutOptions?.['elk.partitioning.partition'];
    // No exchange of unknown stage: the customers' partition follows the last stage's without a gap.
    expect(['pt', 'ae', 'se', 'x:t1', 'x:t3', 'ch', 'eb'].map(partition)).toEqual(['0', '1', '1', '2', '3', '4', '4']);
    // Every engine edge points from a lower partition to a higher one: t6 (partner -> customer) twice to the right.
    expect(graph.edges?.filter((e) => e.id.startsWith('t6:')).map((e) => [e.id, e.sources[0], e.targets[0]])).toEqual([
      ['t6:from', 'pt', 'x:t6:w'],
      ['t6:to', 'x:t6:e', 'eb']
    ]);
  });
});

describe('abbreviate and exchangeText', () => {
  it('cuts long texts with an ellipsis and keeps short ones', () => {
    expect(abbreviate('Champion', 8)).toBe('Champion');
    expect(abbreviate('Economic buyer', 9)).toBe('Economic…');
    expect(exchangeText(withPartner.transactions[5])).toBe('6. Reference customer vis…');
  });
});

describe('simplifyPolyline', () => {
  it('drops repeated points and points in the middle of a straight run', () => {
    expect(simplifyPolyline([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 5, y: 0 }, { x: 9, y: 0 }, { x: 9, y: 4 }])).toEqual([{ x: 0, y: 0 }, { x: 9, y: 0 }, { x: 9, y: 4 }]);
  });

  it('keeps the turning point of a line that doubles back into a label', () => {
    expect(simplifyPolyline([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 20, y: 0 }])).toEqual([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 20, y: 0 }]);
  });
});

describe('layoutNetwork', () => {
  it('lays the small deal out in columns: partner, internal, stages, customers', async () => {
    const layout = await layoutNetwork(withPartner);
    const p = layout.positions;
    expect(p.pt.x).toBeLessThan(p.ae.x);
    expect(p.ae.x).toBe(p.se.x);
    expect(layout.stages.map((s) => s.stageId)).toEqual(['s1', 's2']);
    expect(p.ae.x).toBeLessThan(layout.stages[0].x);
    expect(layout.stages[0].x + layout.stages[0].width).toBeLessThan(layout.stages[1].x);
    expect(layout.stages[1].x + layout.stages[1].width).toBeLessThan(p.ch.x);
    expect(p.ch.x).toBe(p.eb.x);
    expect(geometryProblems(layout)).toEqual({ labelOverlaps: 0, roleOverlaps: 0, linesThroughRoles: 0, linesThroughOtherLabels: 0 });
  });

  it('draws every line from the giver to the receiver, through its label, in right angles', async () => {
    const layout = await layoutNetwork(withPartner);
    for (const x of layout.exchanges) {
      const t = withPartner.transactions.find((tr) => tr.id === x.transactionId);
      if (!t) throw new Error(x.transactionId);
      const first = x.points[0];
      const last = x.points[x.points.length - 1];
      expect([x.transactionId, roleEdge(layout, t.from, first), roleEdge(layout, t.to, last)]).toEqual([x.transactionId, true, true]);
      const oblique = x.points.slice(1).filter((q, i) => q.x !== x.points[i].x && q.y !== x.points[i].y);
      expect([x.transactionId, oblique]).toEqual([x.transactionId, []]);
    }
  });

  it('keeps the demo network of 12 roles and 25 exchanges free of overlaps and of lines through boxes', async () => {
    const layout = await layoutNetwork(enterpriseSaleBlueprint());
    expect(layout.exchanges.length).toBe(25);
    expect(Object.keys(layout.positions).length).toBe(12);
    expect(geometryProblems(layout)).toEqual({ labelOverlaps: 0, roleOverlaps: 0, linesThroughRoles: 0, linesThroughOtherLabels: 0 });
    expect(layout.stages.map((s) => s.stageId)).toEqual(['qualify', 'discover', 'validate', 'propose', 'close']);
  });

  it('keeps the demo in columns even where two roles only talk to each other (sales engineer and evaluators)', async () => {
    const blueprint = enterpriseSaleBlueprint();
    const layout = await layoutNetwork(blueprint);
    const xs = (side: string): number[] => [...new Set(blueprint.roles.filter((r) => r.side === side).map((r) => layout.positions[r.id].x))];
    expect([xs('internal').length, xs('customer').length]).toEqual([1, 1]);
    const columns = [xs('internal')[0] + 80, ...layout.stages.flatMap((s) => [s.x, s.x + s.width]), xs('customer')[0] - 80];
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    // The map is wider than tall, like the canvas it fills.
    expect(layout.width / layout.height).toBeGreaterThan(1.5);
  });
});

describe('withPinnedRoles', () => {
  it('moves a pinned role and redraws only its lines, from its box to the same side of each label', async () => {
    const layout = await layoutNetwork(withPartner);
    const pinned = withPinnedRoles(layout, withPartner, { se: { x: 288, y: 400 } });
    expect(pinned.positions.se).toEqual({ x: 288, y: 400 });
    expect(pinned.positions.ae).toEqual(layout.positions.ae);
    const t3 = pinned.exchanges.find((x) => x.transactionId === 't3');
    const label = t3?.label ?? { x: 0, y: 0, width: 0, height: 0 };
    // Out of the east side of the moved box, up to the label's west port, then on to the champion as before.
    expect(t3?.halves[0]).toEqual([{ x: 368, y: 400 }, { x: (368 + label.x - 12) / 2, y: 400 }, { x: (368 + label.x - 12) / 2, y: label.y + 10 }, { x: label.x, y: label.y + 10 }]);
    expect(t3?.halves[1]).toEqual(layout.exchanges.find((x) => x.transactionId === 't3')?.halves[1]);
    expect(t3?.points).toEqual(simplifyPolyline([...(t3?.halves[0] ?? []), ...(t3?.halves[1] ?? [])]));
    expect(t3?.points.slice(1).filter((q, i) => q.x !== t3.points[i].x && q.y !== t3.points[i].y)).toEqual([]);
    expect(pinned.exchanges.filter((x, i) => x !== layout.exchanges[i]).map((x) => x.transactionId)).toEqual(['t3']);
    expect(withPinnedRoles(layout, withPartner, {})).toBe(layout);
  });
});

/** True when `point` lies on the border of the role's box. */
function roleEdge(layout: NetworkLayout, roleId: string, point: { x: number; y: number }): boolean {
  const box = roleBox(layout.positions[roleId]);
  const inX = point.x >= box.x && point.x <= box.x + box.width;
  const inY = point.y >= box.y && point.y <= box.y + box.height;
  return (inX && (point.y === box.y || point.y === box.y + box.height)) || (inY && (point.x === box.x || point.x === box.x + box.width));
}
