import { forEachRun } from '../freeRuns';
import type { FramesPlacement } from './types';

/** The `pages` lowest free frames, contiguous or not: a process's pages need not be, so nothing fragments. */
export const anyFree: FramesPlacement = {
  kind: 'frames',
  name: 'anyFree',
  label: 'any free frame',
  frames(m, pages) {
    const out = new Int32Array(pages);
    let n = 0;
    forEachRun(m.runs, m.frames, (start, length) => {
      for (let f = start; f < start + length && n < pages; f++) out[n++] = f;
      return n === pages;
    });
    return out;
  },
};
