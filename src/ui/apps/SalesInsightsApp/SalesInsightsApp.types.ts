export interface ISalesInsightsAppProps {
  /** The clock (epoch ms) training runs at, for tests; defaults to `Date.now`. */
  readonly clock?: () => number;
  /** Won and lost deals the learnt model needs (web part property); default 40. */
  readonly minPerClass?: number;
  /** A SharePoint group whose members may train besides the site owners (web part property). */
  readonly trainerGroup?: string;
}
