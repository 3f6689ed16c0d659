import type { FieldError } from './fieldErrors';
import type { ScheduledOperation } from './types';

/**
 * Rules of the heap operations that span the operation list: they need the heap section, and a free names a
 * malloc listed before it (its index among the malloc operations in list order) that is not scheduled later.
 */
export function heapOperationErrors(operations: readonly ScheduledOperation[], hasHeap: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const mallocTicks: number[] = [];
  operations.forEach((op, i) => {
    if (op.op !== 'malloc' && op.op !== 'free') return;
    if (!hasHeap) {
      errors.push({
        path: `operations[${i}].op`,
        limit: 'a scenario with a heap section',
        message: `operations[${i}]: ${op.op} needs a heap: add a "heap" section to the scenario`,
      });
      return;
    }
    if (op.op === 'malloc') {
      mallocTicks.push(op.tick);
      return;
    }
    const at = mallocTicks[op.allocation];
    const path = `operations[${i}].allocation`;
    if (at === undefined) {
      const limit =
        mallocTicks.length === 0
          ? 'the index of an earlier malloc (none is listed before it)'
          : `the index of an earlier malloc (0 to ${mallocTicks.length - 1})`;
      errors.push({
        path,
        limit,
        message: `${path} ${op.allocation} names no malloc listed before it: it must be ${limit}`,
      });
    } else if (at > op.tick) {
      const limit = `a malloc at a tick ≤ ${op.tick}`;
      errors.push({
        path,
        limit,
        message: `${path} ${op.allocation} names the malloc at tick ${at}, after this free (tick ${op.tick}): it must be ${limit}`,
      });
    }
  });
  return errors;
}
