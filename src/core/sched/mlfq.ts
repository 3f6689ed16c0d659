import { deepFreeze } from '../deepFreeze';
import { settleRun, type Pcb } from '../process/pcb';
import type { SimState } from '../kernel/state';
import type { Policy } from './policy';
import { bySeq, policyData, procData } from './policy';
import type { MlfqConfig } from './mlfqModule';
import { clearWaits, endWait, nextDue, noAging, startWait, takeDue, waitingSince, type MlfqAging } from './mlfqAging';

/** Where a process stands in the queues. */
export interface MlfqProc {
  /** 0 = the top */
  level: number;
  /** ticks left in its quantum */
  quantumLeft: number;
  /** quanta or ticks left at its level */
  allotmentLeft: number;
  /** tick it was last aged up (its wait for the next step counts from then), -1 = never */
  agedAt: number;
}

/** The MLFQ's global data: the aging heap, and which processes a boost moves. */
export interface MlfqGlobal {
  aging: MlfqAging;
  /**
   * The proc indices of the admitted processes, in admission order. Those that ended are dropped at the next
   * boost, so a boost costs O(processes in the system), not O(every process of the scenario).
   */
  live: number[];
}

const of = (st: SimState, p: Pcb): MlfqProc => procData<MlfqProc>(st, p);
const globalOf = (st: SimState): MlfqGlobal => policyData<MlfqProc, MlfqGlobal>(st).global;

/**
 * Multi-level feedback queue. Level 0 is the top. A process runs from the highest non-empty level; only a
 * process at a strictly higher level (or one sent to the front by `ioToFront`) preempts. Its allotment at a
 * level is counted in quanta (OSTEP mlfq.py) or in ticks (the book's Rule 4); when spent, it moves down.
 * Boost and aging move processes up so that none starves.
 */
export function mlfq(cfg: MlfqConfig): Policy<MlfqProc, MlfqGlobal> {
  const threshold = cfg.agingThreshold;
  const last = cfg.levels.length - 1;
  // Copied out of the frozen configuration: V8 reads an element of a frozen array through a generic call (a keyed
  // load IC), where a plain array's is inlined; these are read at most decision points.
  const quanta = cfg.levels.map((l) => l.quantum);
  const allotments = cfg.levels.map((l) => l.allotment);
  const refill = (s: MlfqProc): void => {
    s.quantumLeft = quanta[Math.min(s.level, last)] as number;
    s.allotmentLeft = allotments[Math.min(s.level, last)] as number;
  };
  const slice = (s: MlfqProc): number =>
    cfg.allotmentUnit === 'ticks' ? Math.min(s.quantumLeft, s.allotmentLeft) : s.quantumLeft;
  // A pick's facts at each level, made once: the engine copies them into the reason, so a dispatch makes none. Each
  // is frozen, not the list (see quanta).
  const factsAt = cfg.levels.map((_, i) => deepFreeze({ lead: { level: i } }));

  /**
   * Every live process goes to the top with a fresh quantum and allotment. Queue order follows OSTEP:
   * the top queue keeps its order, then the lowest queue's processes join its tail, then the next one up.
   * A running process counts as the head of its queue. It moves every live process, so it is O(n) by nature;
   * it comes once per boost interval, not at every decision.
   */
  function boost(st: SimState): void {
    const procs = policyData<MlfqProc>(st).procs;
    const g = globalOf(st);
    g.live = g.live.filter((i) => (st.procs[i] as Pcb).state !== 'TERMINATED');
    const levelOf = (p: Pcb): number => of(st, p).level;
    // READY covers both the queued and those being switched onto a CPU. The order is total (readySeq is unique
    // among them), so it does not depend on the order of `live`.
    const queued = g.live.map((i) => st.procs[i] as Pcb).filter((p) => p.state === 'READY' || p.state === 'RUNNING');
    const order = queued.sort((a, b) => {
      const la = levelOf(a) === 0 ? -1 : last - levelOf(a);
      const lb = levelOf(b) === 0 ? -1 : last - levelOf(b);
      return la - lb || (a.cpu !== null ? -1 : 0) - (b.cpu !== null ? -1 : 0) || bySeq(a, b);
    });
    for (const p of order) if (levelOf(p) !== 0) p.readySeq = st.tailSeq++;
    let moved = 0;
    for (const i of g.live) {
      const p = st.procs[i] as Pcb;
      const s = procs[i] as MlfqProc;
      if (s.level !== 0) moved++;
      // A running process starts a fresh quantum now: close the part it ran under the old one.
      if (p.state === 'RUNNING') settleRun(p, st.now);
      s.level = 0;
      refill(s);
      if (p.state === 'RUNNING') p.sliceLeft = slice(s);
    }
    st.events.push({ tick: st.now, kind: 'boost', moved });
    clearWaits(st);
  }

  function age(st: SimState): void {
    const due = takeDue(st, threshold).sort(bySeq);
    for (const p of due) {
      const s = of(st, p);
      const waited = st.now - waitingSince(st, p);
      const from = s.level;
      s.level -= 1;
      refill(s);
      s.agedAt = st.now;
      p.readySeq = st.tailSeq++;
      st.events.push({ tick: st.now, kind: 'promote', pid: p.pid, from, to: s.level, waited });
      startWait(st, p, threshold);
    }
    const aging = globalOf(st).aging;
    if (aging.movedNow) aging.movedNow = due.map((p) => p.pid);
  }

  return {
    compare: (a, b, st) => of(st, a).level - of(st, b).level || bySeq(a, b),
    // Levels (at most 16) apart by 2^44: a ready sequence number stays far inside that, so the sum orders as compare.
    rank: (p, st) => of(st, p).level * 2 ** 44 + p.readySeq,
    seqBands: cfg.levels.length,
    band: (p, st) => of(st, p).level,
    preemptive: true,
    dynamicKeys: false,
    ioToFront: cfg.ioToFront,
    key: (p, st) => of(st, p).level,
    slice: (p, st) => slice(of(st, p)),
    admit(p, st) {
      globalOf(st).live.push(p.index);
      const s = { level: 0, quantumLeft: 0, allotmentLeft: 0, agedAt: -1 };
      refill(s);
      return s;
    },
    facts: (p, st) => factsAt[of(st, p).level] as { lead: { level: number } },
    // What key and facts give (the key is the level), as one literal: an MLFQ pick has them at every dispatch.
    plainReason: (policy, competitors, key, ticks) => ({ policy, competitors, key, level: key, slice: ticks }),
    onRunEnd(p, st, ran, blocked) {
      const s = of(st, p);
      s.quantumLeft -= ran;
      if (cfg.allotmentUnit === 'ticks') s.allotmentLeft -= ran;
      const quantumExpired = s.quantumLeft <= 0;
      let spent = cfg.allotmentUnit === 'ticks' && s.allotmentLeft <= 0;
      // OSTEP order: the -S reset comes first and the expiry is still counted after it, so a process
      // that issues I/O on the tick its last quantum runs out is demoted even with the reset on.
      if (blocked && cfg.ioResetsAllotment) refill(s);
      if (quantumExpired) {
        if (cfg.allotmentUnit === 'quanta') {
          s.allotmentLeft -= 1;
          spent = s.allotmentLeft <= 0;
        }
        s.quantumLeft = quanta[Math.min(s.level, last)] as number;
      }
      if (!spent) return;
      const from = s.level;
      s.level = Math.min(s.level + 1, last);
      refill(s);
      if (s.level !== from)
        st.events.push({ tick: st.now, kind: 'demote', pid: p.pid, from, to: s.level, unit: cfg.allotmentUnit });
    },
    initial: () => ({ aging: noAging(), live: [] }),
    ...(threshold > 0 && {
      enqueued: (p: Pcb, st: SimState) => startWait(st, p, threshold),
      dequeued: (p: Pcb, st: SimState) => endWait(st, p, threshold),
      keysChanged(st: SimState) {
        const aging = globalOf(st).aging;
        const moved = aging.movedNow;
        aging.movedNow = [];
        return moved;
      },
    }),
    nextTimer(st, from) {
      // Boosts fall on the grid of multiples of the interval (never tick 0), whatever happened before.
      const b = cfg.boostInterval;
      const next = b > 0 ? Math.max(b, Math.ceil(from / b) * b) : Infinity;
      return threshold > 0 ? Math.min(next, nextDue(st, threshold)) : next;
    },
    onTimer(st) {
      if (cfg.boostInterval > 0 && st.now > 0 && st.now % cfg.boostInterval === 0) boost(st);
      if (threshold > 0) age(st);
    },
    queues(st, ready) {
      return cfg.levels.map((l, i) => ({
        name: `Level ${i} (quantum ${l.quantum}, allotment ${l.allotment} ${cfg.allotmentUnit})`,
        pids: ready.filter((p) => of(st, p).level === i).map((p) => p.pid),
      }));
    },
    level: (p, st) => procData<MlfqProc | undefined>(st, p)?.level ?? 0,
  };
}
