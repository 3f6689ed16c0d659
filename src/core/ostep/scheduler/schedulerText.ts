import { pyFixed2, pyFloatRepr } from '../pyFormat';
import { zeroLengthExits } from '../../kernel/zeroRuns';
import type { RunPiece, RunReader } from '../runReader';
import { NumberedLines } from '../numberedLines';
import { asciiLabel, MAX_INT_CHARS, putBytes, type AsciiLabel, type AsciiWriter } from '../textParts';
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
/** pad(n, 3) for a whole number n ≥ 0. */
const pad3 = (n: number) => (n >= 100 ? `${n}` : n >= 10 ? ` ${n}` : `  ${n}`);

const AT_TIME = '  [ time ';
/** room for a trace line's time: its label and a number padded to 3 */
const TIME_ROOM = AT_TIME.length + MAX_INT_CHARS + 2;

/**
 * What scheduler.py prints for these flags (its whole stdout), as lines: the problem, then the hint, or (-c) the
 * solution, whose trace and statistics come from the run through the reader.
 */
export function schedulerLines(p: SchedulerProblem, v: SchedulerOptions): { head: string[]; reader: RunReader | null } {
  const args = p.fromList
    ? [`ARG policy ${p.policy}`, `ARG jlist ${v.jlist}`]
    : [`ARG policy ${p.policy}`, `ARG jobs ${v.jobs}`, `ARG maxlen ${v.maxlen}`, `ARG seed ${v.seed}`];
  // OSTEP prints a listed length as a Python float (100.0, 2.5) and a generated one as an int.
  const jobs = p.given.map((len, i) => `  Job ${i} ( length = ${p.fromList ? pyFloatRepr(len) : len} )`);
  const head = [...args, '', 'Here is the job list, with the run time of each job: ', ...jobs, '', ''];
  if (!v.solve) return { head: [...head, ...COMPUTE_HINT], reader: null };
  return { head: [...head, '** Solutions **', '', 'Execution trace:'], reader: schedulerReader(p) };
}

/**
 * The execution trace, a line per slice: each run segment cut into quanta from its start (RR merges a lone job's
 * quanta into one segment, OSTEP prints each), a quantum of a run still going printed once the chunk's tick has
 * passed its end (it cannot be the job's last: a run that ended there would have closed); then the statistics.
 * Which job runs each slice and whether it ends there are the run's; the times printed are scheduler.py's own
 * floats, added up slice by slice in its order from its float lengths, so even a sum such as 0.1 + 0.2 prints as
 * it does there.
 */
function schedulerReader(p: SchedulerProblem): RunReader {
  const rr = p.policy === 'RR';
  const quantum = rr ? p.quantum : Infinity;
  const q = p.quantum / p.scale;
  /**
   * each job's ticks not yet run, by job id (= pid), counted down segment by segment: a job exits once it has run
   * its length, so its segment that reaches 0 is its last (no event of the run need be looked at to find its exit)
   */
  const unrun = Float64Array.from(p.lengths);
  const zeroExit = zeroLengthExits();
  /** how far the run that started at `start` is printed */
  let printed = { start: -1, to: -1 };
  // scheduler.py's state: the time, each job's time left (RR), first run, last run and wait, and the run order.
  let time = 0;
  const count = p.given.length;
  const left = Float64Array.from(p.given);
  const response = new Float64Array(count).fill(-1);
  const lastRan = new Float64Array(count);
  const wait = new Float64Array(count);
  const turnaround = new Float64Array(count);
  const order: number[] = [];
  /** "  [ time " and the time a line starts at, counted up in place from line to line */
  const clock = new NumberedLines([AT_TIME, ''], [3]);
  /** what follows the time on a job's line for a whole quantum (nearly every RR line), made once per job */
  const quantumLines: (AsciiLabel | undefined)[] = [];
  const quantumLine = (job: number) =>
    (quantumLines[job] ??= asciiLabel(` ] Run job ${pad3(job)} for ${pyFixed2(q)} secs\n`));
  /** A job's slice that ends it: FIFO's and SJF's every one, RR's last. */
  const lastSlice = (w: AsciiWriter, job: number) => {
    const ran = rr ? (left[job] as number) : (p.given[job] as number);
    if (rr) {
      if (response[job] === -1) response[job] = time;
      wait[job] = (wait[job] as number) + (time - (lastRan[job] as number));
      turnaround[job] = time + ran;
    } else order.push(job);
    w.line(
      `  [ time ${pad3(Math.trunc(time))} ] Run job ${rr ? pad3(job) : job} for ${pyFixed2(ran)} secs ( DONE at ${pyFixed2(time + ran)} )`,
    );
    time += ran;
    lastRan[job] = time;
  };
  /** RR's whole quanta of `job` from tick `from` (a quantum's start) up to `to`, none of them its last. */
  const quanta = (w: AsciiWriter, job: number, from: number, to: number) => {
    if (from >= to) return;
    if (response[job] === -1) response[job] = time;
    // The job waited since it last ran: before the first of these quanta only (then time - lastRan is 0).
    wait[job] = (wait[job] as number) + (time - (lastRan[job] as number));
    const label = quantumLine(job);
    const room = TIME_ROOM + label.length;
    let rest = left[job] as number;
    // Written in place: a line per quantum is most of the text.
    for (let at = from; at < to; at += quantum) {
      clock.set(0, 0, Math.trunc(time));
      const buf = w.reserve(room);
      w.commit(putBytes(buf, clock.put(buf, w.written(), 0), label));
      rest -= q;
      time += q;
    }
    left[job] = rest;
    lastRan[job] = time;
  };
  /** Whether some job is 0 long: only then is every event of the run looked at (zeroExit reads each dispatch). */
  const zeroJobs = p.lengths.includes(0);
  return {
    // A line per quantum at most: a chunk over this many ticks prints at most 1,024 slices of a lone run.
    limits: { events: 1_024, ticks: rr ? 1_024 * quantum : Infinity },
    // The segments, and the events only where zeroExit reads them.
    reads: zeroJobs ? ['dispatch', 'exit'] : [],
    read(c, w) {
      // A zero-length job leaves no segment: it exits at the tick it is dispatched, before what starts then.
      const zeros: { tick: number; pid: number }[] = [];
      if (zeroJobs) for (const e of c.events) if (zeroExit(e)) zeros.push(e);
      let zero = 0;
      const zerosUpTo = (tick: number) => {
        for (; zero < zeros.length && zeros[zero]!.tick <= tick; zero++) lastSlice(w, zeros[zero]!.pid);
      };
      const segments = c.segments;
      for (let k = 0; k < segments.length; k++) {
        const s = segments[k] as RunPiece;
        const job = s.pid;
        if (job === null || s.kind === 'switch') continue;
        if (zero < zeros.length) zerosUpTo(s.start);
        const from = printed.start === s.start ? printed.to : s.start;
        const ends = (unrun[job] = (unrun[job] as number) - (s.end - s.start)) === 0;
        if (!rr) lastSlice(w, job);
        else if (!ends) quanta(w, job, from, s.end);
        else if (from < s.end) {
          // The last quantum ends the job: the whole ones before it, then it.
          quanta(w, job, from, from + (Math.ceil((s.end - from) / quantum) - 1) * quantum);
          lastSlice(w, job);
        }
      }
      zerosUpTo(Infinity);
      const o = c.open;
      if (!rr || !o || o.pid === null || o.kind !== 'run') return;
      const from = printed.start === o.start ? printed.to : o.start;
      const to = from + Math.max(0, Math.floor((c.through - from) / quantum)) * quantum;
      quanta(w, o.pid, from, to);
      printed = { start: o.start, to };
    },
    end(_r, w) {
      // FIFO and SJF: each job waits for those that ran before it; their rows in the order they ran. RR's by job id.
      const rows: [job: number, response: number, turnaround: number, wait: number][] = [];
      if (rr) for (let j = 0; j < count; j++) rows.push([j, response[j]!, turnaround[j]!, wait[j]!]);
      else {
        let t = 0;
        for (const j of order) {
          rows.push([j, t, t + p.given[j]!, t]);
          t += p.given[j]!;
        }
      }
      w.line('');
      w.line('Final statistics:');
      const sum = { response: 0, turnaround: 0, wait: 0 };
      for (const [j, r, t, wt] of rows) {
        w.line(`  Job ${pad(j, 3)} -- Response: ${pyFixed2(r)}  Turnaround ${pyFixed2(t)}  Wait ${pyFixed2(wt)}`);
        sum.response += r;
        sum.turnaround += t;
        sum.wait += wt;
      }
      const mean = (x: number) => pyFixed2(x / rows.length);
      w.line('');
      w.line(
        `  Average -- Response: ${mean(sum.response)}  Turnaround ${mean(sum.turnaround)}  Wait ${mean(sum.wait)}`,
      );
      w.line('');
    },
  };
}
