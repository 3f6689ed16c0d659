import { describeScheduler, loneQuantum } from '../../core/sched/registry';
import type { Scenario } from '../../core/scenario/types';
import { SEGMENT_FIELDS, type CompareEntry } from '../../protocol';
import type { TimelineBuffer } from '../../store/timelineBuffer';
import { toGanttRows, type GanttProcess } from '../gantt/toGanttRows';
import type { RowInfo } from './describeTick';
import { diffSummary, rowDiffText, type RowDiff } from './diffSummary';
import { differingTicks, mergeRanges, scheduleOf, type Schedule, type TickRange } from './scheduleDiff';

/** The compared runs as the picture draws them: names, Gantt models (CPU lanes, then GPU lanes), schedules. */
export interface CompareRuns {
  rows: RowInfo[];
  schedules: Schedule[];
  processes: GanttProcess[];
}

/** How each run differs from the reference run, in ticks and in words. */
export interface CompareDiffs {
  /** per row; null for the reference */
  differs: (TickRange[] | null)[];
  /** every tick where some run differs from the reference */
  union: TickRange[];
  /** per row, under its name: "the reference", "differs at 8 ticks", "same as FIFO" */
  notes: string[];
  summary: { short: string; detail: string };
}

/** Every process the runs can show: the scenario's, and those its scheduled operations create. */
export function processesOf(scenario: Scenario): GanttProcess[] {
  return [...scenario.processes, ...scenario.operations.flatMap((op) => (op.op === 'create' ? [op.process] : []))].map(
    ({ pid, name, type }) => ({ pid, name, type }),
  );
}

const buffer = (data: Int32Array): TimelineBuffer => ({ data, rows: data.length / SEGMENT_FIELDS, epoch: 0 });

export function compareRuns(entries: readonly CompareEntry[], scenario: Scenario): CompareRuns {
  const { cpus, gpus } = scenario.node;
  const processes = processesOf(scenario);
  const rows = entries.map((e) => ({
    name: describeScheduler(e.scheduler),
    end: e.result.ticks,
    model: toGanttRows({
      timeline: buffer(e.timeline),
      cpus,
      processes,
      processLanes: false,
      gpu: gpus > 0 ? { timeline: buffer(e.gpuTimeline), count: gpus } : undefined,
      quantum: loneQuantum(e.scheduler),
    }),
  }));
  const schedules = entries.map((e) => scheduleOf(e.timeline, e.gpuTimeline, cpus, gpus));
  return { rows, schedules, processes };
}

/** Each run against run `reference`: over the longer of the two runs, so a run that ends later differs there. */
export function compareDiffs(runs: CompareRuns, reference: number): CompareDiffs {
  const base = runs.schedules[reference] ?? [];
  const refRow = runs.rows[reference];
  const refName = refRow?.name ?? '';
  const differs = runs.schedules.map((s, i) => (i === reference ? null : differingTicks(base, s)));
  const diffOf = runs.rows.map((row, i): RowDiff | null =>
    i === reference ? null : { name: row.name, ranges: differs[i] ?? [], of: Math.max(row.end, refRow?.end ?? 0) },
  );
  return {
    differs,
    union: mergeRanges(differs.flatMap((d) => d ?? [])),
    notes: diffOf.map((d) => (d ? rowDiffText(refName, d) : 'the reference')),
    summary: diffSummary(
      refName,
      diffOf.filter((d) => d !== null),
    ),
  };
}
