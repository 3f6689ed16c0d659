import { LIMITS } from '../../core/index';
import { mlfqAnswers, type MlfqAnswers } from '../../core/ostep/mlfqAnswers';
import { ostepMlfqScenario, ostepRandomMlfqJobs, type OstepMlfqJob, type OstepMlfqSetup } from '../../core/ostep/mlfqWorkload';
import { pyFixed2 } from '../../core/ostep/pyFormat';
import type { CliIo, HandlerRun } from '../runCli';
import { optparse, type OptSpec, type OptValues } from './optparse';

/** OSTEP cpu-sched-mlfq/mlfq.py's options (same names, defaults and types), plus our --json. */
const SPECS: readonly OptSpec[] = [
  { short: '-s', long: '--seed', dest: 'seed', type: 'int' },
  { short: '-n', long: '--numQueues', dest: 'numQueues', type: 'int' },
  { short: '-q', long: '--quantum', dest: 'quantum', type: 'int' },
  { short: '-a', long: '--allotment', dest: 'allotment', type: 'int' },
  { short: '-Q', long: '--quantumList', dest: 'quantumList', type: 'string' },
  { short: '-A', long: '--allotmentList', dest: 'allotmentList', type: 'string' },
  { short: '-j', long: '--numJobs', dest: 'numJobs', type: 'int' },
  { short: '-m', long: '--maxlen', dest: 'maxlen', type: 'int' },
  { short: '-M', long: '--maxio', dest: 'maxio', type: 'int' },
  { short: '-B', long: '--boost', dest: 'boost', type: 'int' },
  { short: '-i', long: '--iotime', dest: 'ioTime', type: 'int' },
  { short: '-S', long: '--stay', dest: 'stay', type: 'flag' },
  { short: '-I', long: '--iobump', dest: 'iobump', type: 'flag' },
  { short: '-l', long: '--jlist', dest: 'jlist', type: 'string' },
  { short: '-c', dest: 'solve', type: 'flag' },
  { short: '-h', long: '--help', dest: 'help', type: 'flag' },
  { long: '--json', dest: 'json', type: 'flag', exactOnly: true },
];
const DEFAULTS: OptValues = {
  seed: 0, numQueues: 3, quantum: 10, allotment: 1, quantumList: '', allotmentList: '', numJobs: 3, maxlen: 100, maxio: 10,
  boost: 0, ioTime: 5, stay: false, iobump: false, jlist: '', solve: false, help: false, json: false,
};

/** Ticks we are willing to simulate (the JSON timeline has one entry per tick): bounds one command's run time. */
export const MAX_MLFQ_TICKS = 1_000_000;

export const MLFQ_USAGE = `Usage: sim ostep mlfq [options]      (OSTEP cpu-sched-mlfq/mlfq.py, run on our simulator)
  -s SEED, --seed=SEED                 the random seed (default 0)
  -n NUMQUEUES, --numQueues=NUMQUEUES  number of queues (default 3; ignored with -Q)
  -q QUANTUM, --quantum=QUANTUM        time slice of every queue in ticks (default 10; ignored with -Q)
  -a ALLOTMENT, --allotment=ALLOTMENT  allotment of every queue in quanta (default 1; ignored with -A)
  -Q QUANTUMLIST, --quantumList=...    time slice per queue, highest queue first, e.g. 10,20,40
  -A ALLOTMENTLIST, --allotmentList=.. allotment per queue in quanta, highest queue first
  -j NUMJOBS, --numJobs=NUMJOBS        number of random jobs (default 3)
  -m MAXLEN, --maxlen=MAXLEN           max run time of a random job (default 100)
  -M MAXIO, --maxio=MAXIO              max I/O frequency of a random job (default 10)
  -B BOOST, --boost=BOOST              boost every job to the top queue every BOOST ticks (default 0 = never)
  -i IOTIME, --iotime=IOTIME           ticks each I/O takes (default 5; at least 1 here)
  -S, --stay                           issuing I/O resets the quantum and allotment at the job's level
  -I, --iobump                         a job whose I/O completes goes to the front of its queue
  -l JLIST, --jlist=JLIST              jobs as start,run,ioFreq:start,run,ioFreq:... (ioFreq 0 = no I/O)
  -c                                   compute the answers
  --json                               print the answers as one JSON object (docs: OSTEP OUTPUT.md, "mlfq")`;

type Problem = { jobs: OstepMlfqJob[]; setup: OstepMlfqSetup; v: OptValues };

/** `sim ostep mlfq ...`: exit 0, or 2 with one message naming the flag, or 1 for a failure of ours. */
export function runOstepMlfq(argv: readonly string[], io: CliIo, run: (input: unknown) => HandlerRun): number {
  const fail = (message: string) => {
    io.err(`sim ostep mlfq: ${message}`);
    return 2;
  };
  const parsed = optparse(argv, SPECS, DEFAULTS);
  if (!parsed.ok) return fail(`${parsed.error}\n${MLFQ_USAGE}`);
  const v = parsed.values;
  if (v.help) {
    io.out(MLFQ_USAGE);
    return 0;
  }
  const problem = problemOf(v);
  if (typeof problem === 'string') return fail(problem);
  if (!v.solve && !v.json) {
    io.out(problemText(problem) + COMPUTE_HINT);
    return 0;
  }
  const source = v.jlist !== '' ? `-l ${v.jlist as string}` : `-s ${v.seed as number} -j ${v.numJobs as number} -m ${v.maxlen as number} -M ${v.maxio as number}`;
  const outcome = run(ostepMlfqScenario(problem.jobs, problem.setup, source));
  if (!outcome.ok) {
    for (const line of outcome.lines) io.err(line);
    return outcome.code;
  }
  const answers = outcome.result && mlfqAnswers(outcome.result, problem.setup.quanta.length);
  if (!answers) {
    io.err('sim ostep mlfq: the run did not finish every job (a bug of ours)');
    return 1;
  }
  io.out(v.json ? JSON.stringify(answers) : problemText(problem) + solutionText(answers, problem));
  return 0;
}

/** Python's int() of a string: decimal digits with single underscores, a sign and surrounding spaces. */
function pyIntText(raw: string): number | undefined {
  const s = raw.trim();
  if (!/^[+-]?\d+(?:_\d+)*$/.test(s)) return undefined;
  const n = Number(s.replaceAll('_', ''));
  return Number.isSafeInteger(n) ? n : undefined;
}

function intList(raw: string, flag: string, what: string): number[] | string {
  const out: number[] = [];
  for (const [i, item] of raw.split(',').entries()) {
    const n = pyIntText(item);
    if (n === undefined) return `${flag}: item ${i} is ${JSON.stringify(item)}, which is not a whole number (expected e.g. ${flag.slice(0, 2)} 10,20,40)`;
    if (n < 1 || n > LIMITS.maxTick) return `${flag}: item ${i} is ${n}; each ${what} must be between 1 and ${LIMITS.maxTick}`;
    out.push(n);
  }
  return out;
}

function problemOf(v: OptValues): Problem | string {
  let quanta: number[];
  if (v.quantumList !== '') {
    const q = intList(v.quantumList as string, '-Q/--quantumList', 'quantum (ticks)');
    if (typeof q === 'string') return q;
    if (q.length > LIMITS.maxMlfqLevels) return `-Q/--quantumList lists ${q.length} queues; at most ${LIMITS.maxMlfqLevels}`;
    quanta = q;
  } else {
    const n = v.numQueues as number;
    const quantum = v.quantum as number;
    if (n < 1 || n > LIMITS.maxMlfqLevels) return `-n/--numQueues must be between 1 and ${LIMITS.maxMlfqLevels} (got ${n})`;
    if (quantum < 1 || quantum > LIMITS.maxTick) return `-q/--quantum must be between 1 and ${LIMITS.maxTick} ticks (got ${quantum})`;
    quanta = Array.from({ length: n }, () => quantum);
  }
  let allotments: number[];
  if (v.allotmentList !== '') {
    const a = intList(v.allotmentList as string, '-A/--allotmentList', 'allotment (quanta)');
    if (typeof a === 'string') return a;
    if (a.length !== quanta.length) return `-A/--allotmentList lists ${a.length} allotments; the number of allotments must match the number of queues (${quanta.length})`;
    allotments = a;
  } else {
    const a = v.allotment as number;
    if (a < 1 || a > LIMITS.maxTick) return `-a/--allotment must be between 1 and ${LIMITS.maxTick} quanta (got ${a})`;
    allotments = quanta.map(() => a);
  }
  const boost = v.boost as number;
  if (boost < 0 || boost > LIMITS.maxTick) return `-B/--boost must be between 0 (never) and ${LIMITS.maxTick} ticks (got ${boost})`;
  const ioTime = v.ioTime as number;
  if (ioTime < 1 || ioTime > LIMITS.maxTick) return `-i/--iotime must be between 1 and ${LIMITS.maxTick} ticks here (got ${ioTime}; our I/O bursts last at least one tick)`;
  const jlist = v.jlist as string;
  let jobs: OstepMlfqJob[];
  let flag: string;
  if (jlist === '') {
    flag = '-j/--numJobs, -m/--maxlen and -M/--maxio';
    const n = v.numJobs as number;
    const maxlen = v.maxlen as number;
    const maxio = v.maxio as number;
    if (n < 1 || n > LIMITS.maxProcesses) return `-j/--numJobs must be between 1 and ${LIMITS.maxProcesses} (got ${n})`;
    if (maxlen < 2 || maxlen > LIMITS.maxTick) return `-m/--maxlen must be between 2 and ${LIMITS.maxTick} ticks (got ${maxlen}; below 2 mlfq.py draws jobs of no run time)`;
    if (maxio < -LIMITS.maxTick || maxio > LIMITS.maxTick) return `-M/--maxio must be at most ${LIMITS.maxTick} ticks (got ${maxio})`;
    jobs = ostepRandomMlfqJobs(v.seed as number, n, maxlen, maxio);
  } else {
    flag = '-l/--jlist';
    const items = jlist.split(':');
    if (items.length > LIMITS.maxProcesses) return `-l/--jlist lists ${items.length} jobs; at most ${LIMITS.maxProcesses}`;
    jobs = [];
    for (const [i, item] of items.entries()) {
      const parts = item.split(',');
      if (parts.length !== 3) return `-l/--jlist: job ${i} is ${JSON.stringify(item)}; each job is startTime,runTime,ioFreq (e.g. -l 0,200,0:100,20,0)`;
      const [start, runTime, ioFreq] = parts.map(pyIntText);
      if (start === undefined || runTime === undefined || ioFreq === undefined) return `-l/--jlist: job ${i} is ${JSON.stringify(item)}; its three values must be whole numbers`;
      if (start < 0 || start > LIMITS.maxTick) return `-l/--jlist: job ${i} starts at ${start}; a start time must be between 0 and ${LIMITS.maxTick}`;
      if (runTime < 1 || runTime > LIMITS.maxTick) return `-l/--jlist: job ${i} has run time ${runTime}; it must be between 1 and ${LIMITS.maxTick} ticks`;
      jobs.push({ start, run: runTime, ioFreq });
    }
  }
  for (const [i, job] of jobs.entries()) {
    const ios = job.ioFreq > 0 ? Math.ceil(job.run / job.ioFreq) - 1 : 0;
    if (2 * ios + 1 > LIMITS.maxBursts) return `${flag}: job ${i} would issue ${ios} I/Os; at most ${(LIMITS.maxBursts - 1) / 2} per job here (use a larger I/O frequency)`;
  }
  // An upper bound on the makespan: the CPU is idle only while no job is ready.
  const bound = jobs.reduce((s, j) => s + j.run + (j.ioFreq > 0 ? Math.ceil(j.run / j.ioFreq) - 1 : 0) * ioTime, Math.max(...jobs.map((j) => j.start)));
  if (bound > MAX_MLFQ_TICKS) return `${flag}: the run could take up to ${bound} ticks; at most ${MAX_MLFQ_TICKS} here (use shorter jobs, fewer jobs or a shorter -i/--iotime)`;
  return { jobs, setup: { quanta, allotments, boost, ioTime, stay: v.stay as boolean, iobump: v.iobump as boolean }, v };
}

const pad = (n: number, width: number) => String(n).padStart(width);
const pyBool = (b: unknown) => (b ? 'True' : 'False');

const COMPUTE_HINT = `Compute the execution trace for the given workloads.
If you would like, also compute the response and turnaround
times for each of the jobs.

Use the -c flag to get the exact results when you are finished.
`;

function problemText({ jobs, setup, v }: Problem): string {
  const n = setup.quanta.length;
  const lines = ['Here is the list of inputs:', `OPTIONS jobs ${jobs.length}`, `OPTIONS queues ${n}`];
  for (let level = 0; level < n; level++) {
    lines.push(`OPTIONS allotments for queue ${pad(n - 1 - level, 2)} is ${pad(setup.allotments[level] as number, 3)}`);
    lines.push(`OPTIONS quantum length for queue ${pad(n - 1 - level, 2)} is ${pad(setup.quanta[level] as number, 3)}`);
  }
  lines.push(`OPTIONS boost ${v.boost as number}`, `OPTIONS ioTime ${v.ioTime as number}`, `OPTIONS stayAfterIO ${pyBool(v.stay)}`, `OPTIONS iobump ${pyBool(v.iobump)}`);
  lines.push('', '', 'For each job, three defining characteristics are given:');
  lines.push('  startTime : at what time does the job enter the system');
  lines.push('  runTime   : the total CPU time needed by the job to finish');
  lines.push('  ioFreq    : every ioFreq time units, the job issues an I/O');
  lines.push('              (the I/O takes ioTime units to complete)', '');
  lines.push('Job List:');
  for (const [i, j] of jobs.entries()) lines.push(`  Job ${pad(i, 2)}: startTime ${pad(j.start, 3)} - runTime ${pad(j.run, 3)} - ioFreq ${pad(j.ioFreq, 3)}`);
  lines.push('', '');
  return lines.join('\n');
}

/**
 * mlfq.py's -c text. Who ran, at which level, and every arrival, I/O, boost and finish come from the run;
 * the TICKS and ALLOT columns are the counters mlfq.py prints, kept here per job from those events.
 */
function solutionText(a: MlfqAnswers, { jobs, setup }: Problem): string {
  const lines = ['', 'Execution Trace:', ''];
  const top = setup.quanta.length - 1;
  const state = jobs.map((j) => ({ level: 0, ticks: setup.quanta[0] as number, allot: setup.allotments[0] as number, left: j.run, done: false }));
  const fresh = (s: (typeof state)[number], level: number) => {
    s.level = level;
    s.ticks = setup.quanta[level] as number;
    s.allot = setup.allotments[level] as number;
  };
  const byTime = new Map<number, MlfqAnswers['events']>();
  for (const e of a.events) byTime.set(e.t, [...(byTime.get(e.t) ?? []), e]);
  let ran: { job: number; expired: boolean } | null = null;
  for (let t = 0; t <= a.makespan; t++) {
    const evs = byTime.get(t) ?? [];
    if (ran) {
      const s = state[ran.job] as (typeof state)[number];
      const io = evs.some((e) => e.type === 'IO_START' && e.job === ran?.job);
      if (io && setup.stay) fresh(s, s.level);
      if (!s.done && ran.expired) {
        s.allot -= 1;
        if (s.allot === 0) fresh(s, Math.min(s.level + 1, top));
        else s.ticks = setup.quanta[s.level] as number;
      }
      ran = null;
    }
    for (const e of evs) {
      if (e.type === 'FINISH') lines.push(`[ time ${t} ] FINISHED JOB ${e.job as number}`);
      else if (e.type === 'IO_START') lines.push(`[ time ${t} ] IO_START by JOB ${e.job as number}`, 'IO DONE');
      else if (e.type === 'BOOST') {
        lines.push(`[ time ${t} ] BOOST ( every ${setup.boost} )`);
        for (const s of state) if (!s.done) fresh(s, 0);
      } else if (e.type === 'ARRIVE') lines.push(`[ time ${t} ] JOB BEGINS by JOB ${e.job as number}`);
      else lines.push(`[ time ${t} ] IO_DONE by JOB ${e.job as number}`);
    }
    if (t === a.makespan) break;
    const tick = a.timeline[t] as MlfqAnswers['timeline'][number];
    if (tick.job === null) {
      lines.push(`[ time ${t} ] IDLE`);
      continue;
    }
    const s = state[tick.job] as (typeof state)[number];
    s.ticks -= 1;
    s.left -= 1;
    if (s.left === 0) s.done = true;
    const job = jobs[tick.job] as OstepMlfqJob;
    lines.push(`[ time ${t} ] Run JOB ${tick.job} at PRIORITY ${tick.ostepPriority as number} [ TICKS ${s.ticks} ALLOT ${s.allot} TIME ${s.left} (of ${job.run}) ]`);
    ran = { job: tick.job, expired: s.ticks === 0 };
  }
  lines.push('', 'Final statistics:');
  for (const j of a.jobs) lines.push(`  Job ${pad(j.id, 2)}: startTime ${pad(j.firstRun - j.response, 3)} - response ${pad(j.response, 3)} - turnaround ${pad(j.turnaround, 3)}`);
  const sum = (f: (j: MlfqAnswers['jobs'][number]) => number) => a.jobs.reduce((x, j) => x + f(j), 0) / a.jobs.length;
  lines.push('', `  Avg ${pad(a.jobs.length - 1, 2)}: startTime n/a - response ${pyFixed2(sum((j) => j.response))} - turnaround ${pyFixed2(sum((j) => j.turnaround))}`, '', '');
  return lines.join('\n');
}
