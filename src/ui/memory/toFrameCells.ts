import { MEMORY_TYPES, type MemorySnapshot, PAGE_STATES } from '../../core/index';
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
  const heat: FrameCells['heat'] = [];
  for (const r of recent) {
    if (r.frame < 0 || r.frame >= n || r.age < 0 || r.age >= HEAT_FADE_TICKS) continue;
    heat.push({ frame: r.frame, strength: 1 - r.age / HEAT_FADE_TICKS });
  }
  return { mode, frames: n, colour, palette, heat, per: 1, pages: { owner: snapshot.owner, vpn: snapshot.vpn } };
}

function ownerColours(snapshot: MemorySnapshot, colour: Uint16Array, free: PaletteEntry): PaletteEntry[] {
  const pids = new Set<number>();
  // Owners come in runs; remembering the last one skips most Set operations.
  let last = -1;
  for (let f = 0; f < snapshot.frames; f++) {
    const pid = snapshot.owner[f] as number;
    if (pid !== last && pid >= 0) pids.add(pid);
    last = pid;
  }
  const sorted = [...pids].sort((a, b) => a - b);
  const index = new Map(sorted.map((pid, i) => [pid, i + 1]));
  const palette: PaletteEntry[] = [
    free,
    ...sorted.map((pid) => ({ key: `pid:${pid}`, ...processLook(pid), count: 0, pid })),
  ];
  let lastPid = -1;
  let lastIndex = 0;
  for (let f = 0; f < snapshot.frames; f++) {
    const pid = snapshot.owner[f] as number;
    if (pid !== lastPid) {
      lastPid = pid;
      lastIndex = pid < 0 ? 0 : (index.get(pid) as number);
    }
    colour[f] = lastIndex;
    (palette[lastIndex] as PaletteEntry).count++;
  }
  return palette;
}
