import type { Blueprint } from '../../core/model';
import { assertTransactionReferences } from '../bpel/bpelPlan';
import { writeXml, XmlNodeToWrite } from '../xml/writeXml';
import { buildBpmnGraph, BpmnGraph } from './bpmnGraph';
import { Bounds, layoutBpmn, Point } from './bpmnLayout';

export const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
export const BPMN_DI_NS = 'http://www.omg.org/spec/BPMN/20100524/DI';
export const DC_NS = 'http://www.omg.org/spec/DD/20100524/DC';
export const DI_NS = 'http://www.omg.org/spec/DD/20100524/DI';

/**
 * Exports a blueprint as a BPMN 2.0 diagram that opens laid out in a BPMN editor.
 *
 * Model: one pool (a collaboration participant) for the deal, holding a process with a lane per role
 * in role order; a task per transaction (`sendTask` when an internal role sends out, `receiveTask` when
 * an internal role receives from outside, `userTask` otherwise; see `BpmnTaskType`), named after the
 * deliverable and documented with sequence, kind, required, roles, stage and deadline; a start and an
 * end event; sequence flows following the precedences, with parallel fork and join gateways where a
 * task has several successors or predecessors (see `buildBpmnGraph`).
 * Diagram (BPMN DI): lanes as horizontal bands, nodes in columns by topological level, orthogonal edges.
 * This is a one-way export for people; the lossless interchange format is BPEL (`exportBpel`).
 *
 * @param blueprint - not modified.
 * @returns the `.bpmn` document as UTF-8 text.
 * @throws InvalidBlueprintError when a transaction names an unknown role or stage.
 */
export function exportBpmn(blueprint: Blueprint): string {
  assertTransactionReferences(blueprint);
  const graph = buildBpmnGraph(blueprint);
  const roleIds = blueprint.roles.map((r) => r.id);
  const layout = layoutBpmn(graph, roleIds);
  const processId = 'Process_1';
  const collaborationId = 'Collaboration_1';
  const participantId = 'Participant_1';

  const lanes: XmlNodeToWrite[] = blueprint.roles.map((role) => ({
    name: 'bpmn:lane',
    attributes: { id: graph.laneIds.get(role.id), name: role.name },
    children: graph.nodes.filter((n) => n.lane === role.id).map((n) => ({ name: 'bpmn:flowNodeRef', text: n.id }))
  }));

  const incoming = (id: string): XmlNodeToWrite[] => graph.flows.filter((f) => f.target === id).map((f) => ({ name: 'bpmn:incoming', text: f.id }));
  const outgoing = (id: string): XmlNodeToWrite[] => graph.flows.filter((f) => f.source === id).map((f) => ({ name: 'bpmn:outgoing', text: f.id }));
  const flowNodes: XmlNodeToWrite[] = graph.nodes.map((node) => ({
    name: `bpmn:${node.kind}`,
    attributes: { id: node.id, name: node.name },
    children: [...(node.documentation === undefined ? [] : [{ name: 'bpmn:documentation', text: node.documentation }]), ...incoming(node.id), ...outgoing(node.id)]
  }));
  const sequenceFlows: XmlNodeToWrite[] = graph.flows.map((f) => ({ name: 'bpmn:sequenceFlow', attributes: { id: f.id, sourceRef: f.source, targetRef: f.target } }));

  return writeXml({
    name: 'bpmn:definitions',
    attributes: {
      'xmlns:bpmn': BPMN_MODEL_NS,
      'xmlns:bpmndi': BPMN_DI_NS,
      'xmlns:dc': DC_NS,
      'xmlns:di': DI_NS,
      id: 'Definitions_1',
      targetNamespace: `urn:valuenetworks:blueprint:${encodeURIComponent(blueprint.id)}`,
      exporter: 'ValueNetworks'
    },
    children: [
      { name: 'bpmn:collaboration', attributes: { id: collaborationId }, children: [{ name: 'bpmn:participant', attributes: { id: participantId, name: blueprint.name, processRef: processId } }] },
      {
        name: 'bpmn:process',
        attributes: { id: processId, name: blueprint.name, isExecutable: 'false' },
        children: [
          ...(blueprint.description === undefined ? [] : [{ name: 'bpmn:documentation', text: blueprint.description }]),
          { name: 'bpmn:laneSet', attributes: { id: 'LaneSet_1' }, children: lanes },
          ...flowNodes,
          ...sequenceFlows
        ]
      },
      diagram(graph, layout, roleIds, collaborationId, participantId)
    ]
  });
}

function diagram(graph: BpmnGraph, layout: ReturnType<typeof layoutBpmn>, roleIds: readonly string[], collaborationId: string, participantId: string): XmlNodeToWrite {
  const shapes: XmlNodeToWrite[] = [shape(`${participantId}_di`, participantId, layout.pool, true)];
  for (const roleId of roleIds) {
    const laneId = graph.laneIds.get(roleId) ?? roleId;
    const bounds = layout.lanes.get(roleId);
    if (bounds !== undefined) {
      shapes.push(shape(`${laneId}_di`, laneId, bounds, true));
    }
  }
  for (const node of graph.nodes) {
    const bounds = layout.nodes.get(node.id);
    if (bounds !== undefined) {
      shapes.push(shape(`${node.id}_di`, node.id, bounds, undefined));
    }
  }
  const edges: XmlNodeToWrite[] = graph.flows.map((f) => ({
    name: 'bpmndi:BPMNEdge',
    attributes: { id: `${f.id}_di`, bpmnElement: f.id },
    children: (layout.edges.get(f.id) ?? []).map((p: Point) => ({ name: 'di:waypoint', attributes: { x: p.x, y: p.y } }))
  }));
  return {
    name: 'bpmndi:BPMNDiagram',
    attributes: { id: 'BPMNDiagram_1' },
    children: [{ name: 'bpmndi:BPMNPlane', attributes: { id: 'BPMNPlane_1', bpmnElement: collaborationId }, children: [...shapes, ...edges] }]
  };
}

function shape(id: string, element: string, bounds: Bounds, horizontal: boolean | undefined): XmlNodeToWrite {
  return {
    name: 'bpmndi:BPMNShape',
    attributes: { id, bpmnElement: element, isHorizontal: horizontal },
    children: [{ name: 'dc:Bounds', attributes: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } }]
  };
}
