import * as React from 'react';
import { AdaptiveCard, HostConfig, OpenUrlAction } from 'adaptivecards';
import teamsDark from '../hostConfigs/teamsDark.json';
import teamsLight from '../hostConfigs/teamsLight.json';
import type { ThemeKind } from '../../../src/services';
import { workbenchHref } from './deepLinks';

export interface IAdaptiveCardViewProps {
  /** The Adaptive Card object as it was sent. */
  readonly card: unknown;
  readonly theme: ThemeKind;
}

/** Teams has no high-contrast card palette of its own; its dark one is the closest, as in Teams itself. */
export function hostConfigFor(theme: ThemeKind): HostConfig {
  return new HostConfig(theme === 'light' ? teamsLight : teamsDark);
}

/**
 * Renders one card with the `adaptivecards` renderer (DOM, no eval) into a container the component
 * owns; React never touches the children the renderer appends. A card the renderer refuses shows a notice.
 */
export function AdaptiveCardView(props: IAdaptiveCardViewProps): React.ReactElement {
  const container = React.useRef<HTMLDivElement>(null);
  const [failed, setFailed] = React.useState(false);
  React.useEffect(() => {
    const target = container.current;
    if (!target) return undefined;
    const card = new AdaptiveCard();
    card.hostConfig = hostConfigFor(props.theme);
    // A card's link into the dashboard tab opens the workbench's dashboard, as Teams would open the tab.
    card.onExecuteAction = (action) => {
      if (action instanceof OpenUrlAction && action.url !== undefined) window.location.assign(workbenchHref(action.url));
    };
    let rendered: HTMLElement | undefined;
    try {
      card.parse(props.card);
      rendered = card.render();
    } catch {
      rendered = undefined;
    }
    setFailed(rendered === undefined);
    if (rendered) target.appendChild(rendered);
    return () => {
      if (rendered) rendered.remove();
    };
  }, [props.card, props.theme]);
  return (
    <div>
      <div ref={container} />
      {failed && <p role="note">This card could not be rendered.</p>}
    </div>
  );
}
