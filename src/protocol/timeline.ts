/**
 * Closed Gantt segments packed as Int32Array rows of SEGMENT_FIELDS numbers
 * [cpu, start, end, pid (-1 = idle), kind (0 run, 1 switch, 2 idle)]. The receiver cuts its copy to
 * `from` rows, then appends: stepping back sends a shorter `from` and no rows.
 */
export interface TimelinePatch {
  from: number;
  data: Int32Array;
}
export const SEGMENT_FIELDS = 5;
export const SEGMENT_KIND = { run: 0, switch: 1, idle: 2 } as const;
