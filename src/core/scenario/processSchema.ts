import { z } from 'zod';
import { freezeNumbers } from '../deepFreeze';
import { PROCESS_TYPES, type ProcessType } from '../process/types';
import { DEFAULT_NEEDS, DEFAULT_PRIORITY } from './defaults';
import { deferred, intIn, numberIn, oneOf, text, unionError } from './fields';
import { fsSchemas } from './fsSchema';
import { networkSchemas } from './networkSchema';
import { LIMITS, type ProcessSpec } from './types';

/** Limits of node.cache and a process's workingSet. */
export const CACHE_LIMITS = { maxSize: 1_000_000_000, maxWarmRate: 1_000 } as const;

/** Limits of process fields that LIMITS in types.ts does not carry. */
export const PROCESS_LIMITS = {
  minPriority: -1000,
  maxPriority: 1000,
  maxTickets: 1_000_000,
  /** 2^50 bytes = 1 PiB: far above any node, still exact as a double */
  maxMemoryBytes: 2 ** 50,
  /** 1e6 Mbit/s = 1 Tbit/s */
  maxNetworkMbps: 1_000_000,
} as const;

export const pidSchema = intIn(0, Number.MAX_SAFE_INTEGER);
export const prioritySchema = intIn(PROCESS_LIMITS.minPriority, PROCESS_LIMITS.maxPriority);

const needsSchema = z
  .strictObject(
    {
      memoryBytes: intIn(0, PROCESS_LIMITS.maxMemoryBytes, 'bytes').default(DEFAULT_NEEDS.memoryBytes),
      // Bounded here by the largest node; crossChecks.ts bounds it by the scenario's node.gpus.
      gpus: intIn(0, LIMITS.maxGpus).default(DEFAULT_NEEDS.gpus),
      networkMbps: numberIn(0, PROCESS_LIMITS.maxNetworkMbps, 'Mbit/s').default(DEFAULT_NEEDS.networkMbps),
    },
    { error: 'must be an object {memoryBytes, gpus, networkMbps}' },
  )
  .prefault({});

/** Work of zero ticks, as OSTEP's scripts have it (a job of length 0, mlfq.py -i 0, process-run.py -L 0). */
const ZERO_BURST =
  'ticks; a burst of 0 is done at once: a CPU burst of 0 ends at the tick its process is dispatched (it exits or starts its I/O there), an I/O burst of 0 wakes its process at the tick it starts';
const oddLength = 'must have an odd number of bursts, at least 1 (CPU, I/O, CPU, …, ending with a CPU burst)';
const burstsSchema = z
  .array(intIn(0, LIMITS.maxTick, 'ticks').describe(ZERO_BURST), { error: 'must be a list of burst lengths in ticks' })
  .max(LIMITS.maxBursts, { error: `must have at most ${LIMITS.maxBursts} bursts` })
  .refine((bursts) => bursts.length % 2 === 1, { error: oddLength });

/**
 * A frozen copy of `bursts` when burstsSchema accepts it, else null: the same rule as a plain loop, because zod spends a
 * third of a microsecond on each number and a translated OSTEP workload lists hundreds of thousands. Whatever this
 * refuses goes through the schema, which words the error. Frozen here, where each item is known to be a number: a
 * run freezes its scenario (kernel/state.ts), and would otherwise read every burst again.
 */
export function plainBursts(bursts: unknown): number[] | null {
  if (!Array.isArray(bursts) || bursts.length % 2 !== 1 || bursts.length > LIMITS.maxBursts) return null;
  for (const b of bursts as unknown[])
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > LIMITS.maxTick) return null;
  return freezeNumbers((bursts as number[]).slice());
}

/** Fields of a process that plainProcess reads; any other goes through the schema. */
const PLAIN_FIELDS: ReadonlySet<string> = new Set(['pid', 'name', 'type', 'priority', 'arrival', 'bursts', 'needs']);
const NEEDS_FIELDS: ReadonlySet<string> = new Set(['memoryBytes', 'gpus', 'networkMbps']);
const TYPES: ReadonlySet<unknown> = new Set(PROCESS_TYPES);

const isIntIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isNumberIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && v >= min && v <= max;

function hasOnly(value: object, fields: ReadonlySet<string>): boolean {
  for (const key of Object.keys(value)) if (!fields.has(key)) return false;
  return true;
}

/**
 * What processSchema makes of `raw` when raw holds only the fields every process has (pid, name, type, priority,
 * arrival, bursts, needs), each valid, else null: zod's first thousand objects cost it 35 µs each while it warms
 * up, and a translated OSTEP workload lists 1,200 processes. `bursts` is what plainBursts made of raw's bursts.
 * Whatever this refuses goes through the schema, which words the error.
 */
export function plainProcess(raw: unknown, bursts: number[]): ProcessSpec | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !hasOnly(raw, PLAIN_FIELDS)) return null;
  const { pid, name, type, priority = DEFAULT_PRIORITY, arrival, needs = {} } = raw as Record<string, unknown>;
  if (
    !isIntIn(pid, 0, Number.MAX_SAFE_INTEGER) ||
    typeof name !== 'string' ||
    name.length < 1 ||
    name.length > LIMITS.maxNameLength ||
    !TYPES.has(type) ||
    !isIntIn(priority, PROCESS_LIMITS.minPriority, PROCESS_LIMITS.maxPriority) ||
    !isIntIn(arrival, 0, LIMITS.maxTick) ||
    typeof needs !== 'object' ||
    needs === null ||
    Array.isArray(needs) ||
    !hasOnly(needs, NEEDS_FIELDS)
  )
    return null;
  const {
    memoryBytes = DEFAULT_NEEDS.memoryBytes,
    gpus = DEFAULT_NEEDS.gpus,
    networkMbps = DEFAULT_NEEDS.networkMbps,
  } = needs as Record<string, unknown>;
  if (
    !isIntIn(memoryBytes, 0, PROCESS_LIMITS.maxMemoryBytes) ||
    !isIntIn(gpus, 0, LIMITS.maxGpus) ||
    !isNumberIn(networkMbps, 0, PROCESS_LIMITS.maxNetworkMbps)
  )
    return null;
  return { pid, name, type: type as ProcessType, priority, arrival, bursts, needs: { memoryBytes, gpus, networkMbps } };
}

const offsets = z
  .array(intIn(0, LIMITS.maxTick, 'bytes'), { error: 'must be a list of byte offsets' })
  .min(1, { error: 'must list at least one offset' })
  .max(LIMITS.maxBursts, { error: `must have at most ${LIMITS.maxBursts} offsets` });

/** How a process references its memory (AccessPattern in types.ts); made for the first process that has one. */
const accessSchema = deferred(() =>
  z.discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('sequence'),
        every: intIn(1, 1_000_000, 'ticks').default(1),
        offsets,
        writeEvery: intIn(0, 1_000_000).default(0),
      }),
      z.strictObject({
        kind: z.literal('locality'),
        every: intIn(1, 1_000_000, 'ticks').default(1),
        workingSetPages: intIn(1, 1_000_000, 'pages'),
        jumpEvery: intIn(1, 1_000_000, 'references'),
        writeFraction: numberIn(0, 1).default(0),
      }),
    ],
    { error: unionError('must be an object with a kind', 'must be one of sequence, locality') },
  ),
);

/** One process of a workload. Cross-field rules (deadline ≥ arrival, GPUs ≤ node.gpus, unique pid) are in crossChecks.ts. */
export const processSchema = z.strictObject(
  {
    pid: pidSchema,
    name: text(1, LIMITS.maxNameLength),
    type: oneOf(PROCESS_TYPES),
    priority: prioritySchema.default(DEFAULT_PRIORITY),
    arrival: intIn(0, LIMITS.maxTick, '(tick)'),
    bursts: burstsSchema,
    deadline: intIn(0, LIMITS.maxTick, '(tick)').optional(),
    tickets: intIn(1, PROCESS_LIMITS.maxTickets).optional(),
    needs: needsSchema,
    accesses: accessSchema.optional(),
    sharedMemory: text(1, LIMITS.maxNameLength).optional(),
    files: deferred(() => fsSchemas().fileIoSchema).optional(),
    model: deferred(() => fsSchemas().processModelSchema).optional(),
    user: z.enum(['root', 'own'], { error: 'must be one of root, own' }).optional(),
    messages: deferred(() => networkSchemas().messageIoSchema).optional(),
    // that it names a process arriving no later, and no cycle, is checked in parentChecks.ts
    parent: pidSchema.optional(),
    workingSet: intIn(0, CACHE_LIMITS.maxSize, 'units').optional(),
    // Bounded here by the largest node; crossChecks.ts bounds each CPU by the scenario's node.cpus.
    affinity: z
      .array(intIn(0, LIMITS.maxCpus - 1, '(CPU)'), { error: 'must be a list of CPU numbers' })
      .min(1, { error: 'must list at least one CPU' })
      .max(LIMITS.maxCpus, { error: `must list at most ${LIMITS.maxCpus} CPUs` })
      .optional(),
  },
  { error: 'must be an object describing a process' },
);
