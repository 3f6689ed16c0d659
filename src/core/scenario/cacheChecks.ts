import { fieldError, type FieldError } from './fieldErrors';
import type { ProcessSpec, Scenario, ScheduledOperation } from './types';

/** Policies that draw their pick from every READY process at once (lottery's tickets, a PID scan's order). */
const PICKS_WITHOUT_AFFINITY = new Set(['LOTTERY', 'PID_SCAN']);

/**
 * Rules of the per-CPU caches and affinity that need the node, the scheduler or the memory section: an affinity
 * names CPUs the node has and a policy that can honour it; a working set needs caches to sit in; and caches do not
 * combine with memory management, whose stalls are counted in ticks while a warm run counts units of work.
 */
export function cacheErrors(
  scenario: Pick<Scenario, 'node' | 'scheduler' | 'memory'>,
  processes: readonly ProcessSpec[],
  operations: readonly ScheduledOperation[],
): FieldError[] {
  const errors: FieldError[] = [];
  const { cpus, cache } = scenario.node;
  if (cache && scenario.memory)
    errors.push(
      fieldError(
        'node.cache',
        'must be absent with a memory section (memory stalls count ticks, warm runs units)',
        cache,
      ),
    );
  const check = (p: ProcessSpec, path: string): void => {
    if (p.workingSet !== undefined && !cache)
      errors.push(fieldError(`${path}.workingSet`, 'needs node.cache (per-CPU caches to warm)', p.workingSet));
    if (p.affinity === undefined) return;
    const outside = p.affinity.find((c) => c >= cpus);
    if (outside !== undefined)
      errors.push(fieldError(`${path}.affinity`, `must list CPUs from 0 to ${cpus - 1} (the node's CPUs)`, outside));
    if (PICKS_WITHOUT_AFFINITY.has(scenario.scheduler.policy))
      errors.push(
        fieldError(
          `${path}.affinity`,
          `must be absent under ${scenario.scheduler.policy} (its pick draws from every READY process)`,
          p.affinity,
        ),
      );
  };
  processes.forEach((p, i) => check(p, `processes[${i}]`));
  operations.forEach((op, i) => {
    if (op.op === 'create') check(op.process, `operations[${i}].process`);
  });
  return errors;
}
