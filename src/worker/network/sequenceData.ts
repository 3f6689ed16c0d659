import { netText, type ClusterState, type NetFault, type NetMessage } from '../../core/index';
import type { SequenceData, SequenceEnd, SequenceFault, SequenceMessage } from '../../protocol';
import { countUpTo } from './byTick';

/** Ticks the diagram shows: the window ends at the tick (once the run is longer). */
export const SEQUENCE_SPAN = 600;
/** The most messages drawn at once: past it the window narrows to the latest this many. */
export const SEQUENCE_LIMIT = 300;

/** The lifelines a fault marks: the node(s) it names, none for the partition and the heal (they mark every line). */
function faultNodes(f: NetFault, place: (id: string) => number): number[] {
  switch (f.kind) {
    case 'partition':
    case 'heal':
      return [];
    case 'drop':
    case 'duplicate':
    case 'delay':
    case 'migrate':
      return [place(f.from), place(f.to)];
    case 'attack':
      return f.victim === undefined ? [place(f.node)] : [place(f.node), place(f.victim)];
    default:
      return [place(f.node)];
  }
}

/**
 * The message sequence diagram at `tick`: each message sent in the window's reach with what became of each of its
 * copies by the tick (delivered, lost where the fault took it, rejected, suppressed), and the faults in the window.
 * Reads only the window: the messages by binary search on their send tick, the deliveries, the network's log and
 * the security log by theirs. A message on its way for longer than a whole window before it is left out.
 */
export function sequenceData(
  cl: ClusterState,
  tick: number,
  span = SEQUENCE_SPAN,
  limit = SEQUENCE_LIMIT,
): SequenceData {
  const msgs = cl.messages;
  const sentAt = (i: number): number => (msgs[i] as NetMessage).sentAt;
  const sent = countUpTo(msgs.length, sentAt, tick);
  let from = Math.max(0, tick - span);
  let first = countUpTo(sent, sentAt, from - span - 1);
  const narrowed = sent - countUpTo(sent, sentAt, from - 1) > limit;
  if (narrowed) {
    first = sent - limit;
    from = sentAt(first);
  }
  const lo = first < sent ? sentAt(first) : from;
  const places = new Map(cl.ids.map((id, i) => [id, i]));
  const place = (id: string): number => places.get(id) ?? -1;
  const ends = new Map<number, SequenceEnd[]>();
  const end = (id: number, e: SequenceEnd): void => {
    if (id < first || id >= sent) return;
    const list = ends.get(id);
    if (list) list.push(e);
    else ends.set(id, [e]);
  };
  const d = cl.deliveries;
  for (let k = 2 * countUpTo(d.length / 2, (i) => d[2 * i] as number, lo - 1); k < d.length; k += 2) {
    const at = d[k] as number;
    if (at > tick) break;
    const id = d[k + 1] as number;
    if (id >= first) end(id, { kind: 'delivered', tick: at, node: (msgs[id] as NetMessage).to.node });
  }
  const faults: SequenceFault[] = [];
  const log = cl.log;
  for (let k = countUpTo(log.length, (i) => log[i]!.tick, lo - 1); k < log.length; k++) {
    const e = log[k]!;
    if (e.tick > tick) break;
    if (e.kind === 'lost') end(e.id, { kind: 'lost', tick: e.tick, node: place(e.at), reason: e.reason });
    else if (e.kind === 'suppressed') end(e.id, { kind: 'suppressed', tick: e.tick, node: place(e.at) });
    else if (e.kind === 'fault' && e.tick >= from)
      faults.push({ tick: e.tick, kind: e.fault.kind, nodes: faultNodes(e.fault, place), text: netText(e) });
  }
  const sec = cl.security?.log ?? [];
  for (let k = countUpTo(sec.length, (i) => sec[i]!.tick, lo - 1); k < sec.length; k++) {
    const e = sec[k]!;
    if (e.tick > tick) break;
    if (e.verdict === 'rejected')
      end(e.messageId, {
        kind: 'rejected',
        tick: e.tick,
        node: (msgs[e.messageId] as NetMessage).to.node,
        reason: e.reason,
      });
  }
  const messages: SequenceMessage[] = [];
  for (let id = first; id < sent; id++) {
    const m = msgs[id] as NetMessage;
    const its = (ends.get(id) ?? []).sort((a, b) => a.tick - b.tick);
    // Gone before the window opened: nothing of it is drawn.
    if (m.sentAt < from && its.length > 0 && its.every((e) => e.tick < from)) continue;
    messages.push({ id, kind: m.body.kind, from: m.from.node, to: m.to.node, sentAt: m.sentAt, ends: its });
  }
  const to = narrowed ? Math.max(tick, from + 1) : Math.max(tick, from + span);
  return { view: 'sequence', tick, nodes: [...cl.ids], from, to, messages, faults, sent, narrowed };
}
