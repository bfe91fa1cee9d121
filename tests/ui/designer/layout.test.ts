import type { Blueprint } from '../../../src/core/model/blueprint';
import { boundsOf, layoutRoles, NODE_HEIGHT, NODE_WIDTH } from '../../../src/ui/designer/layout';
import { smallBlueprint, transaction } from '../../fixtures/model/smallBlueprint';

describe('layoutRoles', () => {
  it('puts internal roles left, partners in the middle and customers right, in order of first exchange', () => {
    expect(layoutRoles(smallBlueprint)).toEqual({
      ae: { x: 100, y: 60 },
      se: { x: 100, y: 170 },
      pt: { x: 380, y: 60 },
      ch: { x: 660, y: 60 },
      eb: { x: 660, y: 170 }
    });
  });

  it('leaves out empty columns and honours the options', () => {
    const noPartner: Blueprint = { ...smallBlueprint, roles: smallBlueprint.roles.filter((r) => r.id !== 'pt') };
    expect(layoutRoles(noPartner, { columnGap: 200, rowGap: 50, origin: { x: 0, y: 0 } })).toEqual({
      ae: { x: 0, y: 0 },
      se: { x: 0, y: 50 },
      ch: { x: 200, y: 0 },
      eb: { x: 200, y: 50 }
    });
  });

  it('orders a column by the sequence of the first transaction, not by blueprint order, and puts idle roles last', () => {
    const blueprint: Blueprint = {
      ...smallBlueprint,
      roles: [
        { id: 'idle', name: 'Idle', side: 'internal' },
        { id: 'late', name: 'Late', side: 'internal' },
        { id: 'early', name: 'Early', side: 'internal' },
        { id: 'buyer', name: 'Buyer', side: 'customer' }
      ],
      // Listed out of sequence on purpose: sequence 1 names `early`.
      transactions: [transaction('x2', 2, 'late', 'buyer', 's1'), transaction('x1', 1, 'early', 'buyer', 's1')]
    };
    expect(layoutRoles(blueprint)).toEqual({
      early: { x: 100, y: 60 },
      late: { x: 100, y: 170 },
      idle: { x: 100, y: 280 },
      buyer: { x: 380, y: 60 }
    });
  });
});

describe('boundsOf', () => {
  it('spans every node box plus the margin', () => {
    expect(boundsOf({ a: { x: 100, y: 60 }, b: { x: 380, y: 170 } }, 10)).toEqual({
      x: 100 - NODE_WIDTH / 2 - 10,
      y: 60 - NODE_HEIGHT / 2 - 10,
      width: 280 + NODE_WIDTH + 20,
      height: 110 + NODE_HEIGHT + 20
    });
    expect(boundsOf({ a: { x: 0, y: 0 } }, 0)).toEqual({ x: -80, y: -26, width: 160, height: 52 });
  });

  it('gives a unit box for an empty diagram', () => {
    expect(boundsOf({})).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });
});
