import type { Pcb } from '../process/pcb';
import type { ReasonFacts } from '../sched/policy';
import { freeGpus } from './cpu';
import { dequeue, readyCount } from './readyQueue';
import type { CpuState, SimState } from './state';

/** Idle and held for nobody. */
export function cpuFree(c: CpuState): boolean {
  return c.phase === 'idle' && c.hold === null;
}

/**
 * Fills the free CPUs of a policy with a queue per CPU (Policy.pickFor): each free CPU, in the policy's order, takes
 * the process the policy gives it, and takes again while it is free (a CPU burst of zero ticks ends at its dispatch).
 * `put` dispatches the pick.
 */
export function fillEachCpu(
  st: SimState,
  pickFor: NonNullable<SimState['policy']['pickFor']>,
  put: (p: Pcb, cpu: CpuState, why: ReasonFacts, eligible: number) => void,
): void {
  const order = st.policy.cpuOrder?.(st) ?? st.cpus.map((c) => c.id);
  for (const id of order) {
    const cpu = st.cpus[id] as CpuState;
    while (cpuFree(cpu) && readyCount(st) > 0) {
      const won = pickFor(st, id, freeGpus(st));
      if (!won) break;
      dequeue(st, won.pcb);
      put(won.pcb, cpu, won.why, won.eligible);
    }
  }
}
