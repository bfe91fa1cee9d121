import * as React from 'react';
import { DefaultButton, PrimaryButton, ProgressIndicator, Stack } from '@fluentui/react';
import { insightsStringsFor } from '../../i18n/insights';
import type { ITrainingBarProps } from './TrainingBar.types';

/** "Train on this site's outcomes" with a progress bar (reading is most of the wait) and Cancel. */
export function TrainingBar(props: ITrainingBarProps): React.ReactElement {
  const strings = insightsStringsFor(props.locale);
  const { progress } = props;
  if (progress === undefined) {
    return (
      <Stack tokens={{ childrenGap: 4 }}>
        <PrimaryButton text={strings.train} onClick={props.onTrain} styles={{ root: { alignSelf: 'flex-start' } }} />
        <p style={{ margin: 0 }}>{strings.trainHint}</p>
      </Stack>
    );
  }
  // Reading takes the first 80 % of the bar; training and storing the rest.
  const expected = props.expectedDeals ?? 0;
  const share =
    progress.phase === 'reading' ? (expected > 0 ? 0.8 * Math.min(1, progress.dealsRead / expected) : undefined) : progress.phase === 'training' ? 0.85 : progress.phase === 'saving' ? 0.95 : 1;
  return (
    <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 12 }} wrap>
      <ProgressIndicator
        label={strings.phases[progress.phase]}
        description={strings.progress(strings.phases[progress.phase], progress.dealsRead)}
        percentComplete={share}
        styles={{ root: { minWidth: 260, flexGrow: 1 } }}
      />
      <DefaultButton text={strings.cancel} onClick={props.onCancel} />
    </Stack>
  );
}
