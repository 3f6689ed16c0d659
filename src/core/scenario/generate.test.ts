import { describe, expect, it } from 'vitest';
import { PROCESS_TYPES } from '../process/types';
import { DEFAULT_WORKLOAD, generateWorkload, validateWorkloadSpec, type WorkloadSpec } from './generate';
import type { ProcessSpec } from './types';
import { validateScenario } from './validate';

function asScenario(processes: ProcessSpec[], gpus: number): unknown {
  return {
    format: 'bcos-scenario',
    version: 1,
    node: { cpus: 2, gpus },
    scheduler: { policy: 'EDF', preemptive: true },
    processes,
  };
}

function spec(change: Partial<WorkloadSpec>): WorkloadSpec {
  return { ...DEFAULT_WORKLOAD, ...change };
}

function typeCounts(mix: WorkloadSpec['mix'], count: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of generateWorkload(spec({ mix, count }))) out[p.type] = (out[p.type] ?? 0) + 1;
  return out;
}

describe('generateWorkload', () => {
  it('is the same for the same seed', () => {
    expect(generateWorkload(DEFAULT_WORKLOAD)).toEqual(generateWorkload(structuredClone(DEFAULT_WORKLOAD)));
  });

  it('differs for another seed', () => {
    expect(generateWorkload(spec({ seed: 43 }))).not.toEqual(generateWorkload(DEFAULT_WORKLOAD));
  });

  it.each([
    ['default', DEFAULT_WORKLOAD],
    [
      'poisson arrivals, exponential bursts',
      spec({
        count: 500,
        arrival: { kind: 'poisson', meanGap: 3.5 },
        cpuBurst: { kind: 'exponential', mean: 6 },
        ioBurst: { kind: 'exponential', mean: 1 },
      }),
    ],
    [
      'all at zero, fixed bursts, no GPUs',
      spec({
        count: 50,
        arrival: { kind: 'allAtZero' },
        cpuBurst: { kind: 'fixed', value: 1 },
        gpus: 0,
        validatorSlot: 0,
      }),
    ],
    [
      'wide ranges',
      spec({
        count: 200,
        burstsPerProcess: { min: 1000, max: 1000 },
        priorities: { min: -1000, max: 1000 },
        cpuBurst: { kind: 'uniform', min: 999_999, max: 1_000_000 },
      }),
    ],
    ['huge arrival gaps', spec({ count: 2000, arrival: { kind: 'poisson', meanGap: 1_000_000 } })],
  ])('makes a valid scenario: %s', (_name, s) => {
    const processes = generateWorkload(s);
    const result = validateScenario(asScenario(processes, s.gpus));
    expect(result.ok ? [] : result.errors.slice(0, 3)).toEqual([]);
    expect(processes).toHaveLength(s.count);
  });

  it('numbers pids 1..count in arrival order, and names each process uniquely', () => {
    const processes = generateWorkload(spec({ count: 300 }));
    expect(processes.map((p) => p.pid)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    for (let i = 1; i < processes.length; i++)
      expect(processes[i]!.arrival).toBeGreaterThanOrEqual(processes[i - 1]!.arrival);
    expect(new Set(processes.map((p) => p.name)).size).toBe(300);
    expect(
      processes
        .filter((p) => p.type === 'SYSTEM')
        .map((p) => p.name)
        .slice(0, 2),
    ).toEqual(['sysd-0', 'sysd-1']);
  });

  it('meets the mix exactly; a type left out weighs 1 and a 0 excludes it', () => {
    const zeros = Object.fromEntries(PROCESS_TYPES.map((t) => [t, 0]));
    expect(typeCounts({ ...zeros, AI_INFERENCE: 3, USER: 1 }, 8)).toEqual({ AI_INFERENCE: 6, USER: 2 });
    expect(typeCounts({}, 12)).toEqual(Object.fromEntries(PROCESS_TYPES.map((t) => [t, 2])));
    expect(typeCounts({ ...zeros, SYSTEM: 2, USER: 1 }, 10)).toEqual({ SYSTEM: 7, USER: 3 });
  });

  it('gives each type its character', () => {
    const processes = generateWorkload(
      spec({ count: 600, priorities: { min: 2, max: 9 }, validatorSlot: 50, gpus: 1 }),
    );
    const of = (type: string): ProcessSpec[] => processes.filter((p) => p.type === type);
    for (const p of of('AI_INFERENCE'))
      expect(p.needs).toEqual({ memoryBytes: 2 * 1024 ** 3, gpus: 1, networkMbps: 100 });
    for (const p of of('SYSTEM')) expect(p.priority).toBe(2);
    for (const p of of('NETWORK_NODE')) expect(p.needs.networkMbps).toBe(1000);
    for (const p of of('BLOCKCHAIN_VALIDATOR')) expect(p.deadline).toBe((Math.floor(p.arrival / 50) + 1) * 50);
    for (const p of processes.filter((q) => q.type !== 'BLOCKCHAIN_VALIDATOR')) expect(p.deadline).toBeUndefined();
    for (const p of processes) {
      expect(p.bursts.length % 2).toBe(1);
      expect(p.priority).toBeGreaterThanOrEqual(2);
      expect(p.priority).toBeLessThanOrEqual(9);
      expect(p.tickets).toBeUndefined();
    }
    // NETWORK_NODE doubles the CPU bursts: 2..6 of them, so 3..11 bursts in all.
    for (const p of of('NETWORK_NODE')) expect(p.bursts.length).toBeGreaterThanOrEqual(3);
  });

  it('asks no GPU of inference when the node has none, and no deadlines when the slot is 0', () => {
    const processes = generateWorkload(spec({ count: 100, gpus: 0, validatorSlot: 0 }));
    expect(processes.every((p) => p.needs.gpus === 0 && p.deadline === undefined)).toBe(true);
  });

  // Its speed is measured by `npm run bench`, not here.
  it('makes 10,000 valid processes', () => {
    const s = spec({ count: 10_000 });
    const processes = generateWorkload(s);
    expect(processes).toHaveLength(10_000);
    expect(validateScenario(asScenario(processes, s.gpus)).ok).toBe(true);
  });
});

describe('validateWorkloadSpec', () => {
  it('accepts the default', () => {
    expect(validateWorkloadSpec(DEFAULT_WORKLOAD)).toEqual({ ok: true, spec: DEFAULT_WORKLOAD });
  });

  it.each<[string, unknown, string, string]>([
    ['count 0', spec({ count: 0 }), 'count', 'integer from 1 to 100000'],
    ['count 100,001', spec({ count: 100_001 }), 'count', 'integer from 1 to 100000'],
    ['seed', spec({ seed: -1 }), 'seed', 'integer from 0 to 4294967295'],
    ['negative weight', spec({ mix: { USER: -1 } }), 'mix.USER', 'number from 0'],
    ['unknown type', { ...DEFAULT_WORKLOAD, mix: { MINER: 1 } }, 'mix.MINER', 'known field names only'],
    ['all weights 0', spec({ mix: Object.fromEntries(PROCESS_TYPES.map((t) => [t, 0])) }), 'mix', 'at least one type'],
    [
      'arrival kind',
      { ...DEFAULT_WORKLOAD, arrival: { kind: 'burst' } },
      'arrival.kind',
      'one of uniform, poisson, allAtZero',
    ],
    ['arrival span', spec({ arrival: { kind: 'uniform', span: -1 } }), 'arrival.span', 'integer from 0'],
    ['burst 0', spec({ cpuBurst: { kind: 'fixed', value: 0 } }), 'cpuBurst.value', 'integer from 1 to 1000000'],
    ['uniform min > max', spec({ ioBurst: { kind: 'uniform', min: 5, max: 2 } }), 'ioBurst.max', '≥ min'],
    ['exponential mean', spec({ cpuBurst: { kind: 'exponential', mean: 0 } }), 'cpuBurst.mean', 'number from 1'],
    [
      'bursts per process',
      spec({ burstsPerProcess: { min: 0, max: 2 } }),
      'burstsPerProcess.min',
      'integer from 1 to 1000',
    ],
    ['bursts min > max', spec({ burstsPerProcess: { min: 3, max: 2 } }), 'burstsPerProcess.max', '≥ min'],
    ['priorities', spec({ priorities: { min: -1001, max: 0 } }), 'priorities.min', 'integer from -1000 to 1000'],
    ['validator slot', spec({ validatorSlot: -1 }), 'validatorSlot', 'integer from 0'],
    ['gpus', spec({ gpus: 17 }), 'gpus', 'integer from 0 to 16'],
  ])('refuses %s', (_name, input, path, limit) => {
    const result = validateWorkloadSpec(input);
    const errors = result.ok ? [] : result.errors;
    expect(errors.find((e) => e.path === path)?.limit, JSON.stringify(errors)).toContain(limit);
  });

  it('refuses non-objects without throwing', () => {
    for (const input of [null, 1, 'x', []]) expect(validateWorkloadSpec(input).ok).toBe(false);
  });
});
