/**
 * The plain graph every network metric takes: node ids, edges between them, and whether edges point one
 * way. Metrics build their own indexed adjacency from it and never mutate it.
 */
import { ValueNetworksError } from '..';

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  /**
   * A distance for shortest-path metrics (betweenness, closeness, average shortest path) and a strength
   * for weighted degree. Missing means 1. Must be finite and > 0 wherever a metric reads it.
   */
  readonly weight?: number;
}

export interface Graph {
  /** Unique node ids; metrics report nodes in this order. */
  readonly nodes: readonly string[];
  /** May hold parallel edges and self-loops; each metric documents how it treats them. */
  readonly edges: readonly GraphEdge[];
  readonly directed: boolean;
}

/** One score per node id, in the graph's node order. */
export type NodeScores = Readonly<Record<string, number>>;

/** A graph a metric cannot evaluate: duplicate node ids, edges to unknown nodes, or unusable weights. */
export class InvalidGraphError extends ValueNetworksError {
  public constructor(message: string) {
    super(message);
  }
}

/** Builds a {@link NodeScores} record from node ids and values in the same order (own properties only). */
export function scoresOf(nodes: readonly string[], values: ArrayLike<number>): NodeScores {
  return Object.fromEntries(nodes.map((node, i) => [node, values[i]]));
}
