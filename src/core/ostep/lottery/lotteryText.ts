import type { LotteryOptions } from './lotteryFlags';
import { pythonDraw, pythonDrawStream } from '../../sched/lottery';
import { chain, type RunPiece, type RunReader } from '../runReader';
import type { AsciiWriter } from '../textParts';
import type { LotteryProblem } from './lotteryCommand';

/**
 * What lottery.py prints for these flags (its whole stdout), as lines: the problem, then its random numbers (made
 * as they are printed), or (-c) the draws, which come from the run through the reader.
 */
export function lotteryLines(
  p: LotteryProblem,
  v: LotteryOptions,
): { head: Iterable<string>; reader: RunReader | null } {
  const problem = [
    `ARG jlist ${v.jlist}`,
    `ARG jobs ${v.jobs}`,
    `ARG maxlen ${v.maxlen}`,
    `ARG maxticket ${v.maxticket}`,
    `ARG quantum ${p.quantum}`,
    `ARG seed ${v.seed}`,
    '',
    'Here is the job list, with the run time of each job: ',
    ...p.jobs.map((j, i) => `  Job ${i} ( length = ${j.length}, tickets = ${j.tickets} )`),
    '',
    '',
  ];
  if (!v.solve) return { head: chain(problem, randomNumbers(p)), reader: null };
  return { head: [...problem, '** Solutions **', ''], reader: lotteryReader(p) };
}

/** The problem's random numbers: one per tick of work, from the stream the draws use (the run may need fewer). */
function* randomNumbers(p: LotteryProblem): Generator<string> {
  const rng = pythonDrawStream(p.seed, p.drawOffset);
  const ticks = p.jobs.reduce((s, j) => s + j.length, 0);
  yield 'Here is the set of random numbers you will need (at most):';
  for (let i = 0; i < ticks; i++) yield `Random ${pythonDraw(rng)}`;
}

/**
 * The draws as the run makes them: each dispatch's draw with every job's time left before it (its length minus
 * the CPU time of its runs that ended by then) and, when the winner ends in that quantum, its finish (the hold to
 * the quantum's end, or the exit on the boundary). A draw is printed once the next one, or the end, shows whether
 * its job finished.
 */
function lotteryReader(p: LotteryProblem): RunReader {
  const count = p.jobs.length;
  const left = Float64Array.from(p.jobs, (j) => j.length);
  /** each job's part of the jobs line after its mark: it changes only when the job has run */
  const cells = p.jobs.map((j, id) => cell(id, j.length, j.tickets));
  let runs: RunPiece[] = [];
  let nextRun = 0;
  let draw: { text: string; job: number; finish: number | null } | null = null;
  const flush = (w: AsciiWriter) => {
    if (!draw) return;
    w.line(draw.text);
    if (draw.finish !== null) w.line(`--> JOB ${draw.job} DONE at time ${draw.finish}`);
    draw = null;
  };
  return {
    // A draw's text lists every job: about 30 characters each.
    limits: { events: Math.max(16, Math.floor(2 ** 12 / count)), ticks: Infinity },
    read(c, w) {
      runs = nextRun < runs.length ? runs.slice(nextRun).concat(c.segments) : c.segments.slice();
      nextRun = 0;
      for (const e of c.events) {
        if (e.kind === 'dispatch') {
          flush(w);
          for (; nextRun < runs.length && (runs[nextRun] as RunPiece).end <= e.tick; nextRun++) {
            const s = runs[nextRun] as RunPiece;
            if (s.pid === null || s.kind === 'switch') continue;
            const rest = (left[s.pid] as number) - (s.end - s.start);
            left[s.pid] = rest;
            cells[s.pid] = cell(s.pid, rest, (p.jobs[s.pid] as { tickets: number }).tickets);
          }
          const { draw: r, ticket, totalTickets } = e.reason;
          let jobs = '';
          for (let id = 0; id < count; id++) jobs += ` (${id === e.pid ? '*' : ' '}${cells[id] as string}`;
          const text = `Random ${r} -> Winning ticket ${ticket} (of ${totalTickets}) -> Run ${e.pid}\n  Jobs:\n${jobs}`;
          draw = { text, job: e.pid, finish: null };
        } else if (draw && e.kind === 'exit' && e.pid === draw.job) draw.finish = e.tick;
        // A hold at the exit's tick is the rest of the finishing quantum.
        else if (draw && e.kind === 'hold' && e.pid === draw.job && e.until !== null && draw.finish === e.tick)
          draw.finish = e.until;
      }
    },
    end(_r, w) {
      flush(w);
      // OSTEP prints a blank line when the last job is done.
      w.line('');
    },
  };
}

const cell = (id: number, left: number, tickets: number) =>
  ` job:${id} timeleft:${left} tix:${left > 0 ? tickets : '---'} ) `;
