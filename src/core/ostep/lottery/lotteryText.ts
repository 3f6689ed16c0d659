import type { LotteryOptions } from './lotteryFlags';
import { pythonDraw, pythonDrawStream } from '../../sched/lottery';
import type { LotteryDrawView } from './lotteryAnswers';
import type { LotteryProblem } from './lotteryCommand';

/** What lottery.py prints for these flags (its whole stdout): the problem, then the draws (-c) or the random numbers. */
export function lotteryText(p: LotteryProblem, v: LotteryOptions, views: readonly LotteryDrawView[]): string {
  return problemText(p, v) + (v.solve ? solutionText(p, views) : randomNumbers(p));
}

function problemText(p: LotteryProblem, v: LotteryOptions): string {
  const args = [
    `ARG jlist ${v.jlist}`,
    `ARG jobs ${v.jobs}`,
    `ARG maxlen ${v.maxlen}`,
    `ARG maxticket ${v.maxticket}`,
    `ARG quantum ${p.quantum}`,
    `ARG seed ${v.seed}`,
  ];
  const jobs = p.jobs.map((j, i) => `  Job ${i} ( length = ${j.length}, tickets = ${j.tickets} )\n`).join('');
  return `${args.join('\n')}\n\nHere is the job list, with the run time of each job: \n${jobs}\n\n`;
}

/** The problem's random numbers: one per tick of work, from the stream the draws use (the run may need fewer). */
function randomNumbers(p: LotteryProblem): string {
  const rng = pythonDrawStream(p.seed, p.drawOffset);
  const ticks = p.jobs.reduce((s, j) => s + j.length, 0);
  let out = 'Here is the set of random numbers you will need (at most):\n';
  for (let i = 0; i < ticks; i++) out += `Random ${pythonDraw(rng)}\n`;
  return out;
}

function solutionText(p: LotteryProblem, views: readonly LotteryDrawView[]): string {
  let out = '** Solutions **\n\n';
  for (const { draw, timeLeft, done } of views) {
    out += `Random ${draw.r} -> Winning ticket ${draw.winningTicket} (of ${draw.totalTickets}) -> Run ${draw.job}\n  Jobs:\n`;
    out += timeLeft
      .map(
        (left, id) =>
          ` (${id === draw.job ? '*' : ' '} job:${id} timeleft:${left} tix:${left > 0 ? (p.jobs[id]?.tickets as number) : '---'} ) `,
      )
      .join('');
    out += '\n';
    if (done !== null) out += `--> JOB ${draw.job} DONE at time ${done}\n`;
  }
  // OSTEP prints a blank line when the last job is done.
  return `${out}\n`;
}
