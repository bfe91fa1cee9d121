/**
 * The workbench's demo organisation as the monitor's list of sellers and Planner plans, so the local
 * configuration follows the demo seed instead of keeping a hand-made copy of it.
 */
import { generateDemoOrganisation, toGraphSeed } from '../../workbench/demo';
import type { MonitorConfig } from './monitorConfig';

/**
 * `config` with `sync.demo` resolved: the demo's sellers and the plans of its Planner tasks added to
 * `sync.sellers` and `sync.plannerPlanIds` (duplicates dropped, listed order kept, demo ones after).
 * A configuration without `sync.demo` is returned unchanged.
 */
export function withDemoSources(config: MonitorConfig): MonitorConfig {
  const demo = config.sync.demo;
  if (demo === undefined) return config;
  const org = generateDemoOrganisation({ seed: demo.seed, scale: demo.scale });
  const plans = (toGraphSeed(org).plannerTasks ?? []).map((task) => task.planId);
  return {
    ...config,
    sync: {
      ...config.sync,
      sellers: [...new Set([...config.sync.sellers, ...org.sellers.map((seller) => seller.email)])],
      plannerPlanIds: [...new Set([...config.sync.plannerPlanIds, ...plans])]
    }
  };
}
