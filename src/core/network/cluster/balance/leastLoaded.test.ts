import { describe, expect, it } from 'vitest';
import { balanceText, type NodeLoad } from './decision';
import { leastLoaded } from './leastLoaded';
import { BALANCE_NAMES, BALANCE_POLICIES } from './registry';

const node = (id: string, load: number, movable: NodeLoad['movable'] = [], up = true): NodeLoad => ({
  id,
  up,
  load,
  movable,
});
const job = (pid: number, remaining: number) => ({ pid, name: `job${pid}`, remaining });

describe('least-loaded balancing', () => {
  it('moves the busiest node’s process with the most work left to the idlest node', () => {
    const choice = leastLoaded.decide(
      [node('a', 1), node('b', 3, [job(1, 50), job(2, 90), job(3, 90)]), node('c', 0)],
      2,
    );
    expect(choice).toEqual({ kind: 'move', from: 'b', to: 'c', pid: 2, name: 'job2', fromLoad: 3, toLoad: 0 });
    expect(balanceText({ policy: 'leastLoaded', threshold: 2, choice, refused: null })).toBe(
      'load balancer (leastLoaded, threshold 2): b runs 3 processes per CPU, c 0 processes per CPU: the gap is at least 2, so P2 (job2), the one with the most CPU work left, moves to c',
    );
  });

  it('keeps things as they are under the threshold, with nothing movable, or with fewer than two nodes up', () => {
    expect(leastLoaded.decide([node('a', 2, [job(1, 9)]), node('b', 1)], 2)).toMatchObject({ kind: 'balanced' });
    expect(leastLoaded.decide([node('a', 4), node('b', 0)], 2)).toMatchObject({ kind: 'nothingMovable', from: 'a' });
    // A crashed node is neither busiest nor idlest.
    expect(leastLoaded.decide([node('a', 4, [job(1, 9)]), node('b', 0, [], false)], 1)).toEqual({
      kind: 'tooFewNodes',
      up: 1,
    });
  });

  it('is the registry’s only policy, under its name', () => {
    expect(BALANCE_NAMES).toEqual(['leastLoaded']);
    expect(BALANCE_POLICIES.leastLoaded.name).toBe('leastLoaded');
  });
});
