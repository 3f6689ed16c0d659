import type { LotteryOptions } from './lotteryFlags';
import { pythonDraw, pythonDrawStream } from '../../sched/lottery';
import { chain, type RunPiece, type RunReader } from '../runReader';
import { asciiLabel, MAX_INT_CHARS, putBytes, writeInt, type AsciiWriter } from '../textParts';
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
  const tickets = Float64Array.from(p.jobs, (j) => j.tickets);
  let runs: RunPiece[] = [];
  let nextRun = 0;
  /** the draw not printed yet (job -1: none): its numbers, and its job's finish once known (null: not yet) */
  const draw = { r: 0, ticket: 0, total: 0, job: -1, finish: null as number | null };
  // Written as bytes from these numbers: a string per draw and per job cell was most of the reader's time.
  const flush = (w: AsciiWriter) => {
    if (draw.job < 0) return;
    const buf = w.reserve(DRAW_BYTES + count * CELL_BYTES);
    let at = putBytes(buf, w.written(), RANDOM);
    at = writeInt(buf, at, draw.r);
    at = putBytes(buf, at, WINNING);
    at = writeInt(buf, at, draw.ticket);
    at = putBytes(buf, at, OF);
    at = writeInt(buf, at, draw.total);
    at = putBytes(buf, at, RUN);
    at = writeInt(buf, at, draw.job);
    at = putBytes(buf, at, JOBS);
    // A job's time left is as it was at the draw: it changes only at the next dispatch, after this is printed.
    for (let id = 0; id < count; id++) {
      at = putBytes(buf, at, id === draw.job ? CELL_WINNER : CELL);
      at = writeInt(buf, at, id);
      at = putBytes(buf, at, TIME_LEFT);
      const rest = left[id] as number;
      at = writeInt(buf, at, rest);
      at = putBytes(buf, at, TIX);
      at = rest > 0 ? writeInt(buf, at, tickets[id] as number) : putBytes(buf, at, NO_TIX);
      at = putBytes(buf, at, CELL_END);
    }
    buf[at++] = NEWLINE;
    if (draw.finish !== null) {
      at = putBytes(buf, at, DONE);
      at = writeInt(buf, at, draw.job);
      at = putBytes(buf, at, DONE_AT);
      at = writeInt(buf, at, draw.finish);
      buf[at++] = NEWLINE;
    }
    w.commit(at);
    draw.job = -1;
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
            left[s.pid] = (left[s.pid] as number) - (s.end - s.start);
          }
          draw.r = e.reason.draw as number;
          draw.ticket = e.reason.ticket as number;
          draw.total = e.reason.totalTickets as number;
          draw.job = e.pid;
          draw.finish = null;
        } else if (draw.job >= 0 && e.kind === 'exit' && e.pid === draw.job) draw.finish = e.tick;
        // A hold at the exit's tick is the rest of the finishing quantum.
        else if (draw.job >= 0 && e.kind === 'hold' && e.pid === draw.job && e.until !== null && draw.finish === e.tick)
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

// 'Random %d -> Winning ticket %d (of %d) -> Run %d', '  Jobs:', then ' (%s job:%d timeleft:%d tix:%s ) ' a job
const RANDOM = asciiLabel('Random ');
const WINNING = asciiLabel(' -> Winning ticket ');
const OF = asciiLabel(' (of ');
const RUN = asciiLabel(') -> Run ');
const JOBS = asciiLabel('\n  Jobs:\n');
const CELL = asciiLabel(' (  job:');
const CELL_WINNER = asciiLabel(' (* job:');
const TIME_LEFT = asciiLabel(' timeleft:');
const TIX = asciiLabel(' tix:');
const NO_TIX = asciiLabel('---');
const CELL_END = asciiLabel(' ) ');
const DONE = asciiLabel('--> JOB ');
const DONE_AT = asciiLabel(' DONE at time ');
const NEWLINE = 10;
/** The most a draw's lines take besides its jobs' cells, and the most a cell takes: every number at its widest. */
const DRAW_BYTES = 64 + 6 * MAX_INT_CHARS;
const CELL_BYTES = 32 + 3 * MAX_INT_CHARS;
