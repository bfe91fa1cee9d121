import * as React from 'react';
import { useHost } from '../../host';
import { stringsFor } from '../../i18n';
import { AppFrame } from '../../shell';

/** The ProcessBlueprint app root, rendered by its web part and by the local workbench. */
export function ProcessBlueprintApp(): React.ReactElement {
  const strings = stringsFor(useHost().locale);
  return <AppFrame title={strings.processTitle} purpose={strings.processPurpose} />;
}
