import { describe, expect, it } from 'vitest';
import { DEFAULT_NODE, DEFAULT_OPTIONS } from './defaults';
import { validateProcessSpec, validateScenario, type FieldError } from './validate';

/** A small valid scenario; each test breaks one thing in a fresh copy. */
function base(): Record<string, any> {
  return {
    format: 'bcos-scenario',
    version: 1,
    node: { id: 'n', cpus: 2, gpus: 1, connections: [] },
    scheduler: { policy: 'RR', quantum: 2 },
    processes: [
      { pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3, 2, 1] },
      { pid: 2, name: 'b', type: 'AI_INFERENCE', arrival: 5, bursts: [4], needs: { gpus: 1 } },
    ],
  };
}

function errorsOf(input: unknown): FieldError[] {
  const result = validateScenario(input);
  return result.ok ? [] : result.errors;
}

function withChange(change: (s: Record<string, any>) => void): Record<string, any> {
  const s = base();
  change(s);
  return s;
}

/** A scenario with only the required fields. */
function minimal(): unknown {
  return { format: 'bcos-scenario', version: 1, scheduler: { policy: 'FIFO' }, processes: [] };
}

const mlfq = {
  policy: 'MLFQ',
  levels: [{ quantum: 2, allotment: 1 }],
  allotmentUnit: 'quanta',
  boostInterval: 0,
  agingThreshold: 0,
  ioResetsAllotment: false,
  ioToFront: false,
};

/** [what is broken, the change, expected path, a part of the expected limit] */
const cases: [string, (s: Record<string, any>) => void, string, string][] = [
  ['format', (s) => (s.format = 'other'), 'format', '"bcos-scenario"'],
  ['version', (s) => (s.version = 4), 'version', 'supported version (1, 2, 3)'],
  ['unknown top-level key', (s) => (s.colour = 'red'), 'colour', 'known field names only'],
  ['unknown process key', (s) => (s.processes[0].burst = [1]), 'processes[0].burst', 'known field names only'],
  ['title length', (s) => (s.title = 'x'.repeat(201)), 'title', 'at most 200 characters'],
  ['seed negative', (s) => (s.seed = -1), 'seed', 'integer from 0 to 4294967295'],
  ['seed too large', (s) => (s.seed = 2 ** 32), 'seed', 'integer from 0 to 4294967295'],
  ['seed fraction', (s) => (s.seed = 1.5), 'seed', 'integer from 0 to 4294967295'],
  ['pid negative', (s) => (s.processes[0].pid = -1), 'processes[0].pid', 'integer ≥ 0'],
  ['pid fraction', (s) => (s.processes[0].pid = 1.5), 'processes[0].pid', 'integer ≥ 0'],
  ['pid duplicate', (s) => (s.processes[1].pid = 1), 'processes[1].pid', 'unique pid'],
  ['name empty', (s) => (s.processes[0].name = ''), 'processes[0].name', 'string of 1 to 64 characters'],
  ['name long', (s) => (s.processes[0].name = 'x'.repeat(65)), 'processes[0].name', 'string of 1 to 64 characters'],
  ['type', (s) => (s.processes[0].type = 'DAEMON'), 'processes[0].type', 'one of AI_INFERENCE, DATA_PROCESSING'],
  ['bursts empty', (s) => (s.processes[0].bursts = []), 'processes[0].bursts', 'odd number of bursts'],
  ['bursts even', (s) => (s.processes[0].bursts = [1, 2]), 'processes[0].bursts', 'odd number of bursts'],
  ['burst negative', (s) => (s.processes[0].bursts = [-2]), 'processes[0].bursts[0]', 'integer from 0 to 1000000000'],
  [
    'burst below 0',
    (s) => (s.processes[0].bursts = [1, -1, 1]),
    'processes[0].bursts[1]',
    'integer from 0 to 1000000000',
  ],
  ['burst huge', (s) => (s.processes[0].bursts = [1e9 + 1]), 'processes[0].bursts[0]', 'integer from 0 to 1000000000'],
  ['burst NaN', (s) => (s.processes[0].bursts = [Number.NaN]), 'processes[0].bursts[0]', 'integer from 0'],
  ['burst Infinity', (s) => (s.processes[0].bursts = [Infinity]), 'processes[0].bursts[0]', 'integer from 0'],
  ['arrival negative', (s) => (s.processes[0].arrival = -1), 'processes[0].arrival', 'integer from 0 to 1000000000'],
  ['arrival huge', (s) => (s.processes[0].arrival = 1e9 + 1), 'processes[0].arrival', 'integer from 0 to 1000000000'],
  ['arrival missing', (s) => delete s.processes[0].arrival, 'processes[0].arrival', 'integer from 0'],
  ['priority high', (s) => (s.processes[0].priority = 1001), 'processes[0].priority', 'integer from -1000 to 1000'],
  ['priority low', (s) => (s.processes[0].priority = -1001), 'processes[0].priority', 'integer from -1000 to 1000'],
  ['deadline before arrival', (s) => (s.processes[1].deadline = 4), 'processes[1].deadline', 'integer ≥ arrival (5)'],
  ['tickets zero', (s) => (s.processes[0].tickets = 0), 'processes[0].tickets', 'integer from 1 to 1000000'],
  ['tickets many', (s) => (s.processes[0].tickets = 1_000_001), 'processes[0].tickets', 'integer from 1 to 1000000'],
  [
    'memory negative',
    (s) => (s.processes[0].needs = { memoryBytes: -1 }),
    'processes[0].needs.memoryBytes',
    'integer from 0 to 1125899906842624',
  ],
  [
    'memory huge',
    (s) => (s.processes[0].needs = { memoryBytes: 2 ** 50 + 1 }),
    'processes[0].needs.memoryBytes',
    'integer from 0',
  ],
  [
    'gpus above node',
    (s) => (s.processes[1].needs.gpus = 2),
    'processes[1].needs.gpus',
    'integer from 0 to the node’s number of GPUs (1)',
  ],
  ['gpus negative', (s) => (s.processes[1].needs.gpus = -1), 'processes[1].needs.gpus', 'integer from 0 to 16'],
  [
    'network negative',
    (s) => (s.processes[0].needs = { networkMbps: -1 }),
    'processes[0].needs.networkMbps',
    'number from 0 to 1000000',
  ],
  [
    'network huge',
    (s) => (s.processes[0].needs = { networkMbps: 1e6 + 1 }),
    'processes[0].needs.networkMbps',
    'number from 0 to 1000000',
  ],
  ['node cpus 0', (s) => (s.node.cpus = 0), 'node.cpus', 'integer from 1 to 16'],
  ['node cpus 17', (s) => (s.node.cpus = 17), 'node.cpus', 'integer from 1 to 16'],
  ['node gpus 17', (s) => (s.node.gpus = 17), 'node.gpus', 'integer from 0 to 16'],
  ['node id empty', (s) => (s.node.id = ''), 'node.id', 'string of 1 to 64 characters'],
  ['node id long', (s) => (s.node.id = 'n'.repeat(65)), 'node.id', 'string of 1 to 64 characters'],
  ['connection not a string', (s) => (s.node.connections = [7]), 'node.connections[0]', 'string of 1 to 64'],
  [
    'connections many',
    (s) => (s.node.connections = Array.from({ length: 65 }, (_, i) => `p${i}`)),
    'node.connections',
    'at most 64 connections',
  ],
  [
    'unknown policy',
    (s) => (s.scheduler = { policy: 'CFS' }),
    'scheduler.policy',
    'one of FIFO, SJF, SRTF, RR, PRIORITY, MLFQ, LOTTERY, EDF',
  ],
  ['scheduler not an object', (s) => (s.scheduler = 'RR'), 'scheduler', 'object with a policy'],
  [
    'RR quantum 0',
    (s) => (s.scheduler = { policy: 'RR', quantum: 0 }),
    'scheduler.quantum',
    'integer from 1 to 1000000 ticks',
  ],
  ['RR quantum missing', (s) => (s.scheduler = { policy: 'RR' }), 'scheduler.quantum', 'integer from 1 to 1000000'],
  [
    'LOTTERY quantum big',
    (s) => (s.scheduler = { policy: 'LOTTERY', quantum: 1_000_001 }),
    'scheduler.quantum',
    'integer from 1 to 1000000',
  ],
  [
    'FIFO extra key',
    (s) => (s.scheduler = { policy: 'FIFO', quantum: 2 }),
    'scheduler.quantum',
    'known field names only',
  ],
  [
    'PRIORITY preemptive',
    (s) => (s.scheduler = { policy: 'PRIORITY', preemptive: 'yes', agingInterval: 0 }),
    'scheduler.preemptive',
    'boolean',
  ],
  [
    'PRIORITY aging',
    (s) => (s.scheduler = { policy: 'PRIORITY', preemptive: true, agingInterval: -1 }),
    'scheduler.agingInterval',
    'integer from 0',
  ],
  ['EDF preemptive missing', (s) => (s.scheduler = { policy: 'EDF' }), 'scheduler.preemptive', 'boolean'],
  ['MLFQ no levels', (s) => (s.scheduler = { ...mlfq, levels: [] }), 'scheduler.levels', '1 to 16 levels'],
  [
    'MLFQ 17 levels',
    (s) => (s.scheduler = { ...mlfq, levels: Array.from({ length: 17 }, () => ({ quantum: 1, allotment: 1 })) }),
    'scheduler.levels',
    '1 to 16 levels',
  ],
  [
    'MLFQ quantum 0',
    (s) => (s.scheduler = { ...mlfq, levels: [{ quantum: 0, allotment: 1 }] }),
    'scheduler.levels[0].quantum',
    'integer from 1',
  ],
  [
    'MLFQ allotment 0',
    (s) => (s.scheduler = { ...mlfq, levels: [{ quantum: 1, allotment: 0 }] }),
    'scheduler.levels[0].allotment',
    'integer from 1',
  ],
  [
    'MLFQ unit',
    (s) => (s.scheduler = { ...mlfq, allotmentUnit: 'slices' }),
    'scheduler.allotmentUnit',
    'one of quanta, ticks',
  ],
  ['MLFQ boost', (s) => (s.scheduler = { ...mlfq, boostInterval: -1 }), 'scheduler.boostInterval', 'integer from 0'],
  ['MLFQ aging', (s) => (s.scheduler = { ...mlfq, agingThreshold: 0.5 }), 'scheduler.agingThreshold', 'integer from 0'],
  [
    'MLFQ ioResetsAllotment',
    (s) => (s.scheduler = { ...mlfq, ioResetsAllotment: 1 }),
    'scheduler.ioResetsAllotment',
    'boolean',
  ],
  ['MLFQ ioToFront', (s) => (s.scheduler = { ...mlfq, ioToFront: undefined }), 'scheduler.ioToFront', 'boolean'],
  [
    'switch cost',
    (s) => (s.options = { contextSwitchCost: 1001 }),
    'options.contextSwitchCost',
    'integer from 0 to 1000',
  ],
  ['countIdleSwitches', (s) => (s.options = { countIdleSwitches: 'no' }), 'options.countIdleSwitches', 'boolean'],
  [
    'requeueOrder',
    (s) => (s.options = { requeueOrder: 'random' }),
    'options.requeueOrder',
    'one of arrivalsFirst, preemptedFirst',
  ],
  [
    'lowerNumberIsHigherPriority',
    (s) => (s.options = { lowerNumberIsHigherPriority: 0 }),
    'options.lowerNumberIsHigherPriority',
    'boolean',
  ],
  ['ioDevices', (s) => (s.options = { ioDevices: 1025 }), 'options.ioDevices', 'integer from 0 to 1024'],
  ['unknown option', (s) => (s.options = { quantum: 3 }), 'options.quantum', 'known field names only'],
  [
    'op tick',
    (s) => (s.operations = [{ tick: -1, op: 'kill', pid: 1 }]),
    'operations[0].tick',
    'integer from 0 to 1000000000',
  ],
  [
    'op kind',
    (s) => (s.operations = [{ tick: 0, op: 'pause', pid: 1 }]),
    'operations[0].op',
    'one of create, kill, suspend, resume, setPriority',
  ],
  [
    'op unknown pid',
    (s) => (s.operations = [{ tick: 0, op: 'suspend', pid: 9 }]),
    'operations[0].pid',
    'pid of a listed process or an earlier create',
  ],
  [
    'op pid before its create',
    (s) =>
      (s.operations = [
        { tick: 0, op: 'resume', pid: 9 },
        { tick: 0, op: 'create', process: { pid: 9, name: 'c', type: 'USER', arrival: 0, bursts: [1] } },
      ]),
    'operations[0].pid',
    'earlier create',
  ],
  [
    'setPriority range',
    (s) => (s.operations = [{ tick: 0, op: 'setPriority', pid: 1, priority: 2000 }]),
    'operations[0].priority',
    'integer from -1000 to 1000',
  ],
  [
    'create pid clash',
    (s) =>
      (s.operations = [
        { tick: 3, op: 'create', process: { pid: 2, name: 'c', type: 'USER', arrival: 3, bursts: [1] } },
      ]),
    'operations[0].process.pid',
    'unique pid',
  ],
  [
    'two creates, one pid',
    (s) =>
      (s.operations = [1, 2].map((tick) => ({
        tick,
        op: 'create',
        process: { pid: 7, name: 'c', type: 'USER', arrival: tick, bursts: [1] },
      }))),
    'operations[1].process.pid',
    'unique pid',
  ],
  [
    'create bad burst',
    (s) =>
      (s.operations = [
        { tick: 3, op: 'create', process: { pid: 3, name: 'c', type: 'USER', arrival: 3, bursts: [-1] } },
      ]),
    'operations[0].process.bursts[0]',
    'integer from 0',
  ],
  [
    'create gpus above node',
    (s) =>
      (s.operations = [
        {
          tick: 3,
          op: 'create',
          process: { pid: 3, name: 'c', type: 'USER', arrival: 3, bursts: [1], needs: { gpus: 2 } },
        },
      ]),
    'operations[0].process.needs.gpus',
    'number of GPUs (1)',
  ],
];

describe('validateScenario', () => {
  it('accepts the base scenario', () => {
    expect(errorsOf(base())).toEqual([]);
  });

  it.each(cases)('refuses %s', (_name, change, path, limit) => {
    const errors = errorsOf(withChange(change));
    const hit = errors.find((e) => e.path === path);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.limit).toContain(limit);
    expect(hit?.message).toContain(path);
    expect(hit?.message).toContain(hit?.limit);
  });

  it('says what it got, in a full sentence', () => {
    const errors = errorsOf(withChange((s) => (s.processes[0].bursts = [-2])));
    expect(errors).toEqual([
      {
        path: 'processes[0].bursts[0]',
        limit: 'integer from 0 to 1000000000 ticks',
        message: 'processes[0].bursts[0] must be an integer from 0 to 1000000000 ticks (got -2)',
      },
    ]);
  });

  it('refuses non-objects at the root', () => {
    for (const input of [null, undefined, 'scenario', 42, [], true]) {
      expect(errorsOf(input)[0]?.path).toBe('scenario');
    }
  });

  it('reports every error, not only the first', () => {
    const errors = errorsOf(
      withChange((s) => {
        s.seed = -1;
        s.node.cpus = 0;
        s.processes[0].bursts = [-1];
        s.processes[1].name = '';
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['seed', 'node.cpus', 'processes[0].bursts[0]', 'processes[1].name']);
  });

  it('lists 100 errors, then one "and N more"', () => {
    const s = withChange(
      (x) =>
        (x.processes = Array.from({ length: 150 }, (_, i) => ({
          pid: i,
          name: '',
          type: 'USER',
          arrival: 0,
          bursts: [1],
        }))),
    );
    const errors = errorsOf(s);
    expect(errors).toHaveLength(101);
    expect(errors[100]?.message).toContain('and 50 more errors');
  });

  it('refuses 100,001 processes, naming the limit', () => {
    const processes = Array.from({ length: 100_001 }, (_, i) => ({
      pid: i,
      name: `p${i}`,
      type: 'USER',
      arrival: 0,
      bursts: [1],
    }));
    const errors = errorsOf({ ...base(), processes });
    expect(errors).toEqual([expect.objectContaining({ path: 'processes', limit: 'at most 100000 processes' })]);
  });

  it('accepts 100,000 processes', () => {
    const processes = Array.from({ length: 100_000 }, (_, i) => ({
      pid: i,
      name: `p${i}`,
      type: 'USER',
      arrival: 0,
      bursts: [1],
    }));
    expect(validateScenario({ ...base(), processes }).ok).toBe(true);
  });

  it('refuses 100,001 operations', () => {
    const operations = Array.from({ length: 100_001 }, () => ({ tick: 0, op: 'kill', pid: 1 }));
    expect(errorsOf({ ...base(), operations })[0]).toMatchObject({
      path: 'operations',
      limit: 'at most 100000 operations',
    });
  });

  it('accepts operations on listed and created pids', () => {
    const s = withChange(
      (x) =>
        (x.operations = [
          { tick: 1, op: 'create', process: { pid: 3, name: 'late', type: 'SYSTEM', arrival: 1, bursts: [2] } },
          { tick: 2, op: 'suspend', pid: 3 },
          { tick: 3, op: 'resume', pid: 3 },
          { tick: 4, op: 'setPriority', pid: 1, priority: -5 },
          { tick: 5, op: 'kill', pid: 2 },
        ]),
    );
    const result = validateScenario(s);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.scenario.operations[0]).toMatchObject({
        op: 'create',
        process: { priority: 0, needs: { gpus: 0 } },
      });
  });
});

describe('defaults', () => {
  it('fills in every omitted field', () => {
    const result = validateScenario({
      format: 'bcos-scenario',
      version: 1,
      scheduler: { policy: 'FIFO' },
      processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [1] }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.scenario;
    expect(s.title).toBe('');
    expect(s.description).toBe('');
    expect(s.seed).toBe(1);
    expect(s.node).toEqual({ id: 'node-0', cpus: 1, gpus: 0, connections: [] });
    expect(s.node).toEqual(DEFAULT_NODE);
    expect(s.options).toEqual({
      contextSwitchCost: 0,
      countIdleSwitches: false,
      requeueOrder: 'arrivalsFirst',
      lowerNumberIsHigherPriority: true,
      ioDevices: 0,
    });
    expect(s.options).toEqual(DEFAULT_OPTIONS);
    expect(s.operations).toEqual([]);
    expect(s.processes[0]).toEqual({
      pid: 1,
      name: 'a',
      type: 'USER',
      priority: 0,
      arrival: 0,
      bursts: [1],
      needs: { memoryBytes: 0, gpus: 0, networkMbps: 0 },
    });
    expect('tickets' in (s.processes[0] ?? {})).toBe(false);
    expect('deadline' in (s.processes[0] ?? {})).toBe(false);
  });

  it('fills in the omitted fields of a partial object', () => {
    const result = validateScenario(
      withChange((s) => {
        s.node = { cpus: 4 };
        s.options = { contextSwitchCost: 2 };
        s.processes[1].needs = { memoryBytes: 10 };
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.node).toEqual({ ...DEFAULT_NODE, cpus: 4 });
    expect(result.scenario.options).toEqual({ ...DEFAULT_OPTIONS, contextSwitchCost: 2 });
    expect(result.scenario.processes[1]?.needs).toEqual({ memoryBytes: 10, gpus: 0, networkMbps: 0 });
  });

  it('gives each scenario its own copy of default arrays', () => {
    const a = validateScenario(minimal());
    const b = validateScenario(minimal());
    if (!a.ok || !b.ok) throw new Error('expected valid');
    a.scenario.node.connections.push('peer');
    expect(b.scenario.node.connections).toEqual([]);
    expect(DEFAULT_NODE.connections).toEqual([]);
  });
});

describe('validateProcessSpec', () => {
  const ctx = { existingPids: [1, 2], nodeGpus: 1 };
  const spec = { pid: 3, name: 'llm', type: 'AI_INFERENCE', arrival: 0, bursts: [5], needs: { gpus: 1 } };

  it('accepts a new process and fills its defaults', () => {
    expect(validateProcessSpec(spec, ctx)).toEqual({
      ok: true,
      process: { ...spec, priority: 0, needs: { memoryBytes: 0, gpus: 1, networkMbps: 0 } },
    });
  });

  it('refuses a pid already used', () => {
    const result = validateProcessSpec({ ...spec, pid: 2 }, ctx);
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ path: 'pid', limit: 'unique pid' })]);
  });

  it('refuses more GPUs than the node has, naming node.gpus', () => {
    const result = validateProcessSpec({ ...spec, needs: { gpus: 2 } }, ctx);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ path: 'needs.gpus', limit: 'integer from 0 to the node’s number of GPUs (1)' }),
    ]);
  });

  it('reports field errors without a prefix, and the whole value as "process"', () => {
    const bad = validateProcessSpec({ ...spec, bursts: [1, 1] }, ctx);
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['bursts']);
    const none = validateProcessSpec(null, ctx);
    expect(none.ok ? [] : none.errors.map((e) => e.path)).toEqual(['process']);
  });
});
