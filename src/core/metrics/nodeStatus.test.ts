import { describe, expect, it } from 'vitest';
import { nodeStatus } from './nodeStatus';

describe('nodeStatus', () => {
  it('counts processes per type and state, listing every type, and totals them', () => {
    const s = nodeStatus([
      { type: 'AI_INFERENCE', state: 'RUNNING' },
      { type: 'AI_INFERENCE', state: 'READY' },
      { type: 'AI_INFERENCE', state: 'READY' },
      { type: 'BLOCKCHAIN_VALIDATOR', state: 'WAITING' },
      { type: 'USER', state: 'TERMINATED' },
      { type: 'USER', state: 'SUSPENDED' },
      { type: 'SYSTEM', state: 'NEW' },
    ]);
    expect(s.types.map((t) => t.type)).toEqual([
      'AI_INFERENCE',
      'DATA_PROCESSING',
      'BLOCKCHAIN_VALIDATOR',
      'NETWORK_NODE',
      'SYSTEM',
      'USER',
    ]);
    expect(s.types[0]).toEqual({
      type: 'AI_INFERENCE',
      total: 3,
      byState: { NEW: 0, READY: 2, RUNNING: 1, WAITING: 0, SUSPENDED: 0, TERMINATED: 0 },
    });
    expect(s.types[1]!.total).toBe(0);
    expect(s.types[5]!.byState).toMatchObject({ TERMINATED: 1, SUSPENDED: 1 });
    expect(s.all).toEqual({
      total: 7,
      byState: { NEW: 1, READY: 2, RUNNING: 1, WAITING: 1, SUSPENDED: 1, TERMINATED: 1 },
    });
  });

  it('no processes: every count is zero', () => {
    const s = nodeStatus([]);
    expect(s.all.total).toBe(0);
    expect(s.types.every((t) => t.total === 0 && Object.values(t.byState).every((n) => n === 0))).toBe(true);
  });
});
