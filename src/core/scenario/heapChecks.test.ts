import { describe, expect, it } from 'vitest';
import { validateScenario, type FieldError } from './validate';

/** One process (pid 1) and a heap; each test changes the heap or the operations. */
function scenario(operations: unknown[], heap: unknown = {}): Record<string, unknown> {
  // heap null: no heap section
  return {
    format: 'bcos-scenario',
    version: 3,
    scheduler: { policy: 'FIFO' },
    processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [10] }],
    operations,
    ...(heap !== null && { heap }),
  };
}

function errorsOf(input: unknown): FieldError[] {
  const r = validateScenario(input);
  return r.ok ? [] : r.errors;
}

describe('the heap section', () => {
  it("fills in malloc.py's defaults", () => {
    const r = validateScenario(scenario([]));
    expect(r.ok && r.scenario.heap).toEqual({
      base: 1000,
      size: 100,
      header: 0,
      align: null,
      policy: 'BEST',
      order: 'ADDRSORT',
      coalesce: false,
    });
  });

  it('is optional: a scenario without it has none', () => {
    const r = validateScenario(scenario([], null));
    expect(r.ok && r.scenario.heap).toBeUndefined();
  });

  it.each([
    [{ size: -1 }, 'heap.size', 'integer from 0 to 1099511627776 bytes'],
    [{ base: -1 }, 'heap.base', 'integer from 0 to 1099511627776 (address)'],
    [{ align: 0 }, 'heap.align', 'integer from 1 to 1099511627776 bytes, or null for none'],
    [{ policy: 'RANDOM' }, 'heap.policy', 'one of FIRST, BEST, WORST, NEXT'],
    [{ order: 'LIFO' }, 'heap.order', 'one of ADDRSORT, SIZESORT+, SIZESORT-, INSERT-FRONT, INSERT-BACK'],
    [{ colesce: true }, 'heap.colesce', 'known field names only'],
  ])('refuses %j, naming %s', (heap, path, limit) => {
    expect(errorsOf(scenario([], heap))).toEqual([expect.objectContaining({ path, limit })]);
  });
});

describe('malloc and free operations', () => {
  it('accept a free of an earlier malloc, a failed or a freed one included', () => {
    const ops = [
      { tick: 1, op: 'malloc', pid: 1, bytes: 500 },
      { tick: 2, op: 'malloc', pid: 1, bytes: 5 },
      { tick: 3, op: 'free', pid: 1, allocation: 1 },
      { tick: 3, op: 'free', pid: 1, allocation: 1 },
      { tick: 4, op: 'free', pid: 1, allocation: 0 },
    ];
    expect(errorsOf(scenario(ops))).toEqual([]);
  });

  it('need the heap section', () => {
    const errors = errorsOf(
      scenario(
        [
          { tick: 1, op: 'malloc', pid: 1, bytes: 5 },
          { tick: 2, op: 'free', pid: 1, allocation: 0 },
        ],
        null,
      ),
    );
    expect(errors.map((e) => [e.path, e.limit])).toEqual([
      ['operations[0].op', 'a scenario with a heap section'],
      ['operations[1].op', 'a scenario with a heap section'],
    ]);
    expect(errors[0]?.message).toBe('operations[0]: malloc needs a heap: add a "heap" section to the scenario');
  });

  it.each([
    [-1, 'must be an integer from 0 to 1099511627776 bytes'],
    [2 ** 40 + 1, 'must be an integer from 0 to 1099511627776 bytes'],
    [1.5, 'must be an integer from 0 to 1099511627776 bytes'],
  ])('refuse malloc of %s bytes, naming the limit', (bytes, message) => {
    expect(errorsOf(scenario([{ tick: 1, op: 'malloc', pid: 1, bytes }]))).toEqual([
      expect.objectContaining({ path: 'operations[0].bytes', message: expect.stringContaining(message) }),
    ]);
  });

  it('refuse a free that names no malloc listed before it', () => {
    const none = errorsOf(scenario([{ tick: 1, op: 'free', pid: 1, allocation: 0 }]));
    expect(none).toEqual([
      {
        path: 'operations[0].allocation',
        limit: 'the index of an earlier malloc (none is listed before it)',
        message:
          'operations[0].allocation 0 names no malloc listed before it: it must be the index of an earlier malloc (none is listed before it)',
      },
    ]);
    const later = errorsOf(
      scenario([
        { tick: 1, op: 'malloc', pid: 1, bytes: 5 },
        { tick: 2, op: 'free', pid: 1, allocation: 1 },
        { tick: 3, op: 'malloc', pid: 1, bytes: 5 },
      ]),
    );
    expect(later).toEqual([
      expect.objectContaining({ path: 'operations[1].allocation', limit: 'the index of an earlier malloc (0 to 0)' }),
    ]);
    expect(errorsOf(scenario([{ tick: 1, op: 'free', pid: 1, allocation: -1 }]))).toEqual([
      expect.objectContaining({ path: 'operations[0].allocation' }),
    ]);
  });

  it('refuse a free listed after its malloc but scheduled before it', () => {
    const errors = errorsOf(
      scenario([
        { tick: 5, op: 'malloc', pid: 1, bytes: 5 },
        { tick: 2, op: 'free', pid: 1, allocation: 0 },
      ]),
    );
    expect(errors).toEqual([
      {
        path: 'operations[1].allocation',
        limit: 'a malloc at a tick ≤ 2',
        message:
          'operations[1].allocation 0 names the malloc at tick 5, after this free (tick 2): it must be a malloc at a tick ≤ 2',
      },
    ]);
  });

  it('refuse an unknown pid', () => {
    const errors = errorsOf(scenario([{ tick: 1, op: 'malloc', pid: 7, bytes: 5 }]));
    expect(errors).toEqual([
      expect.objectContaining({ path: 'operations[0].pid', limit: 'pid of a listed process or an earlier create' }),
    ]);
  });
});
