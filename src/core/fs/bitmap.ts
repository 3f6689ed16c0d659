/** An allocation bitmap, one byte per entry so a picture reads it directly: 1 in use, 0 free. */

/** The first free entry (vsfs's allocator: the lowest number), or -1 when none is free. */
export function firstFree(map: Uint8Array): number {
  return map.indexOf(0);
}

export function countUsed(map: Uint8Array): number {
  let used = 0;
  for (const bit of map) used += bit;
  return used;
}

/** The bitmap as vsfs prints it: a digit per entry. */
export function bitmapText(map: Uint8Array): string {
  return map.join('');
}

/** The runs of free (0) entries: how many, and the longest. */
export function freeRunsOf(map: Uint8Array): { freeRuns: number; largestFreeRun: number } {
  let freeRuns = 0;
  let largestFreeRun = 0;
  let run = 0;
  for (let b = 0; b <= map.length; b++) {
    if (b < map.length && map[b] === 0) {
      if (run++ === 0) freeRuns++;
      continue;
    }
    largestFreeRun = Math.max(largestFreeRun, run);
    run = 0;
  }
  return { freeRuns, largestFreeRun };
}
