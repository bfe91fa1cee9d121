import * as React from 'react';
import { useReadOnly } from '../../lifecycle/readOnly';
import { Checkbox, ChoiceGroup, DefaultButton, Dropdown, TextField, Toggle, useTheme } from '@fluentui/react';
import type { DeviationKind } from '../../../core/conformance';
import { ALERT_CHANNELS, DEVIATION_KINDS, DEVIATION_SEVERITIES, type AlertChannelKind, type AlertDelivery, type AlertRule } from '../../../core/model';
import type { ProcessStrings } from '../../i18n/process';
import { getAlertRulesEditorClassNames } from './AlertRulesEditor.styles';
import type { IAlertRulesEditorProps } from './AlertRulesEditor.types';

/** A new rule: the deviations sellers most often need to hear about, to the Teams channel of the deals team. */
function newRule(id: string, strings: ProcessStrings): AlertRule {
  return { id, name: strings.newAlertRuleName, enabled: true, deviations: ['missing-exchange', 'late'], minSeverity: 'medium', channel: 'teams-channel', target: '', delivery: 'immediate' };
}

/** The alert rules of the Technical Blueprint: which deviations, severity threshold, channel, recipient, immediate or digest. */
export function AlertRulesEditor(props: IAlertRulesEditorProps): React.ReactElement {
  const readOnly = useReadOnly();
  const { rules, strings, dispatch, problemsByPath } = props;
  const classNames = getAlertRulesEditorClassNames(useTheme());
  const update = (index: number, changes: Partial<AlertRule>): void => dispatch({ type: 'updateAlertRule', index, changes });
  const toggleDeviation = (index: number, rule: AlertRule, kind: DeviationKind, checked: boolean): void =>
    update(index, { deviations: DEVIATION_KINDS.filter((k) => (k === kind ? checked : rule.deviations.includes(k))) });

  return (
    <div className={classNames.root}>
      {rules.length === 0 && <p>{strings.noAlertRules}</p>}
      {rules.map((rule, i) => {
        const path = `/alertRules/${i}`;
        const headingId = `vn-alert-rule-${i}`;
        const deviationsId = `vn-alert-rule-${i}-deviations`;
        const deviationsError = problemsByPath.get(`${path}/deviations`);
        return (
          <section key={i} className={classNames.rule} aria-labelledby={headingId}>
            <h4 id={headingId} className={classNames.ruleHeading}>{rule.name || rule.id}</h4>
            <div className={classNames.grid}>
              <TextField label={strings.ruleName} value={rule.name} errorMessage={problemsByPath.get(`${path}/name`)} onChange={(_, v) => update(i, { name: v ?? '' })} />
              <Toggle label={strings.ruleEnabled} checked={rule.enabled} onChange={(_, checked) => update(i, { enabled: checked === true })} />
            </div>
            <div role="group" aria-labelledby={deviationsId}>
              <div id={deviationsId} className={classNames.groupLabel}>{strings.deviationsLabel}</div>
              <div className={classNames.checks}>
                {DEVIATION_KINDS.map((kind) => (
                  <Checkbox key={kind} label={strings.deviations[kind]} checked={rule.deviations.includes(kind)} onChange={(_, checked) => toggleDeviation(i, rule, kind, checked === true)} />
                ))}
              </div>
              {deviationsError && <p role="alert" className={classNames.error}>{deviationsError}</p>}
            </div>
            <div className={classNames.grid}>
              <Dropdown disabled={readOnly}
                label={strings.severityLabel}
                selectedKey={rule.minSeverity}
                options={DEVIATION_SEVERITIES.map((s) => ({ key: s, text: strings.severities[s] }))}
                onChange={(_, option) => option && update(i, { minSeverity: option.key as AlertRule['minSeverity'] })}
              />
              <Dropdown disabled={readOnly}
                label={strings.channelLabel}
                selectedKey={rule.channel}
                options={ALERT_CHANNELS.map((c) => ({ key: c, text: strings.channels[c] }))}
                onChange={(_, option) => option && update(i, { channel: option.key as AlertChannelKind })}
              />
              <TextField
                label={strings.targetLabel}
                description={strings.targetHints[rule.channel] ?? ''}
                value={rule.target}
                errorMessage={problemsByPath.get(`${path}/target`)}
                onChange={(_, v) => update(i, { target: v ?? '' })}
              />
            </div>
            <div className={classNames.grid}>
              <ChoiceGroup
                label={strings.deliveryLabel}
                selectedKey={rule.delivery}
                options={(['immediate', 'digest'] as const).map((d) => ({ key: d, text: strings.deliveries[d] }))}
                onChange={(_, option) => option && update(i, option.key === 'digest' ? { delivery: 'digest', digestHourUtc: rule.digestHourUtc ?? 7 } : { delivery: option.key as AlertDelivery })}
              />
              {rule.delivery === 'digest' && (
                <TextField
                  label={strings.digestHour}
                  type="number"
                  min={0}
                  max={23}
                  value={rule.digestHourUtc === undefined ? '' : String(rule.digestHourUtc)}
                  errorMessage={problemsByPath.get(`${path}/digestHourUtc`)}
                  onChange={(_, v) => update(i, { digestHourUtc: v === undefined || v.trim() === '' ? undefined : Number(v) })}
                />
              )}
            </div>
            <div>
              <DefaultButton text={strings.removeAlertRule(rule.name || rule.id)} onClick={() => dispatch({ type: 'removeAlertRule', index: i })} />
            </div>
          </section>
        );
      })}
      <div>
        <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.addAlertRule} onClick={() => dispatch({ type: 'addAlertRule', rule: newRule(props.nextRuleId, strings) })} />
      </div>
    </div>
  );
}
