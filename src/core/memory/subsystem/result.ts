import type { SimState } from '../../kernel/state';
import type { MemoryFigures } from '../snapshot';
import { figuresOf } from '../snapshotOf';
import { memoryRun } from './samples';

/** The memory snapshot's figures (no per-frame arrays): statistics, fragmentation, pools, swap, alerts. */
export type MemoryResult = Pick<
  MemoryFigures,
  'stats' | 'fragmentation' | 'pools' | 'general' | 'constraints' | 'alerts'
> & {
  frames: number;
  pageSize: number;
  swap: { slots: number; used: number };
  pageFaultsByProcess: Record<string, number>;
  /** ticks of each process's CPU time spent stalled on its memory references (by pid) */
  stallByProcess: Record<string, number>;
};

/** Memory statistics at the end of a run. */
export function memoryResult(st: SimState): MemoryResult {
  const s = figuresOf(memoryRun(st).memory);
  return {
    frames: s.frames,
    pageSize: s.config.pageSize,
    stats: s.stats,
    fragmentation: s.fragmentation,
    pools: s.pools,
    general: s.general,
    constraints: s.constraints,
    swap: { slots: s.swap.slots, used: s.swap.used },
    alerts: s.alerts,
    pageFaultsByProcess: Object.fromEntries(st.procs.map((p) => [String(p.pid), p.pageFaults])),
    stallByProcess: Object.fromEntries(st.procs.map((p) => [String(p.pid), p.memoryStall])),
  };
}
