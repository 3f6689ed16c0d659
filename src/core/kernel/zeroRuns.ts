import type { SimEvent } from './events';

type ExitEvent = Extract<SimEvent, { kind: 'exit' }>;

/**
 * Finds the runs of zero ticks in an event log read in order (one chunk after another): a CPU burst of length 0
 * leaves no timeline segment, only its dispatch and, at the same tick, its process's exit. Returns a reader of
 * events that answers true for such an exit.
 */
export function zeroLengthExits(): (e: SimEvent) => e is ExitEvent {
  /** each process's last dispatch, by pid (an array: asked at every event of a long trace) */
  const dispatched: number[] = [];
  return (e): e is ExitEvent => {
    if (e.kind === 'dispatch') dispatched[e.pid] = e.tick;
    return e.kind === 'exit' && dispatched[e.pid] === e.tick;
  };
}
