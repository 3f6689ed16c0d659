import { describe, expect, it } from 'vitest';
import { ringFrame } from './clusterFixture';
import { linkActions, nodeActions } from './faultActions';

describe('fault actions', () => {
  it('offers what a node can take in its state', () => {
    const frame = ringFrame(3);
    expect(nodeActions(frame, 1).map((a) => a.label)).toEqual(['Crash n1', 'Pause n1', 'Partition n1 from the others']);
    expect(nodeActions(frame, 1)[2]!.fault).toEqual({ kind: 'partition', groups: [['n1'], ['n0', 'n2']] });
    frame.nodes[1]!.status = 'paused';
    expect(nodeActions(frame, 1).map((a) => a.label)).toEqual([
      'Crash n1',
      'Resume n1',
      'Partition n1 from the others',
    ]);
    frame.nodes[1]!.status = 'down';
    frame.nodes[0]!.side = 1;
    expect(nodeActions(frame, 1).map((a) => a.fault)).toEqual([{ kind: 'restart', node: 'n1' }, { kind: 'heal' }]);
    expect(nodeActions(frame, 7)).toEqual([]);
  });

  it('offers drop, duplicate and delay of the next message each way on a link', () => {
    const actions = linkActions(ringFrame(3), 0, 1);
    expect(actions.map((a) => a.fault.kind)).toEqual(['drop', 'duplicate', 'delay', 'drop', 'duplicate', 'delay']);
    expect(actions[3]!.fault).toEqual({ kind: 'drop', from: 'n1', to: 'n0' });
  });
});
