import type { Scenario } from '../core/index';

/** Every pid a scenario knows: its processes and those its operations create later. */
export function scenarioPids(s: Scenario): number[] {
  const pids = s.processes.map((p) => p.pid);
  for (const op of s.operations) if (op.op === 'create') pids.push(op.process.pid);
  return pids;
}

export function nextPid(pids: readonly number[]): number {
  return pids.reduce((m, p) => Math.max(m, p), 0) + 1;
}
