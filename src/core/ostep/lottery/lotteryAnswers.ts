import type { RunResult } from '../../kernel/result';
import type { LotteryAnswers } from '../answers';

/**
 * Reads lottery.py's answers off a finished run of a scenario from ostepLotteryScenario (pid = job id, one CPU):
 * each draw is a dispatch's reason (r, ticket, total), and OSTEP's finish is the end of the quantum in which a job
 * ended (the CPU's hold until the quantum is over, or the exit itself when it ended on the boundary). Null when
 * the run did not finish every job.
 */
export function lotteryAnswers(r: RunResult): LotteryAnswers | null {
  if (!r.finished || r.processes.some((p) => p.completion === null)) return null;
  const finish = new Map<number, number>();
  const draws: LotteryAnswers['draws'] = [];
  for (const e of r.events) {
    if (e.kind === 'exit') finish.set(e.pid, e.tick);
    // A hold at the exit's tick is the rest of the finishing quantum.
    else if (e.kind === 'hold' && e.until !== null && finish.get(e.pid) === e.tick) finish.set(e.pid, e.until);
    else if (e.kind === 'dispatch') {
      const { draw, ticket, totalTickets } = e.reason;
      draws.push({
        r: draw as number,
        winningTicket: ticket as number,
        totalTickets: totalTickets as number,
        job: e.pid,
      });
    }
  }
  const jobs = [...r.processes].sort((a, b) => a.pid - b.pid);
  return { draws, jobs: jobs.map((p) => ({ id: p.pid, finish: finish.get(p.pid) as number })) };
}
