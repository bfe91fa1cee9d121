import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { useHost } from '../../host';
import { stringsFor } from '../../i18n';
import { getAppFrameClassNames } from './AppFrame.styles';
import type { IAppFrameProps } from './AppFrame.types';

/** The frame every app shares: its heading, what it is for, and the host, theme and user it detected. */
export function AppFrame(props: IAppFrameProps): React.ReactElement {
  const host = useHost();
  const strings = stringsFor(host.locale);
  const classNames = getAppFrameClassNames(useTheme());
  return (
    <section className={classNames.root} aria-labelledby={`${host.host}-${props.title}`} data-host={host.host} data-theme={host.theme}>
      <header className={classNames.header}>
        <h2 id={`${host.host}-${props.title}`} className={classNames.title}>{props.title}</h2>
        <p className={classNames.purpose}>{props.purpose}</p>
        <ul className={classNames.facts}>
          <li className={classNames.fact}>{strings.runningIn}: {strings.hosts[host.host]}</li>
          <li className={classNames.fact}>{strings.themeLabel}: {strings.themes[host.theme]}</li>
          <li className={classNames.fact}>{strings.signedInAs}: {host.user.displayName}</li>
        </ul>
      </header>
      {props.children}
    </section>
  );
}
