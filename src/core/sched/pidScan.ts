import type { Pcb } from '../process/pcb';
import type { SimState } from '../kernel/state';
import type { SchedulerConfig } from '../scenario/types';
import { singleQueue, type Policy } from './policy';

type PidScanConfig = Extract<SchedulerConfig, { policy: 'PID_SCAN' }>;

/** Its I/O burst completed at this very tick. */
function wokeNow(st: SimState, p: Pcb): boolean {
  return st.woken.tick === st.now && st.woken.pids.includes(p.pid);
}

/** Only woken processes outrank the running one (a preemption); the rest keep pid order for the views. */
function rank(p: Pcb, st: SimState): number {
  return wokeNow(st, p) ? 0 : p.state === 'RUNNING' ? 1 : 2;
}

/** The first of `candidates` after pid `after` in pid order, wrapping around; the lowest pid when after is null. */
function nextAfter(candidates: readonly Pcb[], after: number | null): Pcb | undefined {
  let wrapped: Pcb | undefined;
  let next: Pcb | undefined;
  for (const p of candidates) {
    if (!wrapped || p.pid < wrapped.pid) wrapped = p;
    if (after !== null && p.pid > after && (!next || p.pid < next.pid)) next = p;
  }
  return next ?? wrapped;
}

/**
 * PID scan (OSTEP cpu-intro/process-run.py): no time slicing; the CPU goes to the first READY pid after the one
 * dispatched last, wrapping around. I/O completions at one tick are handled in pid order, after the choice made
 * when the CPU was freed at that tick: with 'later' a woken process runs only when nobody was READY before it
 * (the lowest pid first); with 'immediate' each woken process takes the CPU in turn (preempting the running
 * one), so the highest pid ends up on it. With switchOnIo false the CPU waits, idle, for a process doing I/O.
 */
export function pidScan(cfg: PidScanConfig): Policy {
  const immediate = cfg.ioCompletion === 'immediate';
  return {
    compare: (a, b, st) => {
      if (!immediate) return a.pid - b.pid;
      const ra = rank(a, st);
      const rb = rank(b, st);
      return ra !== rb ? ra - rb : ra === 0 ? b.pid - a.pid : a.pid - b.pid;
    },
    preemptive: immediate,
    dynamicKeys: false,
    // Woken-now outranks everyone only during its tick: at the next decision those still READY fall back to pid
    // order (a key that grew), and the list is spent.
    ...(immediate && {
      keysGrew(st: SimState) {
        if (st.woken.tick >= st.now || st.woken.pids.length === 0) return [];
        const pids = st.woken.pids;
        st.woken = { tick: st.woken.tick, pids: [] };
        return pids;
      },
    }),
    key: () => undefined,
    slice: () => Infinity,
    pick(st, eligible) {
      const woken = eligible.filter((p) => wokeNow(st, p));
      const before = eligible.filter((p) => !wokeNow(st, p));
      if (immediate && woken.length > 0) {
        const last = woken.reduce((a, b) => (b.pid > a.pid ? b : a));
        return { pcb: last, why: { rule: 'ioDone' } };
      }
      const scanned = nextAfter(before, st.lastDispatched);
      if (scanned) return { pcb: scanned, why: { rule: 'scan', after: st.lastDispatched } };
      const first = woken.reduce((a, b) => (b.pid < a.pid ? b : a));
      return { pcb: first, why: { rule: 'ioDone' } };
    },
    ...(!cfg.switchOnIo && { holdCpu: (p, _st, blocked) => (blocked ? { pid: p.pid, until: null } : null) }),
    queues: singleQueue('READY (taken in pid order after the last to run)'),
  };
}
