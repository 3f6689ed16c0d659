import type { DiskPolicy } from './diskPolicy';
import { satfChoice } from './satf';

/**
 * SATF within a window that does not slide: the next window opens only when the whole current one is served, so a
 * far request waits at most a window's worth (disk.py's fairness window; the engine keeps the window, diskRun.ts).
 */
export const bsatf: DiskPolicy = {
  name: 'BSATF',
  label: 'SATF in batches of the window (bounded, fair)',
  ostep: true,
  windowed: true,
  choose: satfChoice,
};
