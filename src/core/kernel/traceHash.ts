import type { Segment, SimEvent } from './events';

/**
 * FNV-1a (32-bit) over the canonical JSON of every event and segment, in order. Two runs with the same
 * hash made the same decisions at the same ticks: the worker-versus-CLI parity test compares these.
 */
export function traceHash(events: readonly SimEvent[], segments: readonly Segment[]): string {
  let h = 0x811c9dc5;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const e of events) feed(JSON.stringify(e));
  // A segment's warmth is only there with node.cache on: without it, the text (and every hash) is as before.
  for (const s of segments)
    feed(`${s.cpu},${s.start},${s.end},${s.pid},${s.kind}${s.warm === undefined ? '' : s.warm ? ',warm' : ',cold'};`);
  return h.toString(16).padStart(8, '0');
}
