import type { ProcessSpec, Scenario } from '../scenario/types';

/**
 * Why a scenario cannot be written as an OSTEP scheduling command, or null when it can: OSTEP's scripts model
 * one CPU with free context switches and nothing else (no memory, no heap, no scripted operations). OSTEP's job i is the
 * i-th process in pid order: every policy here breaks ties by pid, as OSTEP does by job id, so the pids' values
 * do not matter. Script-specific checks (policy, arrivals, I/O) come on top.
 */
export function ostepMismatch(s: Scenario, script: string): string | null {
  if (s.processes.length === 0) return `${script} needs at least one job; the scenario has no processes`;
  if (s.node.cpus !== 1) return `${script} models one CPU; the scenario has ${s.node.cpus}`;
  if (s.options.contextSwitchCost !== 0)
    return `${script} switches for free; the scenario's context switch costs ${s.options.contextSwitchCost} ticks`;
  if (s.memory) return `${script} has no memory management; the scenario turns it on`;
  if (s.heap) return `${script} has no heap; the scenario has a heap section`;
  if (s.operations.length > 0) return `${script} has no scripted operations; the scenario has ${s.operations.length}`;
  return null;
}

/** The processes as OSTEP's jobs 0..n-1: in pid order. */
export function jobsInOrder(s: Scenario): ProcessSpec[] {
  return [...s.processes].sort((a, b) => a.pid - b.pid);
}
