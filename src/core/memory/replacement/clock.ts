import type { ReplacementModule, ReplacementPolicy } from './types';

export interface ClockState {
  /** the next frame the hand looks at */
  hand: number;
  resident: Uint8Array;
  /** reference bits: set on load (the faulting access references the page) and on every access */
  referenced: Uint8Array;
}

/**
 * Textbook CLOCK (Silberschatz, Tanenbaum): the frames form a ring in frame order. To evict, the hand
 * sweeps from where it stopped, clearing the reference bit of each evictable frame that has it set, and
 * takes the first evictable frame whose bit is 0; the hand then rests on the frame after the victim, so the
 * page loaded there is looked at last. Free and non-evictable frames are passed over with their bits kept.
 * This is not OSTEP's CLOCK (random probes with counters), which paging-policy.py seeds from CPython.
 */
export const clock: ReplacementPolicy<ClockState> = {
  name: 'CLOCK',
  init: (frames) => ({ hand: 0, resident: new Uint8Array(frames), referenced: new Uint8Array(frames) }),
  onLoad(s, f) {
    s.resident[f] = 1;
    s.referenced[f] = 1;
  },
  onAccess(s, f) {
    s.referenced[f] = 1;
  },
  onFree(s, f) {
    s.resident[f] = 0;
    s.referenced[f] = 0;
  },
  onMove(s, from, to) {
    if (from === to) return;
    s.resident[to] = s.resident[from]!;
    s.referenced[to] = s.referenced[from]!;
    s.resident[from] = 0;
    s.referenced[from] = 0;
  },
  chooseVictim(s, evictable) {
    const n = s.resident.length;
    let cleared = 0;
    // Two turns suffice: the first clears every evictable bit, so the second stops at the first such frame.
    for (let step = 0; step < 2 * n; step++) {
      const f = s.hand;
      s.hand = f + 1 === n ? 0 : f + 1;
      if (s.resident[f] === 0 || !evictable(f)) continue;
      if (s.referenced[f] === 1) {
        s.referenced[f] = 0;
        cleared++;
        continue;
      }
      return { frame: f, reason: `clock hand at frame ${f}, reference bit 0 (cleared ${cleared} on the way)` };
    }
    return null;
  },
  describe: (s) => ({ kind: 'clock', hand: s.hand, referenced: Array.from(s.referenced) }),
};

export const CLOCK_MODULE: ReplacementModule = {
  name: 'CLOCK',
  label: 'CLOCK',
  description: 'a hand sweeps the frames, clearing reference bits, and evicts the first page whose bit is clear',
  live: true,
  create: () => clock,
};
