import type { Pcb } from '../../process/pcb';
import type { SimState } from '../../kernel/state';
import type { AllocateResult } from '../allocate';
import { compact, largestRunAfterCompaction, type CompactOptions } from '../compaction';
import { largestRun } from '../freeRuns';
import { PLACEMENT_MODULES } from '../placements/registry';
import { memoryRun, memoryShapeChanged } from './samples';
import { processOf } from './admission';
import type { MemoryRun } from './state';

/** Who a compaction made room for: the allocation that failed for fragmentation alone. */
type CompactedFor = { pid: number; pages: number; free: number; largest: number };

/**
 * Compacts memory now. It takes `cost` ticks, during which the processes whose pages move (and `forWhom`, who gets
 * the room it makes) cannot use their memory: any of them that runs before it ends waits for it (movingWait). A
 * compaction started while another is still going on ends when the later of the two does.
 */
export function compactNow(st: SimState, opts: CompactOptions, forWhom?: CompactedFor): { moved: number } {
  const run = memoryRun(st);
  const r = compact(run.memory, opts);
  const still = run.moving !== null && run.moving.until > st.now ? run.moving : null;
  const pids = new Set([...(still?.pids ?? []), ...(r.cost > 0 ? r.pids : [])]);
  if (forWhom && r.cost > 0) pids.add(forWhom.pid);
  const until = Math.max(still?.until ?? st.now, st.now + r.cost);
  run.moving = until > st.now ? { until, pids: [...pids].sort((a, b) => a - b) } : null;
  st.events.push({
    tick: st.now,
    kind: 'compact',
    moved: r.moved,
    cost: r.cost,
    until,
    pids: r.cost > 0 ? (run.moving?.pids ?? []) : [],
    ...(forWhom && { for: forWhom }),
  });
  run.lastCompaction = { tick: st.now, moved: r.moved, cost: r.cost };
  memoryShapeChanged(st, run);
  return r;
}

/**
 * Allocates with `allocate`; when that fails for fragmentation alone (enough frames are free, but no run of them is
 * long enough) and the memory config asks for it (autoCompact), compacts first if that makes a long enough run,
 * and allocates again.
 */
export function allocateCompacting(
  st: SimState,
  pid: number,
  bytes: number,
  allocate: () => AllocateResult,
): AllocateResult {
  const first = allocate();
  if (first.ok || first.limit !== 'placement') return first;
  const m = memoryRun(st).memory;
  if (!m.config.autoCompact || PLACEMENT_MODULES[m.config.placement].kind !== 'hole') return first;
  const pages = Math.ceil(bytes / m.pageSize);
  if (m.free < pages || largestRunAfterCompaction(m) < pages) return first;
  compactNow(st, { movePinned: false }, { pid, pages, free: m.free, largest: largestRun(m.runs) });
  return allocate();
}

/**
 * A process runs while its pages are being moved: the ticks it must wait (WAITING for memory) for the compaction
 * to end, with the event that says so; 0 when its memory is usable.
 */
export function movingWait(st: SimState, run: MemoryRun, p: Pcb): number {
  const moving = run.moving;
  if (!moving || moving.until <= st.now || !moving.pids.includes(p.pid)) return 0;
  processOf(run, p.pid).waitsFor = 'compaction';
  st.events.push({ tick: st.now, kind: 'compactWait', pid: p.pid, until: moving.until });
  return moving.until - st.now;
}
