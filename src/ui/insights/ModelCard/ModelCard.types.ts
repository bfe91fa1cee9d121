import type { ModelView } from '../model/insightsView';

export interface IModelCardProps {
  readonly heading: string;
  readonly view: ModelView;
  readonly locale: string;
  /** Shown as "Use this model" when the model is not in use and the reader may switch. */
  readonly onUse?: (modelId: string) => void;
  readonly busy?: boolean;
}
