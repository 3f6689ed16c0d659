import { z } from 'zod';
import { emptyPlaces, heapPop, heapPush, heapRemove, placeOf, type HeapPlaces } from '../kernel/heap';
import type { SimState } from '../kernel/state';
import type { Pcb } from '../process/pcb';
import { flag } from '../scenario/fields';
import { LIMITS } from '../scenario/types';
import { preemptiveLabel, ticksOrOffSchema } from './configFields';
import { NO_TIMERS, type PolicyModule } from './module';
import { byPriority, bySeq, policyData, procData, singleQueue, type Policy } from './policy';
import type { ReasonBase } from './reason';

const schema = z.strictObject({ policy: z.literal('PRIORITY'), preemptive: flag(), agingInterval: ticksOrOffSchema });
/** agingInterval: 0 = off; else a READY process gains one priority step per this many ticks waited */
export type PriorityConfig = z.infer<typeof schema>;
/** key: the effective priority; basePriority: its own, when aging changed it */
export type PriorityReason = ReasonBase<'PRIORITY'> & { key: number; basePriority?: number };

/** The tick at which a READY process next gains a priority step (aging), while it stays READY. */
interface AgingProc {
  nextStep: number;
}

/**
 * The READY processes (their proc indices) as a heap by their next aging step, so the next timer is its top and
 * a timer visits only those that age then, not every READY process; `agedNow` are the pids whose keys changed at
 * this tick.
 */
interface AgingData {
  steps: number[];
  places: HeapPlaces;
  agedNow: number[];
}

/**
 * Priority scheduling, preemptive or not. With aging, a READY process gains one priority step for every
 * `agingInterval` ticks it has waited since it last became READY, so low priorities cannot starve. It keeps
 * the priority it had aged to while it runs (else it would be preempted the moment it started), and starts
 * again from its own priority when it next becomes READY.
 */
function priority(preemptive: boolean, agingInterval: number, lowerIsHigher: boolean): Policy<AgingProc, AgingData> {
  const steps = (p: Pcb, now: number): number => {
    if (agingInterval === 0) return 0;
    const until = p.state === 'RUNNING' ? p.runSince : p.state === 'READY' ? now : p.readySince;
    return Math.floor((until - p.readySince) / agingInterval);
  };
  const effective = (p: Pcb, now: number): number =>
    lowerIsHigher ? p.priority - steps(p, now) : p.priority + steps(p, now);
  return {
    compare: (a, b, st) => byPriority(effective(a, st.now), effective(b, st.now), lowerIsHigher) || bySeq(a, b),
    preemptive,
    dynamicKeys: agingInterval > 0,
    key: (p, st) => effective(p, st.now),
    slice: () => Infinity,
    facts: (p, _st, key) => (key !== undefined && key !== p.priority ? { trail: { basePriority: p.priority } } : {}),
    ...(agingInterval > 0 && aging(agingInterval, lowerIsHigher, effective)),
    queues: singleQueue(`Priority queue (${lowerIsHigher ? 'lower' : 'higher'} number first)`),
  };
}

/**
 * Aging's timers: O(log n) per process that ages, and the engine re-orders only around those (keysChanged).
 * Every aging step of a READY process is a decision point (nextTimer), so at each one the steps due are exactly
 * those at the top of the heap.
 */
function aging(
  interval: number,
  lowerIsHigher: boolean,
  effective: (p: Pcb, now: number) => number,
): Pick<
  Policy<AgingProc, AgingData>,
  'initial' | 'admit' | 'enqueued' | 'dequeued' | 'nextTimer' | 'onTimer' | 'keysChanged'
> {
  const data = (st: SimState): AgingData => policyData<AgingProc, AgingData>(st).global;
  const stepOf = (st: SimState, i: number): number => (st.sched.procs[i] as AgingProc).nextStep;
  const bySteps = (st: SimState) => (a: number, b: number) =>
    stepOf(st, a) - stepOf(st, b) || (st.procs[a] as Pcb).pid - (st.procs[b] as Pcb).pid;
  return {
    initial: () => ({ steps: [], places: emptyPlaces(), agedNow: [] }),
    admit: () => ({ nextStep: Infinity }),
    enqueued(p, st) {
      procData<AgingProc>(st, p).nextStep = p.readySince + interval;
      heapPush(data(st).steps, p.index, bySteps(st), data(st).places);
    },
    dequeued: (p, st) => void heapRemove(data(st).steps, p.index, bySteps(st), data(st).places),
    nextTimer(st, from) {
      const top = data(st).steps[0];
      if (top === undefined) return Infinity;
      const since = (st.procs[top] as Pcb).readySince;
      return since + interval * Math.max(1, Math.ceil((from - since) / interval));
    },
    onTimer(st) {
      const d = data(st);
      const cmp = bySteps(st);
      const aged: number[] = [];
      while (d.steps[0] !== undefined && stepOf(st, d.steps[0]) === st.now)
        aged.push(heapPop(d.steps, cmp, d.places) as number);
      for (const i of aged) {
        (st.sched.procs[i] as AgingProc).nextStep += interval;
        heapPush(d.steps, i, cmp, d.places);
      }
      // In the ready queue's own order, as a walk over it would meet them.
      aged.sort((a, b) => placeOf(st.readyPlaces, a) - placeOf(st.readyPlaces, b));
      d.agedNow = [];
      for (const i of aged) {
        const p = st.procs[i] as Pcb;
        const to = effective(p, st.now);
        st.events.push({ tick: st.now, kind: 'age', pid: p.pid, from: lowerIsHigher ? to + 1 : to - 1, to });
        d.agedNow.push(p.pid);
      }
    },
    keysChanged(st) {
      const d = data(st);
      const aged = d.agedNow;
      d.agedNow = [];
      return aged;
    },
  };
}

export const priorityPolicy: PolicyModule<'PRIORITY', PriorityConfig, PriorityReason, AgingProc, AgingData> = {
  name: 'PRIORITY',
  label: 'Priority',
  description: 'The highest priority first, preemptive or not; aging lifts those that wait so none starves.',
  schema,
  defaults: { policy: 'PRIORITY', preemptive: true, agingInterval: 0 },
  params: [
    {
      kind: 'flag',
      key: 'preemptive',
      label: 'Preemptive',
      hint: 'a better-priority arrival takes the CPU; suggested on',
    },
    {
      kind: 'int',
      key: 'agingInterval',
      label: 'Aging interval',
      hint: 'ticks waited per priority step gained; 0 = off; suggested 0',
      min: 0,
      max: LIMITS.maxTick,
    },
  ],
  summary: (c) => `${preemptiveLabel(c.preemptive)}${c.agingInterval > 0 ? `, aging every ${c.agingInterval}` : ''}`,
  timers: (c) => ({
    ...NO_TIMERS,
    every: c.agingInterval > 0 ? [{ path: 'scheduler.agingInterval', ticks: c.agingInterval }] : [],
  }),
  create: (c, scenario) => priority(c.preemptive, c.agingInterval, scenario.options.lowerNumberIsHigherPriority),
  explain: (r, w) => {
    const aged = r.basePriority !== undefined ? `, aged from ${r.basePriority}` : '';
    return `highest priority (${r.key}${aged}), ${w.among}${w.gpu}`;
  },
};
