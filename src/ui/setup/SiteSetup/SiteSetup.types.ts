import type * as React from 'react';

export interface ISiteSetupProps {
  /** The app, rendered once the site is set up. */
  readonly children?: React.ReactNode;
}
