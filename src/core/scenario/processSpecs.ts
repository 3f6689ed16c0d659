import type { ProcessSpec, ScheduledOperation } from './types';

/** Every process a scenario runs, listed or made by a create operation, with where it stands in the scenario. */
export function specsWithPaths(
  processes: readonly ProcessSpec[],
  operations: readonly ScheduledOperation[],
): { spec: ProcessSpec; path: string }[] {
  return [
    ...processes.map((spec, i) => ({ spec, path: `processes[${i}]` })),
    ...operations.flatMap((op, i) =>
      op.op === 'create' ? [{ spec: op.process, path: `operations[${i}].process` }] : [],
    ),
  ];
}
