import { z } from 'zod';
import type { Pcb } from '../process/pcb';
import { mustPcb, type CpuHold, type SimState } from '../kernel/state';
import { flag, oneOf } from '../scenario/fields';
import { NO_TIMERS, type PolicyModule } from './module';
import {
  eligibleLevels,
  emptyTree,
  pidLayout,
  procHolding,
  treeOver,
  treeUpdate,
  weightIn,
  weightThrough,
  type PidOrderTree,
} from './pidOrderTree';
import { policyData, singleQueue, type Policy } from './policy';
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

/**
 * process-run.py looks whether the process it just chose has instructions left (check_if_done) only at some moments:
 * once after choosing at an I/O issue, and once per I/O completing at the start of the next tick (in pid order, each
 * then also READY). An empty program chosen then is done at once; chosen at any other moment (the start, or after a
 * process ends), it stays RUNNING through one idle tick. These are the checks still to spend at `tick`.
 */
interface EmptyChecks {
  tick: number;
  /** an I/O was issued at `tick` and the choice after it is not yet made */
  ioIssued: boolean;
  /** the I/O completions of `tick` (st.woken, in pid order) whose check is spent: those woken are READY for the scan */
  admitted: number;
}

/** The policy's global data: the READY processes counted in pid order, and the empty-program checks. */
interface PidScanData {
  ready: PidOrderTree;
  checks: EmptyChecks;
}

function tree(st: SimState): PidOrderTree {
  const data = policyData<never, PidScanData>(st).global;
  return (data.ready = treeOver(data.ready, st.procs, () => 1));
}

/** The checks of this tick (a new tick has them all still to spend). */
function checksNow(st: SimState): EmptyChecks {
  const data = policyData<never, PidScanData>(st).global;
  if (data.checks.tick !== st.now) data.checks = { tick: st.now, ioIssued: false, admitted: 0 };
  return data.checks;
}

/**
 * A process that ends without having run a tick (an empty program: one CPU burst of 0): done at once when a check is left at this tick (the I/O issue's first, else, with 'later', the next I/O
 * completion's, which makes that woken process READY for the next choice); else it holds the CPU, idle, for a tick.
 */
function emptyHold(p: Pcb, st: SimState, immediate: boolean): CpuHold | null {
  if (p.cpuTime > 0) return null;
  const checks = checksNow(st);
  if (checks.ioIssued) {
    checks.ioIssued = false;
    return null;
  }
  if (!immediate && st.woken.tick === st.now && checks.admitted < st.woken.pids.length) {
    checks.admitted++;
    return null;
  }
  return { pid: p.pid, until: st.now + 1 };
}

/**
 * PID scan (OSTEP cpu-intro/process-run.py): no time slicing; the CPU goes to the first READY pid after the one
 * dispatched last, wrapping around. I/O completions at one tick are handled in pid order, after the choice made
 * when the CPU was freed at that tick: with 'later' a woken process runs only when nobody was READY before it
 * (the lowest pid first); with 'immediate' each woken process takes the CPU in turn (preempting the running
 * one), so the highest pid ends up on it. With switchOnIo false the CPU waits, idle, for a process doing I/O.
 */
function pidScan(cfg: PidScanConfig): Policy<never, PidScanData> {
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
    initial: () => ({
      ready: emptyTree(pidLayout([], () => 1)),
      checks: { tick: -1, ioIssued: false, admitted: 0 },
    }),
    onRunEnd: (_p, st, _ran, blocked) => {
      if (blocked) checksNow(st).ioIssued = true;
    },
    enqueued: (p, st) => treeUpdate(tree(st), p.index, 1),
    dequeued: (p, st) => treeUpdate(tree(st), p.index, -1),
    /**
     * The READY processes are counted in a Fenwick tree in pid order (pidOrderTree.ts), so the next one after
     * the last to run is found in O(log n). Those woken at this tick (w of them, few) are passed over, each at
     * O(log n) more: O((w + 1) log n) per pick.
     */
    pick(st, gpusFree) {
      const ready = tree(st);
      const { count } = weightIn(ready, gpusFree);
      if (count === 0) return null;
      const fits = (p: Pcb): boolean => ready.member[p.index] === 1 && p.needs.gpus <= gpusFree;
      const woken = st.woken.tick === st.now ? st.woken.pids.map((pid) => mustPcb(st, pid)) : [];
      // Those woken whose completion was taken (an empty program's check spent on it) are READY for the scan.
      const admitted = st.woken.tick === st.now ? checksNow(st).admitted : 0;
      const waking = woken.slice(admitted).filter(fits);
      const levels = eligibleLevels(ready, gpusFree);
      const after =
        st.lastDispatched === null ? 0 : (ready.layout.placeOf[st.index.get(st.lastDispatched) as number] as number);
      const first = weightThrough(levels, after);
      // In pid order from the one after `after`, wrapping around: the first not woken at this tick.
      const passed = new Set(waking);
      const scan = (): Pcb | null => {
        for (let k = 0; k < count; k++) {
          const p = st.procs[procHolding(ready, levels, (first + k) % count)] as Pcb;
          if (!passed.has(p)) return p;
        }
        return null;
      };
      if (immediate && waking.length > 0) {
        // Chosen at an I/O issue before the completions are taken, an empty program is done at once all the same.
        const before = checksNow(st).ioIssued ? scan() : null;
        if (before !== null && before.burstLeft === 0)
          return { pcb: before, why: { rule: 'scan', after: st.lastDispatched }, eligible: count };
        const last = waking.reduce((a, b) => (b.pid > a.pid ? b : a));
        return { pcb: last, why: { rule: 'ioDone' }, eligible: count };
      }
      const next = scan();
      if (next !== null) return { pcb: next, why: { rule: 'scan', after: st.lastDispatched }, eligible: count };
      const lowest = waking.reduce((a, b) => (b.pid < a.pid ? b : a));
      return { pcb: lowest, why: { rule: 'ioDone' }, eligible: count };
    },
    holdCpu: (p, st, blocked) =>
      blocked ? (cfg.switchOnIo ? null : { pid: p.pid, until: null }) : emptyHold(p, st, immediate),
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

export const pidScanPolicy: PolicyModule<'PID_SCAN', PidScanConfig, PidScanReason, never, PidScanData> = {
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
  timers: () => NO_TIMERS,
  summary: (c) =>
    `${c.switchOnIo ? 'switch on I/O' : 'switch on end'}, I/O done: ${c.ioCompletion === 'immediate' ? 'run at once' : 'wait its turn'}`,
  create: pidScan,
  explain: (r, w) => `${rule(r)}, ${w.among}${w.gpu}`,
};
