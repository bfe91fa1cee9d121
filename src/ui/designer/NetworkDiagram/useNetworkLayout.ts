import * as React from 'react';
import type { Blueprint } from '../../../core/model';
import { layoutNetwork, type NetworkLayout } from '../networkLayout';

export interface LaidOut {
  readonly blueprint: Blueprint;
  readonly layout: NetworkLayout;
  /** How long the layout took, in milliseconds (engine start included the first time). */
  readonly ms: number;
}

/**
 * The automatic layout of `blueprint`, recomputed when it changes; `undefined` until the first one is
 * ready (a few tens of milliseconds). A result for a blueprint that changed meanwhile is dropped.
 */
export function useNetworkLayout(blueprint: Blueprint): LaidOut | undefined {
  const [laidOut, setLaidOut] = React.useState<LaidOut | undefined>(undefined);
  React.useEffect(() => {
    let current = true;
    const started = performance.now();
    layoutNetwork(blueprint)
      .then((layout) => {
        if (current) setLaidOut({ blueprint, layout, ms: Math.round(performance.now() - started) });
      })
      // A layout failure leaves the previous layout (or the plain one) in place; nothing to tell the user.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [blueprint.roles, blueprint.stages, blueprint.transactions]);
  return laidOut;
}
