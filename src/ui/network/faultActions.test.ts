import { describe, expect, it } from 'vitest';
import { ringFrame } from './clusterFixture';
import { linkActions, messageActions, nodeActions, type MenuAction } from './faultActions';

const faultOf = (a: MenuAction | undefined) => (a && 'fault' in a ? a.fault : null);
const labels = (actions: MenuAction[]) => actions.map((a) => a.label);

describe('fault actions', () => {
  it('offers what a node can take in its state', () => {
    const frame = ringFrame(3);
    expect(labels(nodeActions(frame, 1)).slice(0, 4)).toEqual([
      'Crash n1',
      'Pause n1',
      'Partition n1 from the others',
      'Split the others in two (n0 | n2), n1 bridging them',
    ]);
    expect(faultOf(nodeActions(frame, 1)[2])).toEqual({ kind: 'partition', groups: [['n1'], ['n0', 'n2']] });
    expect(faultOf(nodeActions(frame, 1)[3])).toEqual({ kind: 'partition', groups: [['n0'], ['n2']], bridge: ['n1'] });
    frame.nodes[1]!.status = 'paused';
    expect(labels(nodeActions(frame, 1)).slice(0, 2)).toEqual(['Crash n1', 'Resume n1']);
    frame.nodes[1]!.status = 'down';
    frame.nodes[0]!.side = 1;
    expect(nodeActions(frame, 1).map(faultOf)).toEqual([{ kind: 'restart', node: 'n1' }, { kind: 'heal' }]);
    expect(nodeActions(frame, 7)).toEqual([]);
  });

  it('offers no bridge with fewer than two other nodes', () => {
    expect(labels(nodeActions(ringFrame(2), 0)).filter((l) => l.includes('bridging'))).toEqual([]);
    expect(labels(nodeActions(ringFrame(3), 0)).filter((l) => l.includes('bridging'))).toHaveLength(1);
  });

  it('sets a node’s clock ahead or behind, and right again once it is off', () => {
    const frame = ringFrame(3);
    const clock = nodeActions(frame, 2).filter((a) => a.group === "n2's clock");
    expect(clock.map(faultOf)).toEqual([
      { kind: 'skew', node: 'n2', ticks: 50 },
      { kind: 'skew', node: 'n2', ticks: -50 },
      { kind: 'skew', node: 'n2', ticks: 200 },
      { kind: 'skew', node: 'n2', ticks: -200 },
    ]);
    expect(clock[1]!.label).toBe("Set n2's clock 50 ticks behind");
    frame.nodes[2]!.skew = 50;
    const skewed = nodeActions(frame, 2).filter((a) => a.group === "n2's clock");
    expect(labels(skewed)).toEqual([
      "Set n2's clock right (now 50 ticks ahead)",
      "Set n2's clock 50 ticks behind",
      "Set n2's clock 200 ticks ahead",
      "Set n2's clock 200 ticks behind",
    ]);
    expect(faultOf(skewed[0])).toEqual({ kind: 'skew', node: 'n2', ticks: 0 });
  });

  it('turns a node malicious with each attack, saying what it does', () => {
    const attacks = nodeActions(ringFrame(3), 0).filter((a) => a.group === 'Turn n0 malicious');
    expect(attacks.map((a) => faultOf(a))).toEqual(
      (['replay', 'tamper', 'impersonate', 'forge'] as const).map((attack) => ({ kind: 'attack', node: 'n0', attack })),
    );
    expect(labels(attacks)).toEqual([
      'n0 replays its last message to its receiver, as it was',
      'n0 tampers with its last message: sends it again with a byte of its body changed',
      'n0 impersonates another node to its last receiver, signing with its own key',
      'n0 forges a message from another node to its last receiver, with a made-up signature',
    ]);
  });

  it('offers a migration from a node that runs processes while another node is up', () => {
    const frame = ringFrame(3);
    const migrate = (i: number) => nodeActions(frame, i).find((a) => 'migrateFrom' in a);
    expect(migrate(1)).toBeUndefined();
    frame.nodes[1]!.processes = [{ pid: 3, name: 'worker' }];
    expect(migrate(1)).toEqual({ label: 'Migrate a process from n1…', migrateFrom: 1 });
    frame.nodes[1]!.status = 'paused';
    expect(migrate(1)).toBeUndefined();
    frame.nodes[1]!.status = 'up';
    frame.nodes[0]!.status = 'down';
    frame.nodes[2]!.status = 'down';
    expect(migrate(1)).toBeUndefined();
  });

  it('offers drop, duplicate and delay of the next message each way on a link', () => {
    const actions = linkActions(ringFrame(3), 0, 1);
    expect(actions.map((a) => a.fault.kind)).toEqual(['drop', 'duplicate', 'delay', 'drop', 'duplicate', 'delay']);
    expect(actions[3]!.fault).toEqual({ kind: 'drop', from: 'n1', to: 'n0' });
  });

  it('offers drop, duplicate and delay of one message on its way, and nothing once it is off the wire', () => {
    const frame = ringFrame(3, [{ id: 7, from: 2, to: 0, sentAt: 3, arrivesAt: 13, kind: 'gossip' }]);
    const actions = messageActions(frame, 7);
    expect(labels(actions)).toEqual([
      'Drop message #7 (gossip, n2→n0)',
      'Duplicate message #7 (gossip, n2→n0)',
      'Delay message #7 (gossip, n2→n0) by 20 ticks',
    ]);
    expect(actions.map((a) => a.fault)).toEqual([
      { kind: 'drop', from: 'n2', to: 'n0', message: 7 },
      { kind: 'duplicate', from: 'n2', to: 'n0', message: 7 },
      { kind: 'delay', from: 'n2', to: 'n0', message: 7, ticks: 20 },
    ]);
    expect(messageActions(frame, 8)).toEqual([]);
  });
});
