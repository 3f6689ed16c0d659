import { round2 } from '../../core/metrics/metrics';
import type { Frame } from '../../protocol';
import { toCsv, type Cell } from './csv';

const PROCESS_COLUMNS = [
  'pid',
  'name',
  'type',
  'state',
  'priority',
  'arrival',
  'burst total',
  'cpu time',
  'io time',
  'waiting',
  'first run',
  'completion',
  'turnaround',
  'response',
  'context switches',
  'page faults',
  'deadline',
  'deadline missed',
  'killed',
] as const;

const r2 = (x: number | null): Cell => (x === null ? null : round2(x));
const pct = (x: number): Cell => round2(x * 100);

/**
 * The metrics at the frame's tick as CSV (RFC 4180): a header and one row per process in pid order, an
 * empty record, then "metric,value" summary rows. Times are integer ticks; averages and ratios are rounded
 * to 2 decimals like the panel shows them, utilisation as a percentage. Empty fields are "not yet"
 * (no completion, no first run). Pure.
 */
export function metricsCsv(frame: Pick<Frame, 'tick' | 'policy' | 'processes' | 'summary'>): string {
  const processes = [...frame.processes].sort((a, b) => a.pid - b.pid);
  const rows: Cell[][] = [[...PROCESS_COLUMNS]];
  for (const p of processes) {
    rows.push([
      p.pid,
      p.name,
      p.type,
      p.state,
      p.priority,
      p.arrival,
      p.burstTotal,
      p.cpuTime,
      p.ioTime,
      p.waiting,
      p.firstRun,
      p.completion,
      p.turnaround,
      p.response,
      p.contextSwitches,
      p.pageFaults,
      p.deadline,
      p.deadlineMissed,
      p.killed,
    ]);
  }
  const s = frame.summary;
  rows.push([]);
  rows.push(['metric', 'value']);
  rows.push(['tick', frame.tick]);
  rows.push(['policy', frame.policy]);
  rows.push(['completed', s.completed]);
  rows.push(['average turnaround (ticks)', r2(s.avgTurnaround)]);
  rows.push(['average waiting (ticks)', r2(s.avgWaiting)]);
  rows.push(['average response (ticks)', r2(s.avgResponse)]);
  rows.push(['throughput (per 100 ticks)', r2(s.throughput)]);
  rows.push(['cpu utilisation (%)', pct(s.cpuUtilization)]);
  s.perCpuUtilization.forEach((u, i) => rows.push([`cpu ${i} utilisation (%)`, pct(u)]));
  s.perGpuUtilization.forEach((u, i) => rows.push([`gpu ${i} utilisation (%)`, pct(u)]));
  rows.push(['context switches', s.contextSwitches]);
  rows.push(['switch ticks', s.switchTicks]);
  rows.push(['deadline misses', s.deadlineMisses]);
  return toCsv(rows);
}
