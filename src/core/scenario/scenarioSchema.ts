import { z } from 'zod';
import { DEFAULT_DESCRIPTION, DEFAULT_NODE, DEFAULT_OPTIONS, DEFAULT_SEED, DEFAULT_TITLE } from './defaults';
import { deferred, flag, intIn, listOf, oneOf, text, unionError } from './fields';
import { CACHE_LIMITS, PROCESS_LIMITS, pidSchema, prioritySchema, processSchema } from './processSchema';
import { heapSchema, mallocBytesSchema } from './heapSchema';
import { fsSchemas } from './fsSchema';
import { memorySchemas } from './memorySchema';
import { networkSchemas } from './networkSchema';
import { MEMORY_TYPES } from '../memory/types';
import { schedulerSchema } from '../sched/registry';
import { LIMITS, OPERATION_KINDS, SCENARIO_FORMAT, SCENARIO_VERSION, SUPPORTED_VERSIONS } from './types';

/** Free text shown to people; bounded so that a pasted URL cannot carry megabytes of it. */
export const TEXT_LIMITS = { maxTitle: 200, maxDescription: 5_000, maxConnections: 64 } as const;

export const nodeSchema = z
  .strictObject(
    {
      id: text(1, LIMITS.maxNameLength).default(DEFAULT_NODE.id),
      cpus: intIn(1, LIMITS.maxCpus).default(DEFAULT_NODE.cpus),
      gpus: intIn(0, LIMITS.maxGpus).default(DEFAULT_NODE.gpus),
      connections: listOf(text(1, LIMITS.maxNameLength), TEXT_LIMITS.maxConnections, 'connections').default(() => [
        ...DEFAULT_NODE.connections,
      ]),
      cache: z
        .strictObject(
          {
            size: intIn(0, CACHE_LIMITS.maxSize, 'units'),
            warmRate: intIn(1, CACHE_LIMITS.maxWarmRate, 'units per tick'),
            warmupTime: intIn(0, LIMITS.maxTick, 'ticks'),
          },
          { error: 'must be an object {size, warmRate, warmupTime}' },
        )
        .optional(),
    },
    { error: 'must be an object {id, cpus, gpus, connections}' },
  )
  .prefault({});

export const optionsSchema = z
  .strictObject(
    {
      contextSwitchCost: intIn(0, LIMITS.maxSwitchCost, 'ticks').default(DEFAULT_OPTIONS.contextSwitchCost),
      countIdleSwitches: flag().default(DEFAULT_OPTIONS.countIdleSwitches),
      requeueOrder: oneOf(['arrivalsFirst', 'preemptedFirst']).default(DEFAULT_OPTIONS.requeueOrder),
      lowerNumberIsHigherPriority: flag().default(DEFAULT_OPTIONS.lowerNumberIsHigherPriority),
      ioDevices: intIn(0, LIMITS.maxIoDevices, '(0 = unlimited)').default(DEFAULT_OPTIONS.ioDevices),
    },
    { error: 'must be an object of simulation options' },
  )
  .prefault({});

const tick = intIn(0, LIMITS.maxTick, '(tick)');

/**
 * One scheduled operation, told apart by `op`. Which pids it may name is checked in crossChecks.ts. Made when the
 * first operation is read (fields.ts deferred): many scenarios have none.
 */
export const operationSchema = deferred(() =>
  z.discriminatedUnion(
    'op',
    [
      z.strictObject({ tick, op: z.literal('create'), process: processSchema }),
      z.strictObject({ tick, op: z.literal('kill'), pid: pidSchema }),
      z.strictObject({ tick, op: z.literal('suspend'), pid: pidSchema }),
      z.strictObject({ tick, op: z.literal('resume'), pid: pidSchema }),
      z.strictObject({ tick, op: z.literal('setPriority'), pid: pidSchema, priority: prioritySchema }),
      z.strictObject({
        tick,
        op: z.literal('allocate'),
        pid: pidSchema,
        bytes: intIn(1, PROCESS_LIMITS.maxMemoryBytes, 'bytes'),
        memoryType: oneOf(MEMORY_TYPES),
        readOnly: flag().optional(),
        shareKey: text(1, LIMITS.maxNameLength).optional(),
      }),
      z.strictObject({
        tick,
        op: z.literal('deallocate'),
        pid: pidSchema,
        address: intIn(0, Number.MAX_SAFE_INTEGER, '(virtual address)'),
      }),
      z.strictObject({
        tick,
        op: z.literal('access'),
        pid: pidSchema,
        address: intIn(0, Number.MAX_SAFE_INTEGER, '(virtual address)'),
        access: oneOf(['read', 'write', 'execute']),
      }),
      z.strictObject({ tick, op: z.literal('compact'), movePinned: flag().default(false) }),
      z.strictObject({ tick, op: z.literal('malloc'), pid: pidSchema, bytes: mallocBytesSchema }),
      z.strictObject({
        tick,
        op: z.literal('free'),
        pid: pidSchema,
        allocation: intIn(0, LIMITS.maxOperations - 1, '(index of an earlier malloc)'),
      }),
      z.strictObject({ tick, op: z.literal('fs'), action: deferred(() => fsSchemas().fsActionSchema) }),
      z.strictObject({ tick, op: z.literal('net'), fault: deferred(() => networkSchemas().netFaultSchema) }),
    ],
    { error: unionError('must be an object with an op', `must be one of ${OPERATION_KINDS.join(', ')}`) },
  ),
);

/**
 * The scenario's top level. Processes and operations are only counted here: validate.ts parses each one on
 * its own, so that every element's errors carry its index and the parsed ones feed the cross-field checks.
 */
export const scenarioSchema = z.strictObject(
  {
    format: z.literal(SCENARIO_FORMAT, { error: `must be "${SCENARIO_FORMAT}"` }),
    // migrate.ts has already lifted older versions; anything else here is unknown.
    version: z.literal(SCENARIO_VERSION, { error: `must be a supported version (${SUPPORTED_VERSIONS.join(', ')})` }),
    title: text(0, TEXT_LIMITS.maxTitle).default(DEFAULT_TITLE),
    description: text(0, TEXT_LIMITS.maxDescription).default(DEFAULT_DESCRIPTION),
    seed: intIn(0, 0xffff_ffff).default(DEFAULT_SEED),
    node: nodeSchema,
    scheduler: schedulerSchema,
    options: optionsSchema,
    processes: listOf(z.unknown(), LIMITS.maxProcesses, 'processes'),
    operations: listOf(z.unknown(), LIMITS.maxOperations, 'operations').default(() => []),
    memory: deferred(() => memorySchemas().memorySchema).optional(),
    heap: heapSchema.optional(),
    fs: deferred(() => fsSchemas().fsSchema).optional(),
    network: deferred(() => networkSchemas().networkSchema).optional(),
  },
  { error: 'must be an object (a bcos-scenario)' },
);
