import type { RunResult } from '../../kernel/result';
import type { LotteryAnswers } from '../answers';

/** One draw with what OSTEP prints beside it: every job's time left and tickets before the draw, and its finish. */
export interface LotteryDrawView {
  draw: LotteryAnswers['draws'][number];
  /** by job id: ticks left before this draw */
  timeLeft: number[];
  /** the finish time when the winner finishes in this quantum, else null */
  done: number | null;
}

/**
 * Reads lottery.py's answers off a finished run of a scenario from ostepLotteryScenario (pid = job id, one CPU):
 * each draw is a dispatch's reason (r, ticket, total), a job's time left is its length minus the CPU time the
 * timeline gave it before the draw, and OSTEP's finish is the end of the quantum in which it ended (the CPU's
 * hold until the quantum is over, or the exit itself when it ended on the boundary). Null when the run did not
 * finish every job.
 */
export function lotteryAnswers(r: RunResult): { answer: LotteryAnswers; views: LotteryDrawView[] } | null {
  if (!r.finished || r.processes.some((p) => p.completion === null)) return null;
  const finish = new Map<number, number>();
  for (const e of r.events) {
    if (e.kind === 'exit') finish.set(e.pid, e.tick);
    // A hold at the exit's tick is the rest of the finishing quantum.
    else if (e.kind === 'hold' && e.until !== null && finish.get(e.pid) === e.tick) finish.set(e.pid, e.until);
  }
  const jobs = [...r.processes].sort((a, b) => a.pid - b.pid);
  const left = jobs.map((p) => p.cpuTime);
  const lastDispatch = new Map<number, number>();
  const dispatches = r.events.filter((e) => e.kind === 'dispatch');
  dispatches.forEach((e, i) => lastDispatch.set(e.pid, i));
  const runs = r.timeline.filter((s) => s.pid !== null && s.kind !== 'switch');
  let nextRun = 0;
  const views: LotteryDrawView[] = [];
  dispatches.forEach((e, i) => {
    for (; nextRun < runs.length && (runs[nextRun]?.end as number) <= e.tick; nextRun++) {
      const s = runs[nextRun] as (typeof runs)[number];
      left[s.pid as number] = (left[s.pid as number] as number) - (s.end - s.start);
    }
    const { draw, ticket, totalTickets } = e.reason;
    views.push({
      draw: { r: draw as number, winningTicket: ticket as number, totalTickets: totalTickets as number, job: e.pid },
      timeLeft: left.slice(),
      done: lastDispatch.get(e.pid) === i ? (finish.get(e.pid) as number) : null,
    });
  });
  return {
    answer: {
      draws: views.map((v) => v.draw),
      jobs: jobs.map((p) => ({ id: p.pid, finish: finish.get(p.pid) as number })),
    },
    views,
  };
}
