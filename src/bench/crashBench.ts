import { performance } from 'node:perf_hooks';
import { exploreCrashes, JOURNAL_MODES, planWrites } from '../core/index';
import { CRASH_DEMO_DISK, CRASH_DEMO_WORKLOAD } from '../core/fs/crash/crashDemo';

/** Issue 14's target: the crash-point explorer over a 50-write workload, in under a second. */
const EXPLORER_TARGET_MS = 1000;

/**
 * The explorer over the demo workload (about 50 block writes with no journal, more with one) in all four modes:
 * every crash point's image, replay, fsck, repair and each operation's fate. Best of three.
 */
export function crashBenchmarks(): { name: string; ms: number; detail: string; targetMs: number }[] {
  let best = Infinity;
  let counts: string[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    counts = JOURNAL_MODES.map((mode) => {
      const r = planWrites(CRASH_DEMO_WORKLOAD, CRASH_DEMO_DISK, mode);
      if (!r.ok) throw new Error(r.error.message);
      return `${mode} ${exploreCrashes(r.plan).length - 1}`;
    });
    best = Math.min(best, performance.now() - t0);
  }
  return [
    {
      name: 'fs: crash-point explorer, all 4 journal modes',
      ms: best,
      targetMs: EXPLORER_TARGET_MS,
      detail: `${CRASH_DEMO_WORKLOAD.length} operations; writes (= crash points after the first): ${counts.join(', ')}`,
    },
  ];
}
