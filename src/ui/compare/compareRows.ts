import { describeScheduler, POLICY_NAMES } from '../../core/sched/registry';
import type { PolicyName, SchedulerConfig } from '../../core/scenario/types';
import type { CompareEntry } from '../../protocol';
import { configFor } from '../workload/policies';

/** The figures compared, and which way is better for each. */
export const METRICS = {
  avgWaiting: 'min',
  avgTurnaround: 'min',
  avgResponse: 'min',
  throughput: 'max',
  cpuUtilization: 'max',
  contextSwitches: 'min',
  deadlineMisses: 'min',
  endTick: 'min',
} as const;
export type MetricKey = keyof typeof METRICS;

/** One policy's run. Values are as RunResult rounds them (round2); undefined = no process completed. */
export type CompareRow = { scheduler: string; policy: PolicyName } & Record<MetricKey, number | undefined> & {
    /** which of this row's values are the best of their column (ties are all best) */
    best: Partial<Record<MetricKey, true>>;
  };

/** One config per chosen policy, in POLICY_NAMES order: the scenario's own where its policy matches. */
export function schedulersToCompare(chosen: ReadonlySet<PolicyName>, current: SchedulerConfig): SchedulerConfig[] {
  return POLICY_NAMES.filter((p) => chosen.has(p)).map((p) => configFor(p, current));
}

export function compareRows(entries: readonly CompareEntry[]): CompareRow[] {
  const rows: CompareRow[] = entries.map(({ scheduler, result: { summary: s, ticks } }) => ({
    scheduler: describeScheduler(scheduler),
    policy: scheduler.policy,
    avgWaiting: s.avgWaiting ?? undefined,
    avgTurnaround: s.avgTurnaround ?? undefined,
    avgResponse: s.avgResponse ?? undefined,
    throughput: s.throughput,
    // RunResult keeps utilisation as a 0..1 ratio rounded to 2 decimals; shown as a whole percent.
    cpuUtilization: Math.round(s.cpuUtilization * 100),
    contextSwitches: s.contextSwitches,
    deadlineMisses: s.deadlineMisses,
    endTick: ticks,
    best: {},
  }));
  // With a single run there is nothing to be best against.
  if (rows.length < 2) return rows;
  for (const [key, better] of Object.entries(METRICS) as [MetricKey, 'min' | 'max'][]) {
    const values = rows.map((r) => r[key]).filter((v): v is number => v !== undefined);
    if (values.length === 0) continue;
    const target = better === 'min' ? Math.min(...values) : Math.max(...values);
    for (const r of rows) if (r[key] === target) r.best[key] = true;
  }
  return rows;
}
