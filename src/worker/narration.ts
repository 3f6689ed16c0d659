import { explain, type SimEvent, type SimStateView } from '../core/index';
import { narrationSince, type NarrationLine } from '../protocol';

/** Events in words, processes named as the run knows them now. */
export function narrationOf(st: SimStateView, events: readonly SimEvent[]): NarrationLine[] {
  // Through the run's own index: a map of every name made for each frame was a millisecond of 10,000 processes'.
  const nameOf = (pid: number): string | undefined => st.procs[st.index.get(pid) ?? -1]?.name;
  return events.map((e) => ({ tick: e.tick, kind: e.kind, pid: 'pid' in e ? e.pid : null, text: explain(e, nameOf) }));
}

/** The narration of the current tick only: an operation changes the run from there on. */
export function narrationNow(st: SimStateView): NarrationLine[] {
  let i = st.events.length;
  while (i > 0 && (st.events[i - 1] as SimEvent).tick >= st.now) i--;
  return narrationOf(st, st.events.slice(i));
}

/** What an operation made at tick `tick`: the lines there now that were not there before. */
export function narrationAdded(before: readonly NarrationLine[], st: SimStateView, tick: number): NarrationLine[] {
  return narrationSince(before, narrationNow(st), tick);
}
