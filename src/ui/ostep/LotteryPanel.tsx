import type { LotteryAnswers } from '../../core/index';
import { AnswerTable } from './AnswerTable';
import { firstRows } from './windowAround';

/** lottery.py -c: every draw (random number, winning ticket, the job it picks) and when each job finished. */
export function LotteryPanel({ answer }: { answer: LotteryAnswers }) {
  const draws = firstRows(answer.draws);
  return (
    <div className="ostep-panels">
      <AnswerTable
        caption="When each job finished"
        rowHeader
        rows={answer.jobs}
        columns={[
          { label: 'Job', cell: (j) => j.id },
          { label: 'Finish', cell: (j) => j.finish },
        ]}
      />
      <AnswerTable
        caption={<>Draws{draws.note}</>}
        scrollLabel="Draws (scrolls)"
        rows={draws.rows}
        columns={[
          { label: '#', cell: (_d, i) => i + 1 },
          { label: 'Random', cell: (d) => d.r },
          { label: 'Winning ticket', cell: (d) => d.winningTicket },
          { label: 'Of', cell: (d) => d.totalTickets },
          { label: 'Runs job', cell: (d) => d.job },
        ]}
      />
    </div>
  );
}
