import type { GanttProcess } from './toGanttRows';

/**
 * pid -> name of `processes`, the map made at the first name asked for: the chart names processes only on hover
 * and in its table, so a loaded run of 100,000 processes is drawn without making one.
 */
export function nameLookup(processes: readonly GanttProcess[]): (pid: number) => string | undefined {
  let names: Map<number, string> | null = null;
  return (pid) => (names ??= new Map(processes.map((p) => [p.pid, p.name]))).get(pid);
}
