import * as React from 'react';
import { DefaultButton, Dropdown, type IDropdownOption, Stack, Text } from '@fluentui/react';
import type { HostKind, ThemeKind } from '../../src/services';
import type { Persona, PersonaKey } from './personas';

export interface WorkbenchSettings {
  readonly host: HostKind;
  readonly theme: ThemeKind;
  readonly persona: PersonaKey;
  readonly locale: string;
}

export interface IWorkbenchToolbarProps {
  readonly settings: WorkbenchSettings;
  readonly personas: readonly Persona[];
  readonly onChange: (settings: WorkbenchSettings) => void;
  /** Opens the outbox: what the product sent through the emulated Teams, mail and Workflows. */
  readonly onOpenOutbox: () => void;
}

const hostOptions: IDropdownOption[] = [
  { key: 'sharePointPage', text: 'SharePoint page' },
  { key: 'teamsTab', text: 'Teams tab' },
  { key: 'teamsPersonalApp', text: 'Teams personal app' }
];
const themeOptions: IDropdownOption[] = [
  { key: 'light', text: 'Light' },
  { key: 'dark', text: 'Dark' },
  { key: 'highContrast', text: 'High contrast' }
];
const localeOptions: IDropdownOption[] = [
  { key: 'en-US', text: 'English (en-US)' },
  { key: 'de-DE', text: 'Deutsch (de-DE)' }
];

/** The workbench's own controls: which host to emulate, its theme, the signed-in user and the language. */
export function WorkbenchToolbar(props: IWorkbenchToolbarProps): React.ReactElement {
  const { settings, onChange } = props;
  const personaOptions = props.personas.map((p) => ({ key: p.key, text: `${p.displayName} (${p.permission})` }));
  return (
    <Stack as="nav" aria-label="Workbench settings" horizontal wrap tokens={{ childrenGap: 12, padding: 12 }} verticalAlign="end">
      <Text variant="large" as="h1" styles={{ root: { margin: 0, marginRight: 12 } }}>ValueNetworks workbench</Text>
      <Dropdown label="Host" options={hostOptions} selectedKey={settings.host} styles={{ root: { minWidth: 170 } }}
        onChange={(_e, o) => o && onChange({ ...settings, host: o.key as HostKind })} />
      <Dropdown label="Theme" options={themeOptions} selectedKey={settings.theme} styles={{ root: { minWidth: 140 } }}
        onChange={(_e, o) => o && onChange({ ...settings, theme: o.key as ThemeKind })} />
      <Dropdown label="Signed-in user" options={personaOptions} selectedKey={settings.persona} styles={{ root: { minWidth: 220 } }}
        onChange={(_e, o) => o && onChange({ ...settings, persona: o.key as PersonaKey })} />
      <Dropdown label="Language" options={localeOptions} selectedKey={settings.locale} styles={{ root: { minWidth: 150 } }}
        onChange={(_e, o) => o && onChange({ ...settings, locale: String(o.key) })} />
      <DefaultButton text="Outbox" iconProps={{ iconName: 'Mail' }} onClick={props.onOpenOutbox} />
    </Stack>
  );
}
