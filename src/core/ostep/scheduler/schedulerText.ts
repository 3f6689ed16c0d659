import { pyFixed2 } from '../pyFormat';
import type { RunReader } from '../runReader';
import { schedulerFigures } from './schedulerAnswers';
import type { SchedulerProblem } from './schedulerCommand';
import type { SchedulerOptions } from './schedulerFlags';

const COMPUTE_HINT = [
  'Compute the turnaround time, response time, and wait time for each job.',
  'When you are done, run this program again, with the same arguments,',
  'but with -c, which will thus provide you with the answers. You can use',
  '-s <somenumber> or your own job list (-l 10,15,20 for example)',
  'to generate different problems for yourself.',
  '',
];

const pad = (n: number, width: number) => String(n).padStart(width);
/** pad(n, 3) for a whole number n ≥ 0, without making a string to pad (a trace line has two). */
const pad3 = (n: number) => (n >= 100 ? `${n}` : n >= 10 ? ` ${n}` : `  ${n}`);

/**
 * What scheduler.py prints for these flags (its whole stdout), as lines: the problem, then the hint, or (-c) the
 * solution, whose trace and statistics come from the run through the reader.
 */
export function schedulerLines(p: SchedulerProblem, v: SchedulerOptions): { head: string[]; reader: RunReader | null } {
  const args = p.fromList
    ? [`ARG policy ${p.policy}`, `ARG jlist ${v.jlist}`]
    : [`ARG policy ${p.policy}`, `ARG jobs ${v.jobs}`, `ARG maxlen ${v.maxlen}`, `ARG seed ${v.seed}`];
  // OSTEP prints a listed length as a Python float (100.0) and a generated one as an int.
  const jobs = p.lengths.map((len, i) => `  Job ${i} ( length = ${p.fromList ? `${len}.0` : len} )`);
  const head = [...args, '', 'Here is the job list, with the run time of each job: ', ...jobs, '', ''];
  if (!v.solve) return { head: [...head, ...COMPUTE_HINT], reader: null };
  return { head: [...head, '** Solutions **', '', 'Execution trace:'], reader: schedulerReader(p) };
}

/** '%.2f' of a whole number of ticks. */
const fixed2 = (n: number) => `${n}.00`;

/**
 * The execution trace, a line per slice: each run segment cut into quanta from its start (RR merges a lone job's
 * quanta into one segment, OSTEP prints each), a quantum of a run still going printed once the chunk's tick has
 * passed its end (it cannot be the job's last: a run that ended there would have closed); then the statistics.
 */
function schedulerReader(p: SchedulerProblem): RunReader {
  const rr = p.policy === 'RR';
  const quantum = rr ? p.quantum : Infinity;
  const exits = new Map<number, number>();
  /** how far the run that started at `start` is printed */
  let printed = { start: -1, to: -1 };
  const slice = (out: string[], job: number, start: number, end: number, done: boolean) =>
    out.push(
      `  [ time ${pad3(start)} ] Run job ${rr ? pad3(job) : job} for ${fixed2(end - start)} secs${done ? ` ( DONE at ${fixed2(end)} )` : ''}`,
    );
  return {
    // A line per quantum at most: a chunk over this many ticks prints at most 1,024 slices of a lone run.
    limits: { events: 1_024, ticks: rr ? 1_024 * quantum : Infinity },
    read(c, out) {
      for (const e of c.events) if (e.kind === 'exit') exits.set(e.pid, e.tick);
      for (const s of c.segments) {
        if (s.pid === null || s.kind === 'switch') continue;
        const done = exits.get(s.pid) === s.end;
        for (let at = printed.start === s.start ? printed.to : s.start; at < s.end; at += quantum) {
          const end = Math.min(s.end, at + quantum);
          slice(out, s.pid, at, end, done && end === s.end);
        }
      }
      const o = c.open;
      if (!rr || !o || o.pid === null || o.kind !== 'run') return;
      let at = printed.start === o.start ? printed.to : o.start;
      for (; at + quantum <= c.through; at += quantum) slice(out, o.pid, at, at + quantum, false);
      printed = { start: o.start, to: at };
    },
    end(r, out) {
      const { jobs, average } = schedulerFigures(r);
      // OSTEP lists FIFO and SJF statistics in the order the jobs ran, RR's by job id.
      const rows = rr ? jobs : [...jobs].sort((x, y) => x.turnaround - y.turnaround || x.id - y.id);
      out.push('', 'Final statistics:');
      for (const j of rows)
        out.push(
          `  Job ${pad(j.id, 3)} -- Response: ${pyFixed2(j.response)}  Turnaround ${pyFixed2(j.turnaround)}  Wait ${pyFixed2(j.wait)}`,
        );
      out.push(
        '',
        `  Average -- Response: ${pyFixed2(average.response)}  Turnaround ${pyFixed2(average.turnaround)}  Wait ${pyFixed2(average.wait)}`,
        '',
      );
    },
  };
}
