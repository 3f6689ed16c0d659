import type { Writer } from './dirtyModel';

/** The process running on the source: its pages' versions, and which it dirtied since the last copy. */
export interface SourceRun {
  versions: number[];
  dirty: Uint8Array;
  dirtyCount: number;
  work: number;
}

export function sourceRun(pages: number): SourceRun {
  return { versions: Array.from({ length: pages }, () => 0), dirty: new Uint8Array(pages), dirtyCount: 0, work: 0 };
}

/** Runs `ticks` work ticks on the source: each write bumps its page's version and marks it dirty. */
export function runOnSource(s: SourceRun, write: Writer, ticks: number): void {
  for (let i = 0; i < ticks; i++) {
    const pages = write(s.work);
    for (let j = 0; j < pages.length; j++) {
      const p = pages[j] as number;
      s.versions[p] = (s.versions[p] as number) + 1;
      if (s.dirty[p] === 0) {
        s.dirty[p] = 1;
        s.dirtyCount++;
      }
    }
    s.work++;
  }
}

/** Sends the dirty pages' current versions to `target` and clears the dirty set; returns how many. */
export function sendDirty(s: SourceRun, target: number[]): number {
  const n = s.dirtyCount;
  for (let p = 0; p < s.dirty.length; p++) {
    if (s.dirty[p] === 0) continue;
    target[p] = s.versions[p] as number;
    s.dirty[p] = 0;
  }
  s.dirtyCount = 0;
  return n;
}
