import { z } from 'zod';
import { readyPcbs } from '../kernel/procs';
import type { SimState } from '../kernel/state';
import type { Pcb } from '../process/pcb';
import { flag } from '../scenario/fields';
import { LIMITS } from '../scenario/types';
import { preemptiveLabel, ticksOrOffSchema } from './configFields';
import type { PolicyModule } from './module';
import { byPriority, bySeq, singleQueue, type Policy } from './policy';
import type { ReasonBase } from './reason';

const schema = z.strictObject({ policy: z.literal('PRIORITY'), preemptive: flag(), agingInterval: ticksOrOffSchema });
/** agingInterval: 0 = off; else a READY process gains one priority step per this many ticks waited */
export type PriorityConfig = z.infer<typeof schema>;
/** key: the effective priority; basePriority: its own, when aging changed it */
export type PriorityReason = ReasonBase<'PRIORITY'> & { key: number; basePriority?: number };

/**
 * Priority scheduling, preemptive or not. With aging, a READY process gains one priority step for every
 * `agingInterval` ticks it has waited since it last became READY, so low priorities cannot starve. It keeps
 * the priority it had aged to while it runs (else it would be preempted the moment it started), and starts
 * again from its own priority when it next becomes READY.
 */
function priority(preemptive: boolean, agingInterval: number, lowerIsHigher: boolean): Policy {
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
    ...(agingInterval > 0 && {
      nextTimer(st: SimState, from: number): number {
        let next = Infinity;
        for (const p of readyPcbs(st)) {
          const step = p.readySince + agingInterval * Math.max(1, Math.ceil((from - p.readySince) / agingInterval));
          if (step < next) next = step;
        }
        return next;
      },
      onTimer(st: SimState): void {
        for (const p of readyPcbs(st)) {
          const waited = st.now - p.readySince;
          if (waited > 0 && waited % agingInterval === 0) {
            const to = effective(p, st.now);
            st.events.push({ tick: st.now, kind: 'age', pid: p.pid, from: lowerIsHigher ? to + 1 : to - 1, to });
          }
        }
      },
    }),
    queues: singleQueue(`Priority queue (${lowerIsHigher ? 'lower' : 'higher'} number first)`),
  };
}

export const priorityPolicy: PolicyModule<'PRIORITY', PriorityConfig, PriorityReason> = {
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
  create: (c, scenario) => priority(c.preemptive, c.agingInterval, scenario.options.lowerNumberIsHigherPriority),
  explain: (r, w) => {
    const aged = r.basePriority !== undefined ? `, aged from ${r.basePriority}` : '';
    return `highest priority (${r.key}${aged}), ${w.among}${w.gpu}`;
  },
};
