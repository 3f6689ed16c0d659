import { settleRun, type Pcb } from '../process/pcb';
import type { SchedulerConfig } from '../scenario/types';
import { readyPcbs, type SimState } from '../kernel/state';
import { bySeq, type Policy } from './policy';

type MlfqConfig = Extract<SchedulerConfig, { policy: 'MLFQ' }>;

/**
 * Multi-level feedback queue. Level 0 is the top. A process runs from the highest non-empty level; only a
 * process at a strictly higher level (or one sent to the front by `ioToFront`) preempts. Its allotment at a
 * level is counted in quanta (OSTEP mlfq.py) or in ticks (the book's Rule 4); when spent, it moves down.
 * Boost and aging move processes up so that none starves.
 */
export function mlfq(cfg: MlfqConfig): Policy {
  const last = cfg.levels.length - 1;
  const level = (i: number) => cfg.levels[Math.min(i, last)] as { quantum: number; allotment: number };
  const refill = (p: Pcb): void => {
    p.quantumLeft = level(p.level).quantum;
    p.allotmentLeft = level(p.level).allotment;
  };

  const policy: Policy = {
    compare: (a, b) => a.level - b.level || bySeq(a, b),
    preemptive: true,
    dynamicKeys: false,
    ioToFront: cfg.ioToFront,
    key: (p) => p.level,
    slice: (p) => (cfg.allotmentUnit === 'ticks' ? Math.min(p.quantumLeft, p.allotmentLeft) : p.quantumLeft),
    onAdmit(p) {
      p.level = 0;
      refill(p);
    },
    onRunEnd(p, st, ran, blocked) {
      p.quantumLeft -= ran;
      if (cfg.allotmentUnit === 'ticks') p.allotmentLeft -= ran;
      const quantumExpired = p.quantumLeft <= 0;
      let spent = cfg.allotmentUnit === 'ticks' && p.allotmentLeft <= 0;
      // OSTEP order: the -S reset comes first and the expiry is still counted after it, so a process
      // that issues I/O on the tick its last quantum runs out is demoted even with the reset on.
      if (blocked && cfg.ioResetsAllotment) refill(p);
      if (quantumExpired) {
        if (cfg.allotmentUnit === 'quanta') {
          p.allotmentLeft -= 1;
          spent = p.allotmentLeft <= 0;
        }
        p.quantumLeft = level(p.level).quantum;
      }
      if (!spent) return;
      const from = p.level;
      p.level = Math.min(p.level + 1, last);
      refill(p);
      if (p.level !== from)
        st.events.push({ tick: st.now, kind: 'demote', pid: p.pid, from, to: p.level, unit: cfg.allotmentUnit });
    },
    nextTimer(st, from) {
      // Boosts fall on the grid of multiples of the interval (never tick 0), whatever happened before.
      const b = cfg.boostInterval;
      let next = b > 0 ? Math.max(b, Math.ceil(from / b) * b) : Infinity;
      if (cfg.agingThreshold > 0) {
        for (const p of readyPcbs(st)) {
          if (p.level > 0 && p.readySince + cfg.agingThreshold < next) next = p.readySince + cfg.agingThreshold;
        }
      }
      return next;
    },
    onTimer(st) {
      if (cfg.boostInterval > 0 && st.now > 0 && st.now % cfg.boostInterval === 0) boost(st);
      if (cfg.agingThreshold > 0) age(st);
    },
    queues(_st, ready) {
      return cfg.levels.map((l, i) => ({
        name: `Level ${i} (quantum ${l.quantum}, allotment ${l.allotment} ${cfg.allotmentUnit})`,
        pids: ready.filter((p) => p.level === i).map((p) => p.pid),
      }));
    },
  };

  /**
   * Every live process goes to the top with a fresh quantum and allotment. Queue order follows OSTEP:
   * the top queue keeps its order, then the lowest queue's processes join its tail, then the next one up.
   * A running process counts as the head of its queue.
   */
  function boost(st: SimState): void {
    // READY covers both the queued and those being switched onto a CPU.
    const queued = st.procs.filter((p) => p.state === 'READY' || p.state === 'RUNNING');
    const order = queued.slice().sort((a, b) => {
      const la = a.level === 0 ? -1 : last - a.level;
      const lb = b.level === 0 ? -1 : last - b.level;
      return la - lb || (a.cpu !== null ? -1 : 0) - (b.cpu !== null ? -1 : 0) || bySeq(a, b);
    });
    for (const p of order) if (p.level !== 0) p.readySeq = st.tailSeq++;
    let moved = 0;
    for (const p of st.procs) {
      if (p.state === 'TERMINATED') continue;
      if (p.level !== 0) moved++;
      // A running process starts a fresh quantum now: close the part it ran under the old one.
      if (p.state === 'RUNNING') settleRun(p, st.now);
      p.level = 0;
      refill(p);
      if (p.state === 'RUNNING') p.sliceLeft = policy.slice(p, st);
    }
    st.events.push({ tick: st.now, kind: 'boost', moved });
  }

  function age(st: SimState): void {
    const due = readyPcbs(st)
      .filter((p) => p.level > 0 && st.now - p.readySince >= cfg.agingThreshold)
      .sort(bySeq);
    for (const p of due) {
      const waited = st.now - p.readySince;
      const from = p.level;
      p.level -= 1;
      refill(p);
      p.readySince = st.now;
      p.readySeq = st.tailSeq++;
      st.events.push({ tick: st.now, kind: 'promote', pid: p.pid, from, to: p.level, waited });
    }
  }

  return policy;
}
