import { modelStoreErrors } from './modelStoreErrors';
import { costErrors } from './cost';
import { cacheErrors } from './cacheChecks';
import { checkProcess, PidRegistry, pidOf, unknownPidError } from './crossChecks';
import { capErrors, fromIssues, valueAt, type FieldError } from './fieldErrors';
import { findForbiddenKeys } from './forbiddenKeys';
import { heapOperationErrors } from './heapChecks';
import { plainBursts, plainProcess, processSchema } from './processSchema';
import { specsWithPaths } from './processSpecs';
import { nodeSchema, operationSchema, scenarioSchema } from './scenarioSchema';
import { memoryConfigErrors } from '../memory/configErrors';
import { mmuErrors } from '../memory/mmuErrors';
import { fsLayoutErrors } from '../fs/layout/nodeLayout';
import { journalErrors } from '../fs/subsystem/journalConfig';
import { deviceErrors } from '../fs/device/deviceErrors';
import { migrate } from './migrate';
import { networkErrors } from '../network/validateNetwork';
import { parentErrors } from './parentChecks';
import { LIMITS, type ProcessSpec, type Scenario, type ScheduledOperation } from './types';

export type { FieldError } from './fieldErrors';
export type Validation = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

/** Operations that need the memory section. */
const MEMORY_OPERATIONS: ReadonlySet<string> = new Set(['allocate', 'deallocate', 'access', 'compact']);
export type ProcessValidation = { ok: true; process: ProcessSpec } | { ok: false; errors: FieldError[] };

/**
 * The one validation step for anything a user provides (URL, file, console, CLI, worker message). Fills in
 * defaults (defaults.ts), refuses unknown and prototype keys, and reports every error found (the first
 * MAX_REPORTED_ERRORS of them). Never throws. `envelope: false` leaves out the cost envelope (cost.ts), which
 * bounds what a rewindable run keeps: a run drained as it goes (kernel/drain.ts, OSTEP's streamed text) keeps none.
 */
export function validateScenario(input: unknown, { envelope = true }: { envelope?: boolean } = {}): Validation {
  try {
    return validate(input, envelope);
  } catch {
    // Only a Proxy or a getter can throw while plain data is read; such input is not a scenario.
    return { ok: false, errors: [unreadable('scenario')] };
  }
}

/** For an editor that adds one process to an existing workload: the same schema and rules. Never throws. */
export function validateProcessSpec(
  input: unknown,
  ctx: { existingPids: number[]; nodeGpus: number },
): ProcessValidation {
  try {
    const errors = findForbiddenKeys(input, 'process');
    const pid = pidOf(input);
    const clash = pid === undefined ? undefined : new PidRegistry(ctx.existingPids).claim(pid, '');
    if (clash !== undefined) errors.push(clash);
    const parsed = processSchema.safeParse(input);
    if (!parsed.success) {
      errors.push(...fromIssues(parsed.error.issues, input, [], 'process'));
      return { ok: false, errors: capErrors(errors, 'process') };
    }
    errors.push(...checkProcess(parsed.data, '', ctx.nodeGpus));
    return errors.length > 0 ? { ok: false, errors: capErrors(errors, 'process') } : { ok: true, process: parsed.data };
  } catch {
    return { ok: false, errors: [unreadable('process')] };
  }
}

/** `inCluster`: a further node of a network, whose messages and faults the whole scenario's checks cover. */
function validate(raw: unknown, envelope: boolean, inCluster = false): Validation {
  const errors = findForbiddenKeys(raw, 'scenario');
  if (errors.length > 0) return { ok: false, errors: capErrors(errors, 'scenario') };
  const input = migrate(raw);
  const top = scenarioSchema.safeParse(input);
  if (!top.success) errors.push(...fromIssues(top.error.issues, input, [], 'scenario'));
  // undefined when the node is invalid (reported above): GPU needs are then not compared with it.
  const nodeGpus = nodeSchema.safeParse(valueAt(input, ['node'])).data?.gpus;
  const pids = new PidRegistry();
  const processes = parseProcesses(valueAt(input, ['processes']), nodeGpus, pids, errors);
  const operations = parseOperations(valueAt(input, ['operations']), nodeGpus, pids, errors);
  errors.push(...parentErrors(processes, operations));
  const memory = top.data?.memory;
  if (memory) errors.push(...memoryConfigErrors(memory), ...mmuErrors(memory, processes, operations));
  else
    operations.forEach((op, i) => {
      if (MEMORY_OPERATIONS.has(op.op))
        errors.push({
          path: `operations[${i}].op`,
          limit: 'a scenario with a memory section',
          message: `operations[${i}]: ${op.op} needs memory management: add a "memory" section to the scenario`,
        });
    });
  if (top.data) errors.push(...cacheErrors(top.data, processes, operations));
  // Malloc indexes count every listed malloc: with an operation that did not parse they would be off.
  const listed = valueAt(input, ['operations']);
  if (!Array.isArray(listed) || operations.length === listed.length)
    errors.push(...heapOperationErrors(operations, valueAt(input, ['heap']) !== undefined));
  if (top.data?.fs) {
    const layout = fsLayoutErrors(top.data.fs);
    errors.push(
      ...layout,
      ...journalErrors(top.data.fs),
      ...deviceErrors(top.data.fs),
      ...(layout.length === 0 ? modelStoreErrors(top.data.fs, processes, operations) : []),
    );
  }
  if (valueAt(input, ['fs']) === undefined) errors.push(...fileSystemNeeded(processes, operations));
  else if (valueAt(input, ['fs', 'models']) === undefined) errors.push(...modelCacheNeeded(processes, operations));
  const net =
    top.data && !inCluster
      ? networkErrors({
          base: top.data,
          network: top.data.network,
          processes,
          operations,
          validateNode: (node) => validate(node, false, true),
        })
      : { errors: [] };
  errors.push(...net.errors);
  if (!top.success || errors.length > 0) return { ok: false, errors: capErrors(errors, 'scenario') };
  const scenario: Scenario = { ...top.data, processes, operations, network: net.network };
  // A scenario without a network keeps the shape it had before networks existed.
  if (!net.network) delete scenario.network;
  // Last, on a scenario known to be well formed: whether its run fits in the envelope.
  const tooCostly = envelope ? costErrors(scenario) : [];
  return tooCostly.length > 0 ? { ok: false, errors: tooCostly } : { ok: true, scenario };
}

/**
 * Elements of a list longer than its limit are not read: the list is refused whole (by scenarioSchema), and
 * hostile input costs no more than the limit.
 */
function withinLimit(list: unknown, max: number): list is unknown[] {
  return Array.isArray(list) && list.length <= max;
}

/** What the schema reads in place of bursts that plainBursts has already accepted. */
const ONE_BURST = [0];

function parseProcesses(
  list: unknown,
  nodeGpus: number | undefined,
  pids: PidRegistry,
  errors: FieldError[],
): ProcessSpec[] {
  const out: ProcessSpec[] = [];
  if (!withinLimit(list, LIMITS.maxProcesses)) return out;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    const path = `processes[${i}]`;
    claimPid(pidOf(raw), path, pids, errors);
    const bursts = plainBursts(valueAt(raw, ['bursts']));
    const plain = bursts && plainProcess(raw, bursts);
    if (plain) {
      out.push(plain);
      errors.push(...checkProcess(plain, path, nodeGpus));
      continue;
    }
    const parsed = processSchema.safeParse(bursts ? { ...(raw as object), bursts: ONE_BURST } : raw);
    if (parsed.success) {
      const process = bursts ? { ...parsed.data, bursts } : parsed.data;
      out.push(process);
      errors.push(...checkProcess(process, path, nodeGpus));
    } else {
      errors.push(...fromIssues(parsed.error.issues, raw, ['processes', i], 'scenario'));
    }
  }
  return out;
}

/** Operations are read in listed order: a pid may be named once a process or an earlier create holds it. */
function parseOperations(
  list: unknown,
  nodeGpus: number | undefined,
  pids: PidRegistry,
  errors: FieldError[],
): ScheduledOperation[] {
  const out: ScheduledOperation[] = [];
  if (!withinLimit(list, LIMITS.maxOperations)) return out;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    const path = `operations[${i}]`;
    if (valueAt(raw, ['op']) === 'create') claimPid(pidOf(valueAt(raw, ['process'])), `${path}.process`, pids, errors);
    const parsed = operationSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push(...fromIssues(parsed.error.issues, raw, ['operations', i], 'scenario'));
      continue;
    }
    const op = parsed.data;
    out.push(op);
    if (op.op === 'create') errors.push(...checkProcess(op.process, `${path}.process`, nodeGpus, op.tick));
    else if (op.op !== 'compact' && op.op !== 'fs' && op.op !== 'net' && !pids.has(op.pid))
      errors.push(unknownPidError(path, op.pid));
  }
  return out;
}

/** File I/O, models and file operations in a scenario with no file system: each named where it is. */
function fileSystemNeeded(processes: readonly ProcessSpec[], operations: readonly ScheduledOperation[]): FieldError[] {
  const limit = 'a scenario with an fs section';
  const add = 'add an "fs" section to the scenario';
  const fromSpecs = specsWithPaths(processes, operations).flatMap(({ spec, path }) => [
    ...(spec.files
      ? [{ path: `${path}.files`, limit, message: `${path}.files: file I/O needs a file system: ${add}` }]
      : []),
    ...(spec.model
      ? [{ path: `${path}.model`, limit, message: `${path}.model: a model needs a file system: ${add}` }]
      : []),
  ]);
  const fromOperations = operations.flatMap((op, i) =>
    op.op === 'fs'
      ? [{ path: `operations[${i}].op`, limit, message: `operations[${i}]: fs needs a file system: ${add}` }]
      : [],
  );
  return [...fromSpecs, ...fromOperations];
}

/** Processes serving a model in a file system without a model cache: each named where it is. */
function modelCacheNeeded(processes: readonly ProcessSpec[], operations: readonly ScheduledOperation[]): FieldError[] {
  const limit = 'a file system with a models section';
  return specsWithPaths(processes, operations).flatMap(({ spec, path }) =>
    spec.model
      ? [
          {
            path: `${path}.model`,
            limit,
            message: `${path}.model: a model needs the model cache: add "models" to the fs section`,
          },
        ]
      : [],
  );
}

/** OPT needs every future reference, which depends on scheduling that a live run has not done yet. */
function claimPid(pid: number | undefined, path: string, pids: PidRegistry, errors: FieldError[]): void {
  const clash = pid === undefined ? undefined : pids.claim(pid, path);
  if (clash !== undefined) errors.push(clash);
}

function unreadable(root: string): FieldError {
  return { path: root, limit: 'plain data (JSON)', message: `${root} could not be read as plain data (JSON)` };
}
