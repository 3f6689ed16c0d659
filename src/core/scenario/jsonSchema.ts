import { z } from 'zod';
import { memoryLimits } from '../memory/defaults';
import { MAX_STEPS } from './cost';
import { listOf } from './fields';
import { processSchema } from './processSchema';
import { operationSchema, scenarioSchema } from './scenarioSchema';
import { LIMITS, SCENARIO_VERSION } from './types';
import { groupedDigits } from '../groupedDigits';

/** Where the schema is published (relative to the app) and the file `npm run schema` writes. */
export const SCHEMA_FILE = 'public/scenario.schema.json';

/**
 * The scenario as one document: scenarioSchema only counts processes and operations (validate.ts parses
 * each on its own, for its index in errors), so here they get their element schemas.
 */
const documentSchema = scenarioSchema.extend({
  processes: listOf(processSchema, LIMITS.maxProcesses, 'processes'),
  operations: listOf(operationSchema, LIMITS.maxOperations, 'operations').default(() => []),
});

/** Rules validate.ts applies that JSON Schema cannot state; listed in the schema's description. */
const CROSS_FIELD_RULES = [
  'pids are unique across processes and create operations',
  "a process deadline is not before its arrival (for a create operation's process, the operation's tick)",
  "a process's needs.gpus is at most node.gpus",
  'kill, suspend, resume, setPriority, allocate, deallocate and access name a pid that a process or an earlier create holds',
  'allocate, deallocate, access and compact need a memory section',
  `memory: physicalBytes, swapBytes and pageSize are whole pages and powers of two as the memory subsystem requires (memoryConfigErrors), physical memory is at most ${groupedDigits(memoryLimits.maxFrames)} frames, and replacement is not OPT or UNOPT in a run`,
  'fs: with layout ffs, ffs.groups (default 8) divides fs.blocks and fs.inodes; an ffs section only with layout ffs',
  'fs: with layout lfs, fs.blocks holds 3 or more segments of lfs.segmentBlocks after the checkpoint region, and lfs.cleanBelow <= lfs.cleanTo < the segments; an lfs section only with layout lfs',
  "fs: with a device kind disk, fs.blocks is at most the disk's blocks (tracks, by default one per angle, split evenly into zones of 360 / sectorAngles sectors a track, so tracks is a multiple of the angles' count); with kind ssd, highWater <= blocks, lowWater < highWater, and fs.blocks is at most the pages (less one block under the log FTL); with kind raid, level 1 has an even number of disks; a disk, SSD or RAID runs no journal, no LFS layout and no contiguous allocation",
  'no key named __proto__, constructor or prototype anywhere',
  `the run's estimated cost, an upper bound on its decision points counted from the scenario alone (bursts, quanta and other policy timers, context switches, memory references, operations), is at most ${groupedDigits(MAX_STEPS)}: a scenario beyond it is refused with the estimate and the fields that drive it`,
];

/**
 * JSON Schema (draft 2020-12) of a scenario file, generated from the same zod schemas validation uses, for
 * what the user writes (fields with defaults are optional). Refinements that JSON Schema cannot express are
 * named in the description of the field that has them.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(documentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const notes = customCheckMessages(ctx.zodSchema);
      if (notes.length > 0)
        ctx.jsonSchema.description = `Also checked (not expressible in JSON Schema): ${notes.join('; ')}.`;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: 'scenario.schema.json',
    title: `BCOS Simulator scenario (format bcos-scenario, version ${SCENARIO_VERSION})`,
    description: [
      'A scenario for the BCOS Simulator, generated from the zod schemas in src/core/scenario by `npm run schema`.',
      'Version 1 scenarios are also read (they are migrated: memory management was added in version 2), but this schema describes version 2.',
      `Also checked on load, beyond this schema: ${CROSS_FIELD_RULES.join('; ')}.`,
    ].join(' '),
    ...rest,
  };
}

/** The schema's text as committed: two-space indented, ending with a newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** Messages of `.refine()` checks on a schema: zod stores them as custom checks whose error makes the message. */
function customCheckMessages(schema: unknown): string[] {
  const checks = (definition(schema)?.checks as unknown[] | undefined) ?? [];
  const out: string[] = [];
  for (const check of checks) {
    const def = definition(check);
    if (def?.check !== 'custom') continue;
    const message =
      typeof def.error === 'function'
        ? (def.error as (i: object) => unknown)({ code: 'custom', input: undefined })
        : undefined;
    out.push(typeof message === 'string' ? message : 'a rule of its own (see validate.ts)');
  }
  return out;
}

/** The definition zod 4 keeps under `_zod.def` of every schema and check (its way to introspect them). */
function definition(x: unknown): Record<string, unknown> | undefined {
  const internals = typeof x === 'object' && x !== null ? (x as Record<string, unknown>)['_zod'] : undefined;
  const def =
    typeof internals === 'object' && internals !== null ? (internals as Record<string, unknown>)['def'] : undefined;
  return typeof def === 'object' && def !== null ? (def as Record<string, unknown>) : undefined;
}
