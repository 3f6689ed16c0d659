import type { Pcb } from '../process/pcb';
import type { SimEvent } from './events';
import { readyInOrder } from './readyQueue';
import type { SimState } from './state';

/** Plain data that cannot be changed through this type (typed arrays excepted: TypeScript has no readonly ones). */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ArrayBufferView
    ? T
    : T extends ReadonlyMap<infer K, infer V>
      ? ReadonlyMap<K, DeepReadonly<V>>
      : T extends ReadonlySet<infer K>
        ? ReadonlySet<K>
        : T extends object
          ? { readonly [P in keyof T]: DeepReadonly<T[P]> }
          : T;

/**
 * The state as the worker reads it to build frames: it may look, never change. Events are handed to `explain`
 * as they are; the log itself is read-only.
 */
export type SimStateView = DeepReadonly<Omit<SimState, 'events'>> & { readonly events: readonly SimEvent[] };
export type PcbView = DeepReadonly<Pcb>;

/**
 * The READY queues in the policy's order, as the views name them. The policy's `queues` takes the state it
 * schedules, and only reads it, so the view is handed over as it is.
 */
export function readyQueues(view: SimStateView): { name: string; pids: number[] }[] {
  const st = view as SimState;
  return st.policy.queues(st, readyInOrder(st));
}
