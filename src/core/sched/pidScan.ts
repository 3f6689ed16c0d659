import { z } from 'zod';
import type { Pcb } from '../process/pcb';
import type { SimState } from '../kernel/state';
import { flag, oneOf } from '../scenario/fields';
import type { PolicyModule } from './module';
import { singleQueue, type Policy } from './policy';
import type { ReasonBase } from './reason';

const schema = z.strictObject({
  policy: z.literal('PID_SCAN'),
  switchOnIo: flag(),
  ioCompletion: oneOf(['later', 'immediate']),
});
/**
 * switchOnIo: true, a process that issues I/O gives up the CPU; false, the CPU waits idle for it until the I/O
 * is done. ioCompletion: 'later', a process whose I/O completes waits its turn; 'immediate', it takes the CPU.
 */
export type PidScanConfig = z.infer<typeof schema>;
/**
 * rule 'scan': the first READY pid after `after` (null: none ran yet, lowest pid first); 'ioDone': its I/O
 * completed at this tick and it takes the CPU; 'held': the CPU was kept for it while it did I/O.
 */
export type PidScanReason = ReasonBase<'PID_SCAN'> & { rule: 'scan' | 'ioDone' | 'held'; after?: number | null };

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
function pidScan(cfg: PidScanConfig): Policy {
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
    held: { rule: 'held' },
    queues: singleQueue('READY (taken in pid order after the last to run)'),
  };
}

function rule(r: PidScanReason): string {
  switch (r.rule) {
    case 'held':
      return 'the CPU waited for it while it did I/O (the CPU switches only when a process ends)';
    case 'ioDone':
      return 'its I/O completed at this tick and it takes the CPU';
    default:
      return r.after === null || r.after === undefined
        ? 'lowest READY pid (PID scan, nothing has run yet)'
        : `next READY pid after P${r.after} (PID scan)`;
  }
}

export const pidScanPolicy: PolicyModule<'PID_SCAN', PidScanConfig, PidScanReason> = {
  name: 'PID_SCAN',
  label: 'PID scan',
  description: 'OSTEP process-run.py: no time slicing; the CPU goes to the first READY pid after the last to run.',
  schema,
  // OSTEP process-run.py's defaults: -S SWITCH_ON_IO -I IO_RUN_LATER
  defaults: { policy: 'PID_SCAN', switchOnIo: true, ioCompletion: 'later' },
  params: [
    {
      kind: 'flag',
      key: 'switchOnIo',
      label: 'Switch on I/O',
      hint: 'off: the CPU waits, idle, for a process doing I/O (SWITCH_ON_END); suggested on',
    },
    {
      kind: 'choice',
      key: 'ioCompletion',
      label: 'A process whose I/O completes',
      hint: 'suggested: waits its turn',
      options: [
        { value: 'later', label: 'waits its turn (IO_RUN_LATER)' },
        { value: 'immediate', label: 'takes the CPU at once (IO_RUN_IMMEDIATE)' },
      ],
    },
  ],
  summary: (c) =>
    `${c.switchOnIo ? 'switch on I/O' : 'switch on end'}, I/O done: ${c.ioCompletion === 'immediate' ? 'run at once' : 'wait its turn'}`,
  create: pidScan,
  explain: (r, w) => `${rule(r)}, ${w.among}${w.gpu}`,
};
