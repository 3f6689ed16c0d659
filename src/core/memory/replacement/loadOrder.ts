/**
 * Insertion order for the policies that keep no list (OPT, RANDOM): a load sequence number per frame,
 * so ties can go to the latest load (OSTEP's OPT) and the views can print memory as OSTEP does.
 */
export interface LoadOrder {
  resident: Uint8Array;
  /** sequence number of each frame's load; larger is more recent */
  loadSeq: Float64Array;
  seq: number;
}

export function loadOrder(frames: number): LoadOrder {
  return { resident: new Uint8Array(frames), loadSeq: new Float64Array(frames), seq: 0 };
}

export function markLoaded(s: LoadOrder, f: number): void {
  s.resident[f] = 1;
  s.loadSeq[f] = ++s.seq;
}

export function moveLoaded(s: LoadOrder, from: number, to: number): void {
  if (from === to) return;
  s.resident[to] = s.resident[from]!;
  s.loadSeq[to] = s.loadSeq[from]!;
  s.resident[from] = 0;
}

/** Resident frames, oldest load first. */
export function byLoad(s: LoadOrder): number[] {
  const out: number[] = [];
  for (let f = 0; f < s.resident.length; f++) if (s.resident[f] === 1) out.push(f);
  return out.sort((a, b) => s.loadSeq[a]! - s.loadSeq[b]!);
}
