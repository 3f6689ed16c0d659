import { runMultiCpu } from '../../sched/multiCpu/multiCpuRun';
import type { MultiCpuJob } from '../../sched/multiCpu/multiCpuTypes';
import { CACHE_LIMITS } from '../../scenario/processSchema';
import { DEFAULT_NEEDS, DEFAULT_NODE, DEFAULT_OPTIONS } from '../../scenario/defaults';
import { LIMITS, type Scenario } from '../../scenario/types';
import { MAX_QUANTUM } from '../../sched/configFields';
import { jobsInOrder } from '../fits';
import { pySeed } from '../pyRandom';
import { translatedFrom } from '../workloadScript';
import type { MultiOptions } from './multiFlags';
import { multiProblem, multiRunConfig } from './multiJobs';

/** Our scenario seed is an unsigned 32-bit integer; Python seeds with |seed|. */
const MAX_SEED = 0xffff_ffff;

/** A job's name as the scenario's process name: multi.py's own where it is one. */
const nameOf = (job: MultiCpuJob, i: number): string =>
  job.name.length > 0 && job.name.length <= LIMITS.maxNameLength ? job.name : `J${i}`;

/** The flags a problem came from, for the scenario's description. */
function sourceOf(v: MultiOptions): string {
  const jobs = v.job_list === '' ? `-j ${v.job_num} -R ${v.max_run} -W ${v.max_wset}` : `-L ${v.job_list}`;
  const affinity = v.affinity === '' ? '' : ` -A ${v.affinity}`;
  const queues = v.per_cpu_queues ? ` -p -P ${v.peek_interval}` : '';
  const cache = `-w ${v.warmup_time} -r ${v.warm_rate} -M ${v.cache_size}`;
  return `${jobs}${affinity} -n ${v.num_cpus} -q ${v.time_slice}${queues} ${cache}${v.random_order ? ' -o' : ''} -s ${v.seed}`;
}

/** Why multi.py's numbers do not fit a scenario, or null. */
function unfit(v: MultiOptions, jobs: readonly MultiCpuJob[]): string | null {
  if (Math.abs(v.seed) > MAX_SEED) return `-s/--seed must be between -${MAX_SEED} and ${MAX_SEED} (got ${v.seed})`;
  if (v.num_cpus < 1 || v.num_cpus > LIMITS.maxCpus)
    return `-n/--num_cpus: a node has 1 to ${LIMITS.maxCpus} CPUs (got ${v.num_cpus})`;
  if (v.time_slice < 1 || v.time_slice > MAX_QUANTUM)
    return `-q/--quantum must be between 1 and ${MAX_QUANTUM} ticks (got ${v.time_slice})`;
  if (v.warm_rate < 1 || v.warm_rate > CACHE_LIMITS.maxWarmRate)
    return `-r/--warm_rate must be between 1 and ${CACHE_LIMITS.maxWarmRate} (got ${v.warm_rate}; below 1 a warm job never finishes)`;
  if (v.cache_size < 0 || v.cache_size > CACHE_LIMITS.maxSize)
    return `-M/--cache_size must be between 0 and ${CACHE_LIMITS.maxSize} (got ${v.cache_size})`;
  if (v.warmup_time < 0 || v.warmup_time > LIMITS.maxTick)
    return `-w/--warmup_time must be between 0 and ${LIMITS.maxTick} ticks (got ${v.warmup_time})`;
  if (jobs.length > LIMITS.maxProcesses) return `at most ${LIMITS.maxProcesses} jobs (got ${jobs.length})`;
  const peeks = v.per_cpu_queues && v.peek_interval > 0;
  for (const job of jobs) {
    if (job.workingSet < 0 || job.workingSet > CACHE_LIMITS.maxSize)
      return `job ${job.name}: a working set from 0 to ${CACHE_LIMITS.maxSize} (got ${job.workingSet})`;
    if (job.runTime > LIMITS.maxTick)
      return `job ${job.name}: a run time of at most ${LIMITS.maxTick} (got ${job.runTime})`;
    // A job of run time 0 or less runs one tick in multi.py, as a burst of 1 does; but multi.py's steal check
    // compares CPU numbers with the run time itself, which the burst no longer holds.
    if (peeks && job.runTime < 1 && job.affinity.length > 0)
      return `job ${job.name}: a run time of ${job.runTime} with an affinity, under stealing: multi.py's steal check compares CPU numbers with the run time, which a scenario's burst (1 tick, as multi.py runs it) does not keep`;
  }
  return null;
}

/**
 * multi.py's problem as one of our scenarios: job i is process i (its name kept), arriving at 0 with one CPU burst
 * of its run time (at least 1: multi.py runs a job of 0 for one tick), its working set and affinity, on -n CPUs
 * with caches of -M units that warm after -w ticks and then run -r units a tick; scheduled by MULTI_CPU with a
 * global quantum, one shared queue or a queue per CPU peeking every -P ticks with multi.py's own steal check, the
 * random choices drawn from Python's stream after those the random job list took. A problem multi.py never
 * finishes, or fails on, is refused with the reason.
 */
export function multiScenario(v: MultiOptions): Scenario | string {
  const random = pySeed(v.seed);
  const problem = multiProblem(v, random);
  if (problem.kind === 'error') return problem.error;
  if (problem.kind === 'exit') return `multi.py refuses this problem: ${problem.text.split('\n').at(-2) as string}`;
  const jobs = problem.jobs;
  const why = unfit(v, jobs);
  if (why) return why;
  const run = runMultiCpu(jobs, multiRunConfig(v), random);
  if (typeof run === 'string') return run;
  return scenarioOf(v, jobs);
}

/**
 * multiScenario for the jobs of a problem whose run has ended (the answer's, run on the same flags): only whether
 * the numbers fit a scenario is left to check, not the run again.
 */
export function ranScenario(v: MultiOptions, jobs: readonly MultiCpuJob[]): Scenario | string {
  return unfit(v, jobs) ?? scenarioOf(v, jobs);
}

function scenarioOf(v: MultiOptions, jobs: readonly MultiCpuJob[]): Scenario {
  const drawOffset = v.job_list === '' ? 2 * jobs.length : 0;
  return {
    format: 'bcos-scenario',
    version: 3,
    title: 'OSTEP multi.py',
    description: translatedFrom('cpu-sched-multi/multi.py', sourceOf(v)),
    seed: Math.abs(v.seed),
    node: {
      ...DEFAULT_NODE,
      cpus: v.num_cpus,
      gpus: 0,
      connections: [],
      cache: { size: v.cache_size, warmRate: v.warm_rate, warmupTime: v.warmup_time },
    },
    scheduler: {
      policy: 'MULTI_CPU',
      quantum: v.time_slice,
      queues: v.per_cpu_queues ? 'perCpu' : 'shared',
      globalQuantum: true,
      peekInterval: Math.max(0, v.peek_interval),
      stealCheck: 'multi.py',
      ...(v.random_order && { randomOrder: true }),
      ...(drawOffset > 0 && { drawOffset }),
    },
    // The quantum's end puts each CPU's process back in its queue before an empty queue peeks (multi.py's order).
    options: { ...DEFAULT_OPTIONS, requeueOrder: 'preemptedFirst' },
    processes: jobs.map((job, i) => ({
      pid: i,
      name: nameOf(job, i),
      type: 'USER',
      priority: 0,
      arrival: 0,
      bursts: [Math.max(1, job.runTime)],
      workingSet: job.workingSet,
      ...(job.affinity.length > 0 && { affinity: [...new Set(job.affinity)].sort((a, b) => a - b) }),
      needs: { ...DEFAULT_NEEDS },
    })),
    operations: [],
  };
}

/** The flags that give this scenario back as a multi.py command, or why it does not fit multi.py. */
export function multiFlagsOf(s: Scenario): string[] | string {
  const cfg = s.scheduler;
  if (cfg.policy !== 'MULTI_CPU')
    return `multi.py schedules with its multiprocessor queues; the scenario uses ${cfg.policy}`;
  if (!cfg.globalQuantum)
    return 'multi.py reschedules every CPU at each multiple of the quantum; turn on the global quantum';
  if (cfg.stealCheck !== 'multi.py') return "multi.py steals by its own check; set the steal check to 'multi.py'";
  if ((cfg.drawOffset ?? 0) > 0)
    return `the random choices skip ${cfg.drawOffset} Python random numbers, which only multi.py's random job list (-j) does`;
  const cache = s.node.cache;
  if (!cache) return 'multi.py models per-CPU caches; the scenario has no node.cache';
  if (s.node.gpus > 0 || s.memory || s.heap || s.fs || s.network || s.operations.length > 0)
    return 'multi.py models CPUs and their caches only; the scenario has more (GPUs, memory, a heap, files, a network or operations)';
  if (s.options.contextSwitchCost !== 0 || s.options.requeueOrder !== 'preemptedFirst')
    return "multi.py switches for free and requeues a CPU's job before an empty queue peeks (requeueOrder 'preemptedFirst')";
  const jobs = jobsInOrder(s);
  const unfitJob = jobs.find((p) => p.arrival !== 0 || p.bursts.length !== 1 || /[:,]/.test(p.name));
  if (unfitJob)
    return `multi.py's jobs arrive at 0 with one CPU burst, named without ':' or ','; ${unfitJob.name} does not fit`;
  const list = jobs.map((p) => `${p.name}:${p.bursts[0] as number}:${p.workingSet ?? 0}`).join(',');
  const affinity = jobs.flatMap((p) => (p.affinity ? [`${p.name}:${p.affinity.join('.')}`] : [])).join(',');
  return [
    '-n',
    String(s.node.cpus),
    '-L',
    list,
    ...(affinity === '' ? [] : ['-A', affinity]),
    ...(cfg.queues === 'perCpu' ? ['-p'] : []),
    '-q',
    String(cfg.quantum),
    '-P',
    String(cfg.peekInterval),
    '-w',
    String(cache.warmupTime),
    '-r',
    String(cache.warmRate),
    '-M',
    String(cache.size),
    ...(cfg.randomOrder ? ['-o'] : []),
    '-s',
    String(s.seed),
  ];
}
