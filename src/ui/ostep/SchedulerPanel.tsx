import type { SchedulerAnswers } from '../../core/index';
import { AnswerTable } from './AnswerTable';
import { fixed2 } from './numbers';
import { firstRows } from './windowAround';

/** scheduler.py -c: the execution trace, then response, turnaround and wait per job and on average. */
export function SchedulerPanel({ answer }: { answer: SchedulerAnswers }) {
  const trace = firstRows(answer.trace);
  const avg = answer.average;
  return (
    <div className="ostep-panels">
      <AnswerTable
        caption="Final statistics"
        rowHeader
        rows={answer.jobs}
        columns={[
          { label: 'Job', cell: (j) => j.id },
          { label: 'Response', cell: (j) => fixed2(j.response) },
          { label: 'Turnaround', cell: (j) => fixed2(j.turnaround) },
          { label: 'Wait', cell: (j) => fixed2(j.wait) },
        ]}
        foot={['Average', fixed2(avg.response), fixed2(avg.turnaround), fixed2(avg.wait)]}
      />
      <AnswerTable
        caption={
          <>
            Execution trace (makespan {answer.makespan}){trace.note}
          </>
        }
        scrollLabel="Execution trace (scrolls)"
        rows={trace.rows}
        columns={[
          { label: 'Time', cell: (s) => s.start },
          { label: 'Job', cell: (s) => s.job },
          { label: 'Ran for', cell: (s) => s.duration },
          { label: 'Then', cell: (s) => (s.done ? 'done' : '') },
        ]}
      />
    </div>
  );
}
