import { MEMORY_TYPES, PAGE_STATES } from '../../core/memory/types';
import type { MemorySnapshot } from '../../core/memory/snapshot';
import { processLook, type Pattern } from '../theme/processLook';
import { FREE_LOOK, STATE_LOOK, TYPE_LOOK } from './memoryLook';

export type ColourMode = 'owner' | 'type' | 'state';

/** One colour of the grid: what it means, how it looks, and how many frames have it. */
export interface PaletteEntry {
  /** 'free', 'pid:3', 'type:AI_MODEL', 'state:PINNED' */
  key: string;
  color: string;
  pattern: Pattern;
  count: number;
  /** owner mode: the pid, so the legend can add the process name */
  pid?: number;
}

export interface FrameCells {
  mode: ColourMode;
  frames: number;
  /** per frame: index into `palette` */
  colour: Uint16Array;
  palette: PaletteEntry[];
  /** recently accessed frames with a strength in (0, 1]: 1 = just now, fading with age */
  heat: { frame: number; strength: number }[];
  /** frames per cell: 1 here, more in a model of blocks (blockCells) */
  per: number;
  /** per frame: owner and page, for the labels in big cells; null for blocks */
  pages: { owner: Int32Array; vpn: Int32Array } | null;
}

/** Accesses this many ticks old or older no longer show in the heat map. */
export const HEAT_FADE_TICKS = 20;

const FREE_TYPE = 255;

/**
 * The grid's view model: one palette index per frame for the chosen colouring, a palette with counts (the
 * legend and the summary read them), and the heat of recent accesses. Free frames share entry 0 in every
 * mode. One pass over the typed arrays; the owner palette is in pid order so it does not depend on where
 * processes happen to sit in memory.
 */
export function toFrameCells(
  snapshot: MemorySnapshot,
  mode: ColourMode,
  recent: readonly { frame: number; age: number }[] = [],
): FrameCells {
  return { ...frameColours(snapshot, mode), heat: heatOf(recent, snapshot.frames) };
}

/** What the colouring reads of a snapshot: its per-frame arrays. */
export type FrameArrays = Pick<MemorySnapshot, 'frames' | 'owner' | 'vpn' | 'type' | 'state'>;

/**
 * The colouring alone (no heat): it reads only the per-frame arrays, so a view keeps it while they stay the same
 * (at 4 GiB, a pass over a million frames that each new reference would otherwise repeat).
 */
export function frameColours(snapshot: FrameArrays, mode: ColourMode): FrameCells {
  const n = snapshot.frames;
  const colour = new Uint16Array(n);
  const free: PaletteEntry = { key: 'free', ...FREE_LOOK, count: 0 };
  let palette: PaletteEntry[];
  if (mode === 'owner') palette = ownerColours(snapshot, colour, free);
  else {
    const source = mode === 'type' ? snapshot.type : snapshot.state;
    const keys = mode === 'type' ? MEMORY_TYPES : PAGE_STATES;
    // Index i of MEMORY_TYPES / PAGE_STATES becomes palette entry i + 1; free frames stay at 0.
    const entries: PaletteEntry[] = keys.map((k) => ({
      key: `${mode}:${k}`,
      ...(mode === 'type' ? TYPE_LOOK[k as keyof typeof TYPE_LOOK] : STATE_LOOK[k as keyof typeof STATE_LOOK]),
      count: 0,
    }));
    const counts = new Uint32Array(keys.length + 1);
    for (let f = 0; f < n; f++) {
      const v = source[f] as number;
      const isFree =
        (snapshot.owner[f] as number) < 0 || (mode === 'type' ? v === FREE_TYPE : v === 0) || v >= keys.length;
      const c = isFree ? 0 : v + 1;
      colour[f] = c;
      counts[c] = (counts[c] as number) + 1;
    }
    free.count = counts[0] as number;
    entries.forEach((e, i) => (e.count = counts[i + 1] as number));
    // In state mode entry 1 would be FREE again; it keeps its place (count 0) so indices stay direct.
    palette = [free, ...entries];
  }
  return { mode, frames: n, colour, palette, heat: [], per: 1, pages: { owner: snapshot.owner, vpn: snapshot.vpn } };
}

/** Recently accessed frames of a memory of `frames` frames, with a strength fading over HEAT_FADE_TICKS. */
export function heatOf(recent: readonly { frame: number; age: number }[], frames: number): FrameCells['heat'] {
  const heat: FrameCells['heat'] = [];
  for (const r of recent) {
    if (r.frame < 0 || r.frame >= frames || r.age < 0 || r.age >= HEAT_FADE_TICKS) continue;
    heat.push({ frame: r.frame, strength: 1 - r.age / HEAT_FADE_TICKS });
  }
  return heat;
}

function ownerColours(snapshot: FrameArrays, colour: Uint16Array, free: PaletteEntry): PaletteEntry[] {
  const { owner, frames } = snapshot;
  // Owners come in runs: one pass finds where each run starts, and the rest works run by run.
  const starts: number[] = [];
  for (let f = 0, cur = NaN; f < frames; f++) {
    if (owner[f] === cur) continue;
    cur = owner[f] as number;
    starts.push(f);
  }
  const pids = [...new Set(starts.map((f) => owner[f] as number))].filter((pid) => pid >= 0).sort((a, b) => a - b);
  const index = new Map(pids.map((pid, i) => [pid, i + 1]));
  const palette: PaletteEntry[] = [
    free,
    ...pids.map((pid) => ({ key: `pid:${pid}`, ...processLook(pid), count: 0, pid })),
  ];
  starts.forEach((from, r) => {
    const to = starts[r + 1] ?? frames;
    const pid = owner[from] as number;
    const i = pid < 0 ? 0 : (index.get(pid) as number);
    colour.fill(i, from, to);
    (palette[i] as PaletteEntry).count += to - from;
  });
  return palette;
}
