import type { Blueprint } from '../../core/model';
import { writeXml, XmlNodeToWrite } from '../xml/writeXml';
import { BpelProfile, messageVariable, stageScope } from './bpelActivities';
import { BPEL_ABSTRACT_NS, BPEL_EXECUTABLE_NS, OBSERVABLE_BEHAVIOR_PROFILE, VN_BPEL_EXTENSION_NS, WSDL_NS } from './bpelNames';
import { BpelPlan, planBpel, START_LINK, START_OPERATION } from './bpelPlan';
import { exportWsdl } from './exportWsdl';

export interface BpelExportOptions {
  /** Default `abstract` (see {@link exportBpel}). */
  readonly profile?: BpelProfile;
  /** File name the process imports the WSDL from; default `<processName>.wsdl`. */
  readonly wsdlFileName?: string;
}

/** The two files of an export: the process and the WSDL defining its partner link types and port types. */
export interface BpelExport {
  readonly bpelFileName: string;
  readonly bpel: string;
  readonly wsdlFileName: string;
  readonly wsdl: string;
}

/**
 * Exports a Business Blueprint as a WS-BPEL 2.0 process seen from the selling organisation, plus the
 * companion WSDL (partner link types, port types, messages) the process imports.
 *
 * Mapping: one partner link per role (internal roles: `myRole` only, since the process acts as them;
 * customer and partner roles: `partnerRole` only); one scope per stage, in stage order, inside the
 * process's `sequence`; inside each scope a `flow` with one activity per transaction (a `receive` when
 * an internal role receives, an `invoke` when an internal role sends outward, an `extensionActivity`
 * holding `vn:exchange` when two outside roles exchange) and a `link` for every precedence within the
 * stage; deadlines measured from entering the stage become `onAlarm` event handlers of the scope.
 * Everything BPEL cannot carry (ids, display names, sides, sequence, kind, due days, exit criteria,
 * list positions, version, status, every precedence) is written in the namespace
 * `urn:valuenetworks:bpel-extension:1`, declared in `<extensions>` with `mustUnderstand="no"`, so
 * {@link importBpel} restores the blueprint exactly.
 *
 * Why the ABSTRACT profile (Observable Behavior) is the default: a blueprint describes which exchanges
 * happen between whom and in what order, not how to compute messages. The executable profile forces
 * invented implementation detail (message variables, an instantiating receive `startOpportunity` that
 * the workflow system must send); choose it when the target engine needs a deployable skeleton.
 *
 * @param blueprint - not modified.
 * @returns both documents as UTF-8 text. Names become ASCII NCNames (`toNcName`), made unique.
 * @throws InvalidBlueprintError when a transaction names an unknown role or stage.
 */
export function exportBpel(blueprint: Blueprint, options?: BpelExportOptions): BpelExport {
  const profile = options?.profile ?? 'abstract';
  const plan = planBpel(blueprint);
  const wsdlFileName = options?.wsdlFileName ?? `${plan.processName}.wsdl`;
  const executable = profile === 'executable';
  const stages = [...blueprint.stages].sort((a, b) => a.order - b.order);

  const body: XmlNodeToWrite[] = [];
  if (executable) {
    body.push({
      name: 'receive',
      attributes: { name: START_OPERATION, partnerLink: START_LINK, portType: `tns:${START_LINK}PT`, operation: START_OPERATION, variable: `${START_OPERATION}_msg`, createInstance: 'yes' },
      children: [{ name: 'documentation', text: 'Starts one process instance per opportunity; sent by the workflow system when the opportunity is created.' }]
    });
  }
  body.push(...stages.map((stage) => stageScope(stage, plan, blueprint, profile)));

  const process: XmlNodeToWrite = {
    name: 'process',
    attributes: {
      name: plan.processName,
      targetNamespace: plan.targetNamespace,
      xmlns: executable ? BPEL_EXECUTABLE_NS : BPEL_ABSTRACT_NS,
      'xmlns:tns': plan.targetNamespace,
      'xmlns:vn': VN_BPEL_EXTENSION_NS,
      abstractProcessProfile: executable ? undefined : OBSERVABLE_BEHAVIOR_PROFILE,
      'vn:blueprint': blueprint.id,
      'vn:name': blueprint.name,
      'vn:description': blueprint.description,
      'vn:version': blueprint.version,
      'vn:status': blueprint.status
    },
    children: [
      { name: 'documentation', text: `${blueprint.name} (version ${blueprint.version}, ${blueprint.status}).${blueprint.description === undefined ? '' : ` ${blueprint.description}`}` },
      { name: 'extensions', children: [{ name: 'extension', attributes: { namespace: VN_BPEL_EXTENSION_NS, mustUnderstand: 'no' } }] },
      { name: 'import', attributes: { namespace: plan.targetNamespace, location: wsdlFileName, importType: WSDL_NS } },
      partnerLinksNode(blueprint, plan, executable),
      ...(executable ? [variablesNode(blueprint, plan)] : []),
      { name: 'sequence', attributes: { name: 'stages' }, children: body }
    ]
  };

  return {
    bpelFileName: `${plan.processName}.bpel`,
    bpel: writeXml(process),
    wsdlFileName,
    wsdl: exportWsdl(blueprint, plan, executable)
  };
}

function partnerLinksNode(blueprint: Blueprint, plan: BpelPlan, executable: boolean): XmlNodeToWrite {
  const links: XmlNodeToWrite[] = blueprint.roles.map((role) => {
    const name = plan.partnerLinks.get(role.id) ?? role.id;
    const internal = role.side === 'internal';
    return {
      name: 'partnerLink',
      attributes: {
        name,
        partnerLinkType: `tns:${name}LT`,
        myRole: internal ? name : undefined,
        partnerRole: internal ? undefined : name,
        'vn:role': role.id,
        'vn:name': role.name,
        'vn:side': role.side,
        'vn:description': role.description
      }
    };
  });
  if (executable) {
    links.push({ name: 'partnerLink', attributes: { name: START_LINK, partnerLinkType: `tns:${START_LINK}LT`, myRole: START_LINK, 'vn:synthetic': 'start' } });
  }
  return { name: 'partnerLinks', children: links };
}

function variablesNode(blueprint: Blueprint, plan: BpelPlan): XmlNodeToWrite {
  const variables: XmlNodeToWrite[] = [{ name: 'variable', attributes: { name: `${START_OPERATION}_msg`, messageType: `tns:${START_OPERATION}Message` } }];
  for (const t of blueprint.transactions) {
    const activity = plan.activities.get(t.id) ?? t.id;
    if (plan.kinds.get(t.id) !== 'exchange') {
      variables.push({ name: 'variable', attributes: { name: messageVariable(activity), messageType: `tns:${activity}Message` } });
    }
  }
  return { name: 'variables', children: variables };
}
