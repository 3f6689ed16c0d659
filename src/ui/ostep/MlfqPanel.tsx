import { useMemo } from 'react';
import type { MlfqAnswers } from '../../core/index';
import { AnswerTable } from './AnswerTable';
import { fixed2 } from './numbers';
import { firstRows } from './windowAround';

type Tick = MlfqAnswers['timeline'][number];
interface Run {
  from: number;
  to: number;
  job: number | null;
  level: number | null;
  ostepPriority: number | null;
}

/** The per-tick timeline as runs of the same job at the same level: a few rows instead of thousands. */
export function mlfqRuns(timeline: readonly Tick[]): Run[] {
  const runs: Run[] = [];
  for (const t of timeline) {
    const last = runs[runs.length - 1];
    if (last && last.to === t.t && last.job === t.job && last.level === t.level) last.to = t.t + 1;
    else runs.push({ from: t.t, to: t.t + 1, job: t.job, level: t.level, ostepPriority: t.ostepPriority });
  }
  return runs;
}

/** mlfq.py -c: per-job times and averages, and who ran when at which queue level. */
export function MlfqPanel({ answer }: { answer: MlfqAnswers }) {
  const runs = useMemo(() => firstRows(mlfqRuns(answer.timeline)), [answer.timeline]);
  return (
    <div className="ostep-panels">
      <AnswerTable
        caption="Final statistics"
        rowHeader
        rows={answer.jobs}
        columns={[
          { label: 'Job', cell: (j) => j.id },
          { label: 'First run', cell: (j) => j.firstRun },
          { label: 'Finish', cell: (j) => j.finish },
          { label: 'Response', cell: (j) => j.response },
          { label: 'Turnaround', cell: (j) => j.turnaround },
        ]}
        foot={['Average', '', '', fixed2(answer.average.response), fixed2(answer.average.turnaround)]}
      />
      <AnswerTable
        caption={
          <>
            Timeline (makespan {answer.makespan}; level 0 is the top queue){runs.note}
          </>
        }
        scrollLabel="Timeline (scrolls)"
        rows={runs.rows}
        rowClass={(r) => (r.job === null ? 'idle' : undefined)}
        columns={[
          { label: 'Ticks', cell: (r) => `${r.from}–${r.to}` },
          { label: 'Job', cell: (r) => r.job ?? 'idle' },
          { label: 'Level', cell: (r) => r.level ?? '' },
          { label: 'OSTEP priority', cell: (r) => r.ostepPriority ?? '' },
        ]}
      />
    </div>
  );
}
