import type { SimEvent } from '../../kernel/events';
import { pyBool, pyFixed2 } from '../pyFormat';
import { PendingEvents, TickRunner, type RunReader } from '../runReader';
import { NumberedLines } from '../numberedLines';
import { asciiLabel, MAX_INT_CHARS, putBytes, writeInt, type AsciiLabel, type AsciiWriter } from '../textParts';
import { EVENT_ORDER, mlfqJobs, type MlfqEventType } from './mlfqAnswers';
import type { MlfqProblem } from './mlfqCommand';
import type { OstepMlfqJob } from './mlfqWorkload';

const pad = (n: number, width: number) => String(n).padStart(width);
const COMPUTE_HINT = [
  'Compute the execution trace for the given workloads.',
  'If you would like, also compute the response and turnaround',
  'times for each of the jobs.',
  '',
  'Use the -c flag to get the exact results when you are finished.',
  '',
];

/**
 * What mlfq.py prints for these flags (its whole stdout), as lines: the problem, then the hint, or (-c) the
 * execution trace and statistics, which come from the run through the reader.
 */
export function mlfqLines(p: MlfqProblem): { head: string[]; reader: RunReader | null } {
  const { jobs, setup, v } = p;
  const n = setup.quanta.length;
  const lines = ['Here is the list of inputs:', `OPTIONS jobs ${jobs.length}`, `OPTIONS queues ${n}`];
  for (let level = 0; level < n; level++) {
    lines.push(`OPTIONS allotments for queue ${pad(n - 1 - level, 2)} is ${pad(setup.allotments[level] as number, 3)}`);
    lines.push(`OPTIONS quantum length for queue ${pad(n - 1 - level, 2)} is ${pad(setup.quanta[level] as number, 3)}`);
  }
  lines.push(
    `OPTIONS boost ${v.boost}`,
    `OPTIONS ioTime ${v.ioTime}`,
    `OPTIONS stayAfterIO ${pyBool(v.stay)}`,
    `OPTIONS iobump ${pyBool(v.iobump)}`,
  );
  lines.push('', '', 'For each job, three defining characteristics are given:');
  lines.push('  startTime : at what time does the job enter the system');
  lines.push('  runTime   : the total CPU time needed by the job to finish');
  lines.push('  ioFreq    : every ioFreq time units, the job issues an I/O');
  lines.push('              (the I/O takes ioTime units to complete)', '');
  lines.push('Job List:');
  for (const [i, j] of jobs.entries())
    lines.push(
      `  Job ${pad(i, 2)}: startTime ${pad(j.start, 3)} - runTime ${pad(j.run, 3)} - ioFreq ${pad(j.ioFreq, 3)}`,
    );
  lines.push('');
  if (!v.solve) return { head: [...lines, ...COMPUTE_HINT], reader: null };
  return { head: [...lines, '', 'Execution Trace:', ''], reader: mlfqReader(p) };
}

/** The kinds of event a tick's lines tell, as codes (an index here). */
const TYPES: readonly MlfqEventType[] = ['FINISH', 'IO_START', 'BOOST', 'ARRIVE', 'IO_DONE'];
const [FINISH, IO_START, BOOST, ARRIVE, IO_DONE] = [0, 1, 2, 3, 4];
/** Where a tick's event goes in OSTEP's order at one tick (EVENT_ORDER): its kind's order, then (arrivals) the job. */
const JOB_BITS = 2 ** 21;
/** EVENT_ORDER by code: an index, not a look-up by the kind's name at every event. */
const ORDER_OF_CODE = TYPES.map((type) => EVENT_ORDER[type]);
const rankOf = (code: number, job: number): number =>
  (ORDER_OF_CODE[code] as number) * JOB_BITS + (code === ARRIVE ? job : 0);

/** The texts of a job's line of the trace (after the time); the numbers between them, by index. */
const RUN_LINE = [' ] Run JOB ', ' at PRIORITY ', ' [ TICKS ', ' ALLOT ', ' TIME ', ' (of ', ') ]\n'];
const [JOB, PRIORITY, TICKS, ALLOT, TIME_LEFT, RUN] = [0, 1, 2, 3, 4, 5];
/** By code: what follows the time on an event's line, up to its number. */
const TEXT_OF: readonly string[] = [
  ' ] FINISHED JOB ',
  ' ] IO_START by JOB ',
  ' ] BOOST ( every ',
  ' ] JOB BEGINS by JOB ',
  ' ] IO_DONE by JOB ',
];
const SAID: readonly AsciiLabel[] = TEXT_OF.map(asciiLabel);
/** What follows a line of SAID: after a boost's interval; after an I/O's start, its own line (then a newline). */
const BOOST_END = asciiLabel(' )\n');
const IO_DONE_LINE = asciiLabel('\nIO DONE');
/** The most a line of SAID and what follows it take. */
const SAID_ROOM = 24 + MAX_INT_CHARS + IO_DONE_LINE.length + 1;

/**
 * mlfq.py's trace, tick by tick as the run reaches it. Who ran and every arrival, I/O, boost and finish come
 * from the run; the level printed is the running job's as the run's events set it (arrival at the top, `demote`,
 * `boost`); the TICKS and ALLOT columns are the counters mlfq.py prints, kept here per job from those events.
 * A tick is printed once the run is past it (its events all logged, its runner known).
 */
function mlfqReader({ jobs, setup }: MlfqProblem): RunReader {
  const queues = setup.quanta.length;
  const top = queues - 1;
  const count = jobs.length;
  /** the level our run's events give each job; -1 before it arrives */
  const runLevel = new Int32Array(count).fill(-1);
  const arrived: number[] = [];
  // mlfq.py's counters, per job
  const level = new Int32Array(count);
  const ticks = Float64Array.from(jobs, () => setup.quanta[0] as number);
  const allot = Float64Array.from(jobs, () => setup.allotments[0] as number);
  const left = Float64Array.from(jobs, (j) => j.run);
  const done = new Uint8Array(count);
  const fresh = (job: number, to: number) => {
    level[job] = to;
    ticks[job] = setup.quanta[to] as number;
    allot[job] = setup.allotments[to] as number;
  };
  const runner = new TickRunner();
  const pending = new PendingEvents();
  let ran = -1;
  let expired = false;
  let t = 0;
  /**
   * The tick's events in OSTEP's order: the code, job and rank (rankOf) of each, the first `events` of each array,
   * kept from tick to tick (emptying an array each tick, as its length, cost a tenth of the text).
   */
  let atCode = new Int32Array(64);
  let atJob = new Int32Array(64);
  let atRank = new Int32Array(64);
  let events = 0;
  // A line is the time (`clock`) and the rest (`runs`, a row per job): from one line to the next the numbers in
  // them mostly count up or down by one, which changes a digit or two of the line kept, not the whole.
  const clock = new NumberedLines(['[ time ', '']);
  const runs = new NumberedLines(RUN_LINE);
  // The last job first: its row makes room for every row at once.
  for (let job = count - 1; job >= 0; job--) {
    runs.set(job, JOB, job);
    runs.set(job, RUN, (jobs[job] as OstepMlfqJob).run);
  }

  // Written in place like a tick's line: an arrival, an I/O's start or end, a finish or a boost, with what follows.
  // The job's number is written each time: a label kept per job (its I/O lines whole, copied) took fewer
  // instructions but more time, its 2,400 labels of the large problem read far apart and seldom from the cache.
  const said = (w: AsciiWriter, code: number, n: number) => {
    clock.set(0, 0, t);
    const buf = w.reserve(clock.longest + SAID_ROOM);
    let i = clock.put(buf, w.written(), 0);
    i = putBytes(buf, i, SAID[code] as AsciiLabel);
    i = writeInt(buf, i, n);
    if (code === BOOST) i = putBytes(buf, i, BOOST_END);
    else {
      if (code === IO_START) i = putBytes(buf, i, IO_DONE_LINE);
      buf[i++] = 10;
    }
    w.commit(i);
  };

  /** The events logged at tick t, in OSTEP's order: the end of the last tick's run, then the boost, arrivals, I/O. */
  function eventsAt(w: AsciiWriter): void {
    events = 0;
    for (let e = pending.upTo(t); e !== undefined; e = pending.upTo(t)) collect(e);
    if (ran >= 0) {
      const job = ran;
      if (setup.stay && startsIo(job)) fresh(job, level[job] as number);
      if (!done[job] && expired) {
        allot[job] = (allot[job] as number) - 1;
        if (allot[job] === 0) fresh(job, Math.min((level[job] as number) + 1, top));
        else ticks[job] = setup.quanta[level[job] as number] as number;
      }
      ran = -1;
    }
    for (let e = 0; e < events; e++) {
      const code = atCode[e] as number;
      if (code === BOOST) {
        said(w, code, setup.boost);
        for (let j = 0; j < count; j++) if (!done[j]) fresh(j, 0);
      } else said(w, code, atJob[e] as number);
    }
  }

  function startsIo(job: number): boolean {
    for (let e = 0; e < events; e++) if (atCode[e] === IO_START && atJob[e] === job) return true;
    return false;
  }

  /** Puts the event in its place among the tick's (a tick has a few: inserted, stable, as they come). */
  function add(code: number, job: number): void {
    if (events === atCode.length) {
      atCode = grown(atCode);
      atJob = grown(atJob);
      atRank = grown(atRank);
    }
    const rank = rankOf(code, job);
    let e = events++;
    for (; e > 0 && (atRank[e - 1] as number) > rank; e--) {
      atCode[e] = atCode[e - 1] as number;
      atJob[e] = atJob[e - 1] as number;
      atRank[e] = atRank[e - 1] as number;
    }
    atCode[e] = code;
    atJob[e] = job;
    atRank[e] = rank;
  }

  function collect(e: SimEvent): void {
    // One load of the kind (a switch): events come in many shapes, so each load of it is a generic one.
    switch (e.kind) {
      case 'arrive':
        runLevel[e.pid] = 0;
        arrived.push(e.pid);
        add(ARRIVE, e.pid);
        break;
      case 'demote':
        runLevel[e.pid] = e.to;
        break;
      case 'boost':
        for (const job of arrived) runLevel[job] = 0;
        add(BOOST, -1);
        break;
      case 'ioStart':
        add(IO_START, e.pid);
        break;
      case 'ioDone':
        add(IO_DONE, e.pid);
        break;
      case 'exit':
        add(FINISH, e.pid);
    }
  }

  /**
   * The ticks from t up to `end` but the events at `end`: each tick's events, then its line. A job runs on with no
   * event between its lines until its stretch ends, an event comes, its quantum runs out or it finishes: those
   * lines are written in one go, the events and counters of the ticks between them being none and unchanged.
   */
  function linesTo(w: AsciiWriter, end: number): void {
    while (t < end) {
      eventsAt(w);
      const job = runner.at(t);
      if (job === null) {
        w.ascii('[ time ');
        w.int(t);
        w.ascii(' ] IDLE\n');
        t++;
        continue;
      }
      const tick = ticks[job] as number;
      const rest = left[job] as number;
      const n = Math.min(runner.until, pending.nextTick(), end, t + tick, t + rest) - t;
      runLines(w, job, n, tick, rest);
      ticks[job] = tick - n;
      left[job] = rest - n;
      if (rest === n) done[job] = 1;
      ran = job;
      expired = tick === n;
      t += n;
    }
  }

  /** n ticks from t run by `job` at one priority, its TICKS and TIME counted down from `tick` and `rest`. */
  function runLines(w: AsciiWriter, job: number, n: number, tick: number, rest: number): void {
    runs.set(job, PRIORITY, top - (runLevel[job] as number));
    runs.set(job, ALLOT, allot[job] as number);
    const room = clock.longest + runs.longest;
    // Written in place: these lines are most of the text.
    for (let k = 1; k <= n; k++) {
      clock.set(0, 0, t + k - 1);
      runs.set(job, TICKS, tick - k);
      runs.set(job, TIME_LEFT, rest - k);
      const buf = w.reserve(room);
      w.commit(runs.put(buf, clock.put(buf, w.written(), 0), job));
    }
  }

  return {
    // A chunk's events and segments live until it is read: small chunks let them die in V8's young generation
    // (with 1,024 they often outlived two scavenges, and the old space grew by about a byte per byte printed).
    limits: { events: 256, ticks: 256 },
    // What `collect` reads.
    reads: ['arrive', 'demote', 'boost', 'ioStart', 'ioDone', 'exit'],
    read(c, w) {
      runner.take(c);
      pending.take(c);
      linesTo(w, c.through);
    },
    end(r, w) {
      // The events at the last tick (the last finish) close the trace.
      linesTo(w, r.ticks);
      eventsAt(w);
      const figures = mlfqJobs(r);
      w.line('');
      w.line('Final statistics:');
      for (const j of figures)
        w.line(
          `  Job ${pad(j.id, 2)}: startTime ${pad(j.firstRun - j.response, 3)} - response ${pad(j.response, 3)} - turnaround ${pad(j.turnaround, 3)}`,
        );
      const mean = (f: (j: (typeof figures)[number]) => number) => figures.reduce((x, j) => x + f(j), 0) / count;
      w.line('');
      w.line(
        `  Avg ${pad(count - 1, 2)}: startTime n/a - response ${pyFixed2(mean((j) => j.response))} - turnaround ${pyFixed2(mean((j) => j.turnaround))}`,
      );
      w.line('');
      w.line('');
    },
  };
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(2 * a.length);
  bigger.set(a);
  return bigger;
}
