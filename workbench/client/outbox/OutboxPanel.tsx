import * as React from 'react';
import { DefaultButton, Link, MessageBar, MessageBarType, Panel, PanelType, Spinner, Stack, Text, ThemeProvider } from '@fluentui/react';
import type { HostKind, ThemeKind } from '../../../src/services';
import { fluentThemeFor } from '../../../src/ui';
import type { OutboxItem } from '../../server/graph/types';
import { AdaptiveCardView } from './AdaptiveCardView';
import { outboxRows, type OutboxRow } from './outboxRows';

export interface IOutboxPanelProps {
  readonly isOpen: boolean;
  readonly onDismiss: () => void;
  readonly host: HostKind;
  readonly theme: ThemeKind;
  /** Reads everything the emulators recorded as sent (the page passes a fetch of `/_workbench/outbox`). */
  readonly load: () => Promise<readonly OutboxItem[]>;
}

type OutboxState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly rows: readonly OutboxRow[] }
  | { readonly status: 'failed'; readonly message: string };

type OutboxAction =
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly items: readonly OutboxItem[] }
  | { readonly type: 'failed'; readonly message: string };

function reduce(_state: OutboxState, action: OutboxAction): OutboxState {
  switch (action.type) {
    case 'load': return { status: 'loading' };
    case 'loaded': return { status: 'loaded', rows: outboxRows(action.items) };
    case 'failed': return { status: 'failed', message: action.message };
  }
}

function OutboxEntry(props: { row: OutboxRow; theme: ThemeKind }): React.ReactElement {
  const { row } = props;
  return (
    <li data-outbox-item={row.id} style={{ padding: '12px 0', borderBottom: '1px solid rgba(128, 128, 128, 0.4)' }}>
      <header>
        <Text as="h3" variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600 } }}>{row.heading}</Text>
        <Text as="p" variant="small" block styles={{ root: { margin: '4px 0 0' } }}>{row.meta}</Text>
        {row.subject !== undefined && <Text as="p" block styles={{ root: { margin: '4px 0 0' } }}>Subject: {row.subject}</Text>}
      </header>
      {row.text !== undefined && <Text as="p" block data-outbox-body="" styles={{ root: { margin: '8px 0 0', whiteSpace: 'pre-wrap' } }}>{row.text}</Text>}
      {row.links.length > 0 && (
        <ul data-outbox-links="" style={{ margin: '8px 0 0', paddingLeft: 18 }}>
          {row.links.map((link, index) => <li key={index}><Link href={link.href} title={link.sent}>{link.text}</Link></li>)}
        </ul>
      )}
      {row.cards.map((card, index) => (
        // Teams frames each card; without it a white card vanishes into a white panel.
        <div key={index} style={{ marginTop: 8, maxWidth: 480, border: '1px solid rgba(128, 128, 128, 0.5)', borderRadius: 4, overflow: 'hidden' }}><AdaptiveCardView card={card} theme={props.theme} /></div>
      ))}
    </li>
  );
}

/**
 * The workbench outbox: every Teams message, mail and Workflows post the product sent through the
 * emulators, newest first, with cards rendered as Teams renders them in the page's theme.
 */
export function OutboxPanel(props: IOutboxPanelProps): React.ReactElement {
  const [state, dispatch] = React.useReducer(reduce, { status: 'loading' });
  const { isOpen, load } = props;
  const refresh = React.useCallback((): void => {
    dispatch({ type: 'load' });
    load().then(
      (items) => dispatch({ type: 'loaded', items }),
      (error: unknown) => dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
    );
  }, [load]);
  React.useEffect(() => {
    if (isOpen) refresh();
  }, [isOpen, refresh]);

  return (
    <ThemeProvider theme={fluentThemeFor(props.host, props.theme)} applyTo="none">
      <Panel isOpen={isOpen} onDismiss={props.onDismiss} type={PanelType.medium} headerText="Outbox" closeButtonAriaLabel="Close the outbox" isLightDismiss>
        <Stack tokens={{ childrenGap: 8 }} data-outbox="">
          <Stack horizontal><DefaultButton text="Refresh" iconProps={{ iconName: 'Refresh' }} onClick={refresh} /></Stack>
          {state.status === 'loading' && <Spinner label="Reading the outbox..." />}
          {state.status === 'failed' && <MessageBar messageBarType={MessageBarType.error}>The outbox could not be read: {state.message}</MessageBar>}
          {state.status === 'loaded' && state.rows.length === 0 && <Text as="p">Nothing has been sent yet. Alerts, digests and shared deals appear here once the product sends them.</Text>}
          {state.status === 'loaded' && state.rows.length > 0 && (
            <ol aria-label="Sent items, newest first" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {state.rows.map((row) => <OutboxEntry key={row.id} row={row} theme={props.theme} />)}
            </ol>
          )}
        </Stack>
      </Panel>
    </ThemeProvider>
  );
}
