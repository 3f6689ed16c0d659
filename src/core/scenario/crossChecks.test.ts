import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../testing/scenarioOf';
import type { ProcessSpec } from './types';
import { validateScenario } from './validate';

/** A create at tick 10 of a process whose own arrival field says `arrival`. */
function creating(arrival: number, deadline: number) {
  const process: ProcessSpec = {
    pid: 2,
    name: 'late',
    type: 'USER',
    priority: 0,
    arrival,
    bursts: [2],
    deadline,
    needs: { memoryBytes: 0, gpus: 0, networkMbps: 0 },
  };
  return validateScenario(
    scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }], { operations: [{ tick: 10, op: 'create', process }] }),
  );
}

describe("a created process's deadline is checked against the tick it arrives at, the operation's", () => {
  it('a deadline before the create tick is refused, even when it is after the arrival field', () => {
    const v = creating(0, 5);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors).toEqual([
      {
        path: 'operations[0].process.deadline',
        limit: "integer ≥ the create operation's tick (10), when the process arrives",
        message:
          "operations[0].process.deadline must be an integer ≥ the create operation's tick (10), when the process arrives (got 5)",
      },
    ]);
  });

  it('a deadline at or after the create tick is accepted, even when it is before the arrival field', () => {
    expect(creating(20, 12).ok).toBe(true);
    expect(creating(0, 10).ok).toBe(true);
  });
});
