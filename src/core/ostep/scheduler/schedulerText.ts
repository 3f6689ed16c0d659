import { pyFixed2, pyFloatRepr } from '../pyFormat';
import { zeroLengthExits } from '../../kernel/zeroRuns';
import type { RunReader } from '../runReader';
import { asciiLabel, MAX_INT_CHARS, putBytes, writeInt, type AsciiWriter } from '../textParts';
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

const AT_TIME = asciiLabel('  [ time ');
const RUN_JOB = asciiLabel(' ] Run job ');
/** room for a trace line but its length: two numbers padded to 3 and the labels around them */
const LINE_ROOM = AT_TIME.length + RUN_JOB.length + 2 * (MAX_INT_CHARS + 2);

/** Writes pad3(n) into buf at `at` (room for MAX_INT_CHARS + 2) and returns where it ends. */
function writePad3(buf: Uint8Array, at: number, n: number): number {
  let i = at;
  if (n < 100) buf[i++] = 32;
  if (n < 10) buf[i++] = 32;
  return writeInt(buf, i, n);
}

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
  /** each job's exit tick, by job id (= pid) */
  const exits: number[] = [];
  const zeroExit = zeroLengthExits();
  /** how far the run that started at `start` is printed */
  let printed = { start: -1, to: -1 };
  // scheduler.py's state: the time, each job's time left (RR), first run, last run and wait, and the run order.
  let time = 0;
  const left = [...p.given];
  const response = p.given.map(() => -1);
  const lastRan = p.given.map(() => 0);
  const wait = p.given.map(() => 0);
  const turnaround = p.given.map(() => 0);
  const order: number[] = [];
  /** a whole slice's length as scheduler.py prints it, made once: nearly every RR line has it */
  const quantumText = asciiLabel(` for ${pyFixed2(q)} secs`);
  const slice = (w: AsciiWriter, job: number, done: boolean) => {
    if (!rr) {
      const length = p.given[job] as number;
      w.line(
        `  [ time ${pad3(Math.trunc(time))} ] Run job ${job} for ${pyFixed2(length)} secs ( DONE at ${pyFixed2(time + length)} )`,
      );
      time += length;
      order.push(job);
      return;
    }
    if (response[job] === -1) response[job] = time;
    wait[job] = (wait[job] as number) + time - (lastRan[job] as number);
    const ran = done ? (left[job] as number) : q;
    if (done) turnaround[job] = time + ran;
    else left[job] = (left[job] as number) - q;
    // Written in place: a line per quantum is most of the text.
    const buf = w.reserve(LINE_ROOM + quantumText.length);
    let i = putBytes(buf, w.written(), AT_TIME);
    i = writePad3(buf, i, Math.trunc(time));
    i = putBytes(buf, i, RUN_JOB);
    i = writePad3(buf, i, job);
    w.commit(done ? i : putBytes(buf, i, quantumText));
    if (done) w.line(` for ${pyFixed2(ran)} secs ( DONE at ${pyFixed2(time + ran)} )`);
    else w.byte(10);
    time += ran;
    lastRan[job] = time;
  };
  return {
    // A line per quantum at most: a chunk over this many ticks prints at most 1,024 slices of a lone run.
    limits: { events: 1_024, ticks: rr ? 1_024 * quantum : Infinity },
    read(c, w) {
      // A zero-length job leaves no segment: it exits at the tick it is dispatched, before what starts then.
      const zeros: { tick: number; pid: number }[] = [];
      for (const e of c.events) {
        if (e.kind === 'exit') exits[e.pid] = e.tick;
        if (zeroExit(e)) zeros.push(e);
      }
      let zero = 0;
      const zerosUpTo = (tick: number) => {
        for (; zero < zeros.length && zeros[zero]!.tick <= tick; zero++) slice(w, zeros[zero]!.pid, true);
      };
      for (const s of c.segments) {
        if (s.pid === null || s.kind === 'switch') continue;
        zerosUpTo(s.start);
        const done = exits[s.pid] === s.end;
        for (let at = printed.start === s.start ? printed.to : s.start; at < s.end; at += quantum)
          slice(w, s.pid, done && Math.min(s.end, at + quantum) === s.end);
      }
      zerosUpTo(Infinity);
      const o = c.open;
      if (!rr || !o || o.pid === null || o.kind !== 'run') return;
      let at = printed.start === o.start ? printed.to : o.start;
      for (; at + quantum <= c.through; at += quantum) slice(w, o.pid, false);
      printed = { start: o.start, to: at };
    },
    end(_r, w) {
      // FIFO and SJF: each job waits for those that ran before it; their rows in the order they ran. RR's by job id.
      const rows: [job: number, response: number, turnaround: number, wait: number][] = [];
      if (rr) p.given.forEach((_, j) => rows.push([j, response[j]!, turnaround[j]!, wait[j]!]));
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
