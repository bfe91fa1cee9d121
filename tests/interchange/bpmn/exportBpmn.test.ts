import { exportBpmn } from '../../../src/interchange/bpmn/exportBpmn';
import { richBlueprint } from '../../fixtures/interchange/bpel/richBlueprint';
import { loadBpmnModdle, ModdleElement } from './bpmnModdle';

const BpmnModdle = loadBpmnModdle();
const list = <T = ModdleElement>(element: ModdleElement, key: string): T[] => (element[key] ?? []) as T[];

describe('exportBpmn read back with bpmn-moddle', () => {
  let definitions: ModdleElement;
  let process: ModdleElement;
  let nodes: ModdleElement[];
  let warnings: unknown[];

  beforeAll(async () => {
    const result = await new BpmnModdle().fromXML(exportBpmn(richBlueprint));
    definitions = result.rootElement;
    warnings = result.warnings;
    process = list(definitions, 'rootElements').find((e) => e.$type === 'bpmn:Process') as ModdleElement;
    nodes = list(process, 'flowElements').filter((e) => e.$type !== 'bpmn:SequenceFlow');
  });

  it('reads without warnings (every reference resolves)', () => {
    expect(warnings).toEqual([]);
  });

  it('has one lane per role, in role order, inside a pool', () => {
    const lanes = list(list(process, 'laneSets')[0], 'lanes');
    expect(lanes.map((l) => l.name)).toEqual(['Account Executive', 'Sales Engineer', 'Champion', 'Economic Buyer', 'SI Partner']);
    const participant = list(list(definitions, 'rootElements').find((e) => e.$type === 'bpmn:Collaboration') as ModdleElement, 'participants')[0];
    expect((participant.processRef as ModdleElement).id).toBe('Process_1');
  });

  it('puts each node in the lane of the role that performs it', () => {
    const lanes = list(list(process, 'laneSets')[0], 'lanes');
    expect(Object.fromEntries(lanes.map((l) => [l.id, list(l, 'flowNodeRef').map((n) => n.id)]))).toEqual({
      Lane_ae: ['StartEvent', 'Fork_StartEvent', 'Task_t1', 'Task_t2', 'Fork_Task_t2', 'Task_t3', 'Join_Task_t6', 'Task_t6', 'Task_t7', 'Join_EndEvent', 'EndEvent'],
      Lane_se: ['Join_Task_t4', 'Task_t4', 'Fork_Task_t4'],
      Lane_champion: ['Task_t5'],
      Lane_1buyer: [],
      'Lane_si.partner': []
    });
  });

  it('types tasks by who sends and who receives', () => {
    const tasks = nodes.filter((n) => n.$type.endsWith('Task')).map((n) => `${n.id}:${n.$type}:${n.name}`);
    expect(tasks).toEqual([
      'Task_t1:bpmn:SendTask:Discovery call',
      'Task_t2:bpmn:ReceiveTask:Pain points',
      'Task_t3:bpmn:UserTask:Technical brief',
      'Task_t4:bpmn:SendTask:Demo',
      'Task_t5:bpmn:UserTask:Integration questions',
      'Task_t6:bpmn:SendTask:Business case <ROI>',
      'Task_t7:bpmn:ReceiveTask:Signed order'
    ]);
  });

  it('has one start and one end event and parallel gateways where precedences fork and join', () => {
    const byType = (type: string): string[] => nodes.filter((n) => n.$type === type).map((n) => n.id);
    expect(byType('bpmn:StartEvent')).toEqual(['StartEvent']);
    expect(byType('bpmn:EndEvent')).toEqual(['EndEvent']);
    expect(byType('bpmn:ParallelGateway').sort()).toEqual(['Fork_StartEvent', 'Fork_Task_t2', 'Fork_Task_t4', 'Join_EndEvent', 'Join_Task_t4', 'Join_Task_t6']);
  });

  it('connects the nodes with the sequence flows of the precedence structure', () => {
    const flows = list(process, 'flowElements')
      .filter((e) => e.$type === 'bpmn:SequenceFlow')
      .map((f) => `${(f.sourceRef as ModdleElement).id}->${(f.targetRef as ModdleElement).id}`);
    expect(flows.sort()).toEqual(
      [
        'StartEvent->Fork_StartEvent',
        'Fork_StartEvent->Task_t1',
        'Fork_StartEvent->Task_t7',
        'Task_t1->Task_t2',
        'Task_t2->Fork_Task_t2',
        'Fork_Task_t2->Task_t3',
        'Fork_Task_t2->Join_Task_t4',
        'Task_t3->Join_Task_t4',
        'Join_Task_t4->Task_t4',
        'Task_t4->Fork_Task_t4',
        'Fork_Task_t4->Task_t5',
        'Fork_Task_t4->Join_Task_t6',
        'Task_t7->Join_Task_t6',
        'Join_Task_t6->Task_t6',
        'Task_t5->Join_EndEvent',
        'Task_t6->Join_EndEvent',
        'Join_EndEvent->EndEvent'
      ].sort()
    );
  });

  it('gives every flow node, lane and the pool a shape, and every flow an edge with waypoints', () => {
    const diagram = list(definitions, 'diagrams')[0];
    const planeElements = list(diagram.plane as ModdleElement, 'planeElement');
    const shaped = planeElements.filter((e) => e.$type === 'bpmndi:BPMNShape').map((s) => (s.bpmnElement as ModdleElement).id);
    expect(shaped.sort()).toEqual(['Participant_1', 'Lane_ae', 'Lane_se', 'Lane_champion', 'Lane_1buyer', 'Lane_si.partner', ...nodes.map((n) => n.id)].sort());
    const edges = planeElements.filter((e) => e.$type === 'bpmndi:BPMNEdge');
    expect(edges).toHaveLength(17);
    expect(edges.every((e) => list(e, 'waypoint').length >= 2)).toBe(true);
  });

  it('places tasks by topological level, left to right, inside their lane band', () => {
    const diagram = list(definitions, 'diagrams')[0];
    const shapes = list(diagram.plane as ModdleElement, 'planeElement').filter((e) => e.$type === 'bpmndi:BPMNShape');
    const bounds = (id: string): { x: number; y: number; width: number; height: number } =>
      shapes.find((s) => (s.bpmnElement as ModdleElement).id === id)?.bounds as { x: number; y: number; width: number; height: number };
    // Levels: Start 0, Fork_Start 1, t1 and t7 2, t2 3, Fork_t2 4, t3 5, Join_t4 6, t4 7, Fork_t4 8, t5 and Join_t6 9, t6 10, Join_End 11, End 12.
    expect(['Task_t1', 'Task_t2', 'Task_t3', 'Task_t4', 'Task_t5', 'Task_t6', 'Task_t7'].map((id) => bounds(id).x)).toEqual([
      80 + 2 * 160 + 30, 80 + 3 * 160 + 30, 80 + 5 * 160 + 30, 80 + 7 * 160 + 30, 80 + 9 * 160 + 30, 80 + 10 * 160 + 30, 80 + 2 * 160 + 30
    ]);
    const ae = bounds('Lane_ae');
    const se = bounds('Lane_se');
    // Task_t1 and Task_t7 share lane and level: t7 stacks below t1, so the ae lane is two rows tall.
    expect([ae.y, ae.height, se.y, bounds('Task_t1').y, bounds('Task_t7').y, bounds('Task_t4').y]).toEqual([0, 220, 220, 20, 120, 240]);
  });
});
