import type * as React from 'react';

export interface IAppFrameProps {
  /** The app's name, shown as the page heading. */
  readonly title: string;
  /** One sentence saying what the app is for. */
  readonly purpose: string;
  readonly children?: React.ReactNode;
}
