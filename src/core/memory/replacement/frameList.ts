/**
 * A doubly linked list of frames kept in Int32Arrays (-1 = no neighbour), so append, unlink and "move to
 * the back" are O(1) with no allocation, and the state stays plain cloneable data. LRU, FIFO and second
 * chance embed these fields in their state: `first` is the oldest / least recently used end.
 */
export interface FrameList {
  prev: Int32Array;
  next: Int32Array;
  /** 1 while the frame is in the list */
  linked: Uint8Array;
  first: number;
  last: number;
}

export function frameList(frames: number): FrameList {
  return {
    prev: new Int32Array(frames).fill(-1),
    next: new Int32Array(frames).fill(-1),
    linked: new Uint8Array(frames),
    first: -1,
    last: -1,
  };
}

/** Puts an unlinked frame at the back (the newest end). */
export function append(l: FrameList, f: number): void {
  l.prev[f] = l.last;
  l.next[f] = -1;
  if (l.last === -1) l.first = f;
  else l.next[l.last] = f;
  l.last = f;
  l.linked[f] = 1;
}

/** Takes a frame out of the list; a no-op when it is not in it. */
export function unlink(l: FrameList, f: number): void {
  if (l.linked[f] === 0) return;
  const p = l.prev[f]!;
  const n = l.next[f]!;
  if (p === -1) l.first = n;
  else l.next[p] = n;
  if (n === -1) l.last = p;
  else l.prev[n] = p;
  l.prev[f] = -1;
  l.next[f] = -1;
  l.linked[f] = 0;
}

/** Moves a frame (in the list or not) to the back. */
export function toBack(l: FrameList, f: number): void {
  if (l.last === f) return;
  unlink(l, f);
  append(l, f);
}

/** Frame `to` takes `from`'s place in the order (compaction moved the page); `to` is dropped first if linked. */
export function replaceInList(l: FrameList, from: number, to: number): void {
  if (from === to || l.linked[from] === 0) return;
  unlink(l, to);
  const p = l.prev[from]!;
  const n = l.next[from]!;
  l.prev[to] = p;
  l.next[to] = n;
  if (p === -1) l.first = to;
  else l.next[p] = to;
  if (n === -1) l.last = to;
  else l.prev[n] = to;
  l.linked[to] = 1;
  l.prev[from] = -1;
  l.next[from] = -1;
  l.linked[from] = 0;
}

/** The frames from first to last. */
export function listOrder(l: FrameList): number[] {
  const out: number[] = [];
  for (let f = l.first; f !== -1; f = l.next[f]!) out.push(f);
  return out;
}
