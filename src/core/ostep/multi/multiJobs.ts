import type { MultiCpuConfig, MultiCpuJob } from '../../sched/multiCpu/multiCpuTypes';
import { pyInt } from '../pyNumber';
import { pyRandom, type PyRandomState } from '../pyRandom';
import type { MultiOptions } from './multiFlags';

/**
 * multi.py's jobs and affinities as it reads them, with the lines it prints on the way. `exit`: multi.py's own
 * message for a bad list, after which it exits with status 1 (the lines so far are printed). `error`: where it
 * fails with a traceback instead (int() of something that is not a whole number).
 */
export type MultiProblem =
  | { kind: 'jobs'; jobs: MultiCpuJob[]; text: string }
  | { kind: 'exit'; text: string }
  | { kind: 'error'; error: string };

/** Beyond this many CPU-ticks multi.py's trace runs to gigabytes; a warm rate of 0 never ends. */
const MAX_CPU_TICKS = 1_000_000;

/** multi.py's flags as the multiprocessor model's configuration: what the answer and the played scenario both run. */
export function multiRunConfig(v: MultiOptions, maxCpuTicks = MAX_CPU_TICKS): MultiCpuConfig {
  return {
    cpus: v.num_cpus,
    quantum: v.time_slice,
    perCpuQueues: v.per_cpu_queues,
    peekInterval: v.peek_interval,
    randomOrder: v.random_order,
    stealCheck: 'multi.py',
    cache: { size: v.cache_size, warmRate: v.warm_rate, coldRate: 1, warmupTime: v.warmup_time },
    maxCpuTicks,
  };
}

/** Random jobs' sizes are drawn as floats: beyond this Python's int() and ours part ways. */
const MAX_DRAWN = 1e15;

/** `-j` jobs drawn from the seed, written as the list -L would give: run time and working set in tens. */
export function drawnJobList(v: MultiOptions, random: PyRandomState): string {
  const entries: string[] = [];
  for (let j = 0; j < v.job_num; j++) {
    const run = Math.trunc((pyRandom(random) * v.max_run) / 10) * 10;
    const wset = Math.trunc((pyRandom(random) * v.max_wset) / 10) * 10;
    entries.push(`${j}:${run}:${wset}`);
  }
  return entries.join(',');
}

/** Reads the job list (-L, or drawn) and the affinities (-A) as multi.py does. */
export function multiProblem(v: MultiOptions, random: PyRandomState): MultiProblem {
  if (Math.abs(v.max_run) > MAX_DRAWN || Math.abs(v.max_wset) > MAX_DRAWN)
    return { kind: 'error', error: `-R/--max_run and -W/--max_wset must be at most ${MAX_DRAWN} either way` };
  const list = v.job_list === '' ? drawnJobList(v, random) : v.job_list;
  const jobs: MultiCpuJob[] = [];
  let text = '';
  for (const entry of list.split(',')) {
    const parts = entry.split(':');
    if (parts.length !== 3)
      return {
        kind: 'exit',
        text: `${text}bad job description [${entry}]: needs triple of name:runtime:working_set_size\n`,
      };
    const [name, run, wset] = parts as [string, string, string];
    const runTime = pyInt(run);
    const workingSet = pyInt(wset);
    if (runTime === undefined || workingSet === undefined)
      return {
        kind: 'error',
        error: `-L/--job_list: ${JSON.stringify(entry)}: the run time and working-set size must be whole numbers (multi.py's int() fails)`,
      };
    text += `Job name:${name} run_time:${runTime} working_set_size:${workingSet}\n`;
    if (jobs.some((j) => j.name === name)) return { kind: 'exit', text: `${text}repeated job name ${name}\n` };
    jobs.push({ name, runTime, workingSet, affinity: [] });
  }
  text += '\n';
  if (v.affinity === '') return { kind: 'jobs', jobs, text };
  for (const entry of v.affinity.split(',')) {
    const parts = entry.split(':');
    if (parts.length !== 2) return { kind: 'exit', text: `${text}bad affinity spec ${v.affinity}\n` };
    const [name, cpus] = parts as [string, string];
    const job = jobs.find((j) => j.name === name);
    if (!job) return { kind: 'exit', text: `${text}job name ${name} in affinity list does not exist\n` };
    for (const raw of cpus.split('.')) {
      const cpu = pyInt(raw);
      if (cpu === undefined)
        return {
          kind: 'error',
          error: `-A/--affinity: ${JSON.stringify(raw)} in ${JSON.stringify(entry)} is not a CPU number (multi.py's int() fails)`,
        };
      job.affinity.push(cpu);
      if (cpu < 0 || cpu >= v.num_cpus)
        return { kind: 'exit', text: `${text}bad cpu ${cpu} specified in affinity ${v.affinity}\n` };
    }
  }
  return { kind: 'jobs', jobs, text };
}
