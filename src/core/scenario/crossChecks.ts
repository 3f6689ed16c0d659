import { fieldError, joinPath, type FieldError } from './fieldErrors';
import type { ProcessSpec } from './types';

/**
 * Rules within one parsed process that need its other fields or the node. A process made by a create operation
 * arrives at the operation's tick (`createdAt`), whatever its own arrival field says.
 */
export function checkProcess(
  p: ProcessSpec,
  path: string,
  nodeGpus: number | undefined,
  createdAt?: number,
): FieldError[] {
  const errors: FieldError[] = [];
  const arrival = createdAt ?? p.arrival;
  if (p.deadline !== undefined && p.deadline < arrival) {
    const phrase =
      createdAt === undefined
        ? `must be an integer ≥ arrival (${arrival})`
        : `must be an integer ≥ the create operation's tick (${arrival}), when the process arrives`;
    errors.push(fieldError(joinPath(path, 'deadline'), phrase, p.deadline));
  }
  // Unknown when the node itself is invalid: that error is reported at `node` instead.
  if (nodeGpus !== undefined && p.needs.gpus > nodeGpus) {
    errors.push(
      fieldError(
        joinPath(path, 'needs.gpus'),
        `must be an integer from 0 to the node’s number of GPUs (${nodeGpus})`,
        p.needs.gpus,
      ),
    );
  }
  return errors;
}

/** The pid of a process that may be invalid elsewhere, so one bad field does not also make its pid "unknown". */
export function pidOf(process: unknown): number | undefined {
  if (typeof process !== 'object' || process === null || !Object.hasOwn(process, 'pid')) return undefined;
  const pid: unknown = (process as { pid: unknown }).pid;
  return typeof pid === 'number' && Number.isSafeInteger(pid) && pid >= 0 ? pid : undefined;
}

/** Records pids in order of listing and refuses one already taken. */
export class PidRegistry {
  private readonly owners = new Map<number, string>();

  constructor(existing: readonly number[] = [], existingOwner = 'an existing process') {
    for (const pid of existing) this.owners.set(pid, existingOwner);
  }

  /** Registers `pid`, listed at `path`; an error when it is taken. */
  claim(pid: number, path: string): FieldError | undefined {
    const owner = this.owners.get(pid);
    if (owner === undefined) {
      this.owners.set(pid, path);
      return undefined;
    }
    const where = joinPath(path, 'pid');
    const message = `${where} ${pid} is already used by ${owner}; each process needs a unique pid`;
    return { path: where, limit: 'unique pid', message };
  }

  has(pid: number): boolean {
    return this.owners.has(pid);
  }
}

export function unknownPidError(path: string, pid: number): FieldError {
  const where = joinPath(path, 'pid');
  return {
    path: where,
    limit: 'pid of a listed process or an earlier create',
    message: `${where} ${pid} names no process: it must be the pid of a listed process or an earlier create`,
  };
}
