import { nextFloat, nextInt, seedRng, type RngState } from '../kernel/rng';
import { PROCESS_TYPES, type ProcessType } from '../process/types';
import { capErrors, fromIssues, type FieldError } from './fieldErrors';
import type { MemoryConfig } from '../memory/types';
import { generatedMemoryErrors, sizeForMemory } from './generateMemory';
import { TYPE_PROFILES } from './processProfiles';
import { LIMITS, type ProcessSpec } from './types';
import { MAX_GENERATED_BURST, workloadSchema } from './workloadSchema';

/** Burst lengths in ticks; every draw is rounded and clamped to 1..MAX_GENERATED_BURST. */
export type Dist =
  | { kind: 'fixed'; value: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'exponential'; mean: number };

export interface WorkloadSpec {
  seed: number;
  /** processes to make, 1..LIMITS.maxProcesses */
  count: number;
  /** relative weights; a type left out weighs 1, so {} is an even mix and 0 excludes a type */
  mix: Partial<Record<ProcessType, number>>;
  /** arrival ticks: uniform in 0..span, exponential gaps of mean meanGap, or all at tick 0 */
  arrival: { kind: 'uniform'; span: number } | { kind: 'poisson'; meanGap: number } | { kind: 'allAtZero' };
  cpuBurst: Dist;
  ioBurst: Dist;
  /** number of CPU bursts per process (I/O bursts sit between them) */
  burstsPerProcess: { min: number; max: number };
  /** drawn uniformly; SYSTEM gets `min`, the best under the default lowerNumberIsHigherPriority */
  priorities: { min: number; max: number };
  /** ticks; BLOCKCHAIN_VALIDATOR processes get deadline = end of the slot they arrive in; 0 = no deadlines */
  validatorSlot: number;
  /** node GPUs: AI_INFERENCE needs 1 when > 0 */
  gpus: number;
}

export const DEFAULT_WORKLOAD: WorkloadSpec = {
  seed: 42,
  count: 12,
  mix: {},
  arrival: { kind: 'uniform', span: 40 },
  cpuBurst: { kind: 'uniform', min: 2, max: 12 },
  ioBurst: { kind: 'uniform', min: 2, max: 8 },
  burstsPerProcess: { min: 1, max: 3 },
  priorities: { min: 0, max: 7 },
  validatorSlot: 50,
  gpus: 1,
};

export type WorkloadValidation = { ok: true; spec: WorkloadSpec } | { ok: false; errors: FieldError[] };

/**
 * The same kind of field errors as validateScenario, rooted at "workload". With the memory section the workload
 * is for, a type none of whose processes could ever get memory there is refused too. Never throws.
 */
export function validateWorkloadSpec(input: unknown, memory?: MemoryConfig): WorkloadValidation {
  try {
    const parsed = workloadSchema.safeParse(input);
    if (parsed.success) {
      const errors = memory ? generatedMemoryErrors(typeCounts(parsed.data.mix, parsed.data.count), memory) : [];
      return errors.length === 0 ? { ok: true, spec: parsed.data } : { ok: false, errors };
    }
    return { ok: false, errors: capErrors(fromIssues(parsed.error.issues, input, [], 'workload'), 'workload') };
  } catch {
    const message = 'workload could not be read as plain data (JSON)';
    return { ok: false, errors: [{ path: 'workload', limit: 'plain data (JSON)', message }] };
  }
}

/**
 * A random workload, the same for the same spec (the only randomness is rng.ts seeded with spec.seed).
 * Expects a spec that passed validateWorkloadSpec. Pids are 1..count in arrival order, ties in the order made.
 * Memory needs are the design's realistic sizes (TYPE_PROFILES); given the scenario's memory section, they are
 * scaled to fit it, proportions kept (sizeForMemory), so the workload runs to completion with memory on.
 */
export function generateWorkload(spec: WorkloadSpec, memory?: MemoryConfig): ProcessSpec[] {
  const processes = drawWorkload(spec);
  return memory ? sizeForMemory(processes, memory) : processes;
}

function drawWorkload(spec: WorkloadSpec): ProcessSpec[] {
  const rng = seedRng(spec.seed);
  const types = shuffle(rng, typeCounts(spec.mix, spec.count));
  const made = types.map((type, order) => ({ order, arrival: 0, process: makeProcess(rng, spec, type) }));
  let clock = 0;
  for (const m of made) {
    clock = nextArrival(rng, spec.arrival, clock);
    m.arrival = clock;
  }
  made.sort((a, b) => a.arrival - b.arrival || a.order - b.order);
  const perType = new Map<ProcessType, number>();
  return made.map(({ arrival, process }, i) => {
    const n = perType.get(process.type) ?? 0;
    perType.set(process.type, n + 1);
    const profile = TYPE_PROFILES[process.type];
    const named = { ...process, pid: i + 1, name: `${profile.prefix}-${n}`, arrival };
    return profile.hasDeadline && spec.validatorSlot > 0
      ? { ...named, deadline: slotEnd(arrival, spec.validatorSlot) }
      : named;
  });
}

/** The first tick after the slot that `arrival` falls in (slots are [k × slot, (k + 1) × slot)), clamped. */
function slotEnd(arrival: number, slot: number): number {
  return Math.min(LIMITS.maxTick, (Math.floor(arrival / slot) + 1) * slot);
}

/**
 * Exactly how many of each type, by largest remainder of count × weight / total (ties in PROCESS_TYPES
 * order), so the mix is met exactly rather than only on average.
 */
function typeCounts(mix: WorkloadSpec['mix'], count: number): ProcessType[] {
  const weights = PROCESS_TYPES.map((t) => mix[t] ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w, i) => ({ i, exact: (count * w) / total, n: Math.floor((count * w) / total) }));
  let left = count - shares.reduce((a, s) => a + s.n, 0);
  for (const s of [...shares].sort((a, b) => b.exact - b.n - (a.exact - a.n) || a.i - b.i)) {
    if (left === 0) break;
    s.n += 1;
    left -= 1;
  }
  return shares.flatMap((s) => Array.from({ length: s.n }, () => PROCESS_TYPES[s.i] as ProcessType));
}

/** Fisher–Yates, in place. */
function shuffle<T>(rng: RngState, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = nextInt(rng, i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function makeProcess(rng: RngState, spec: WorkloadSpec, type: ProcessType): ProcessSpec {
  const profile = TYPE_PROFILES[type];
  const { min, max } = spec.burstsPerProcess;
  const cpuBursts = (min + nextInt(rng, max - min + 1)) * profile.burstCountScale;
  const bursts: number[] = [];
  for (let b = 0; b < cpuBursts; b++) {
    if (b > 0) bursts.push(draw(rng, spec.ioBurst, profile.ioScale));
    bursts.push(draw(rng, spec.cpuBurst, profile.cpuScale));
  }
  const { min: best, max: worst } = spec.priorities;
  const priority = profile.bestPriority ? best : best + nextInt(rng, worst - best + 1);
  const gpus = profile.wantsGpu && spec.gpus > 0 ? 1 : 0;
  // pid, name and arrival are set once all processes are made and ordered by arrival.
  const needs = { memoryBytes: profile.memoryBytes, gpus, networkMbps: profile.networkMbps };
  return { pid: 0, name: '', type, priority, arrival: 0, bursts, needs };
}

function draw(rng: RngState, dist: Dist, scale: number): number {
  let ticks: number;
  if (dist.kind === 'fixed') ticks = dist.value;
  else if (dist.kind === 'uniform') ticks = dist.min + nextInt(rng, dist.max - dist.min + 1);
  else ticks = exponential(rng, dist.mean);
  return Math.min(MAX_GENERATED_BURST, Math.max(1, Math.round(ticks * scale)));
}

/** Inverse-CDF draw; 1 - u is in (0, 1], so the logarithm is finite. */
function exponential(rng: RngState, mean: number): number {
  return -mean * Math.log(1 - nextFloat(rng));
}

function nextArrival(rng: RngState, arrival: WorkloadSpec['arrival'], clock: number): number {
  if (arrival.kind === 'allAtZero') return 0;
  if (arrival.kind === 'uniform') return nextInt(rng, arrival.span + 1);
  // Poisson process: exponential gaps between consecutive arrivals, clamped to the last valid tick.
  return Math.min(LIMITS.maxTick, clock + Math.round(exponential(rng, arrival.meanGap)));
}
