import { cacheArrive, cacheRun, cacheTick, emptyCache, type CacheEvent, type CpuCache } from '../../kernel/cacheWarmth';
import { pyChoice, pyShuffle, type PyRandomState } from '../../ostep/pyRandom';
import type {
  CpuTick,
  MultiCpuConfig,
  MultiCpuDecision,
  MultiCpuJob,
  MultiCpuRun,
  MultiCpuStats,
  MultiCpuTick,
  StealReason,
} from './multiCpuTypes';

const allowed = (job: MultiCpuJob, cpu: number): boolean => job.affinity.length === 0 || job.affinity.includes(cpu);

/**
 * Deals `count` jobs (numbered in order) out to one queue per CPU, as multi.py does: each round, each CPU takes the
 * first job left that may run on it. Every job must be allowed on some CPU.
 */
export function dealOut(count: number, cpus: number, allowedOn: (job: number, cpu: number) => boolean): number[][] {
  const queues: number[][] = Array.from({ length: cpus }, () => []);
  const left = Array.from({ length: count }, (_, j) => j);
  while (left.length > 0)
    for (let cpu = 0; cpu < cpus; cpu++) {
      const at = left.findIndex((j) => allowedOn(j, cpu));
      if (at >= 0) (queues[cpu] as number[]).push(...left.splice(at, 1));
    }
  return queues;
}

/** Why an idle queue's CPU may steal this job, or undefined when it may not (see StealCheck). */
export function stealReason(
  job: { affinity: readonly number[]; runTime: number; workingSet: number },
  cpu: number,
  check: MultiCpuConfig['stealCheck'],
): StealReason | undefined {
  if (job.affinity.length === 0) return 'any-cpu';
  if (check === 'affinity') return job.affinity.includes(cpu) ? 'affinity' : undefined;
  return cpu === job.runTime || cpu === job.workingSet ? 'multi.py-record' : undefined;
}

/**
 * Runs the jobs to their ends as multi.py does, tick by tick: the quantum's end puts every running job back in its
 * queue, then (at a peek) idle queues steal, then idle CPUs take the first job in their queue that may run on
 * them, then every busy CPU runs its job one tick at its cache's rate. `random` draws the CPU order (-o) and
 * the queue an idle one peeks at, as Python's random module does. Refused (a message) where multi.py fails or
 * never ends.
 */
export function runMultiCpu(
  jobs: readonly MultiCpuJob[],
  config: MultiCpuConfig,
  random: PyRandomState,
): MultiCpuRun | string {
  const started = startMultiCpu(jobs, config, random);
  if (typeof started === 'string') return started;
  const ticks: MultiCpuTick[] = [];
  let next = started.ticks.next();
  for (; !next.done; next = started.ticks.next()) ticks.push(next.value);
  return typeof next.value === 'string' ? next.value : { queues: started.queues, ticks, ...next.value };
}

/** What a run keeps of its ticks: everything but the ticks themselves. */
export type MultiCpuEnd = Omit<MultiCpuRun, 'queues' | 'ticks'>;

/**
 * A run under way: the queues before its first tick, and its ticks as they are run (a long trace is printed a tick
 * at a time, never held), ending in what the run keeps, or where multi.py fails partway.
 */
export interface MultiCpuStart {
  queues: string[][];
  ticks: Generator<MultiCpuTick, MultiCpuEnd | string>;
}

/** runMultiCpu a tick at a time; refused up front where multi.py fails before its first tick. */
export function startMultiCpu(
  jobs: readonly MultiCpuJob[],
  config: MultiCpuConfig,
  random: PyRandomState,
): MultiCpuStart | string {
  const { cpus, quantum, perCpuQueues, peekInterval, cache: model } = config;
  if (!Number.isSafeInteger(cpus) || cpus < 1) return `there must be at least one CPU (got ${cpus})`;
  if (quantum === 0) return 'the quantum must not be 0 (multi.py divides by it)';
  const nowhere = jobs.find((j) => j.affinity.length > 0 && j.affinity.every((c) => c < 0 || c >= cpus));
  if (nowhere) return `job ${nowhere.name} may run only on CPUs that do not exist (there are ${cpus})`;
  const shared = jobs.map((_, i) => i);
  const queues = perCpuQueues
    ? dealOut(jobs.length, cpus, (j, cpu) => allowed(jobs[j] as MultiCpuJob, cpu))
    : Array.from({ length: cpus }, () => shared);
  const shownQueues = (): string[][] =>
    (perCpuQueues ? queues : [shared]).map((q) => q.map((j) => (jobs[j] as MultiCpuJob).name));
  const first = shownQueues();
  const sets = new Map(jobs.map((j) => [j.name, j.workingSet]));
  const workingSet = (name: string): number => sets.get(name) ?? 0;
  const caches: CpuCache<string>[] = Array.from({ length: cpus }, () => emptyCache<string>());
  const current: (number | null)[] = Array.from({ length: cpus }, () => null);
  const left = jobs.map((j) => j.runTime);
  const finish = jobs.map(() => 0);
  const stats: MultiCpuStats[] = Array.from({ length: cpus }, () => ({ ran: 0, warm: 0 }));
  const decisions: MultiCpuDecision[] = [];
  const cacheEvents = (t: number, events: CacheEvent<string>[]): string | undefined => {
    for (const event of events) {
      decisions.push({ kind: 'cache', t, event });
      if (event.kind === 'overflow')
        return `CPU ${event.cpu}'s cache is over its size (${model.size}) with nothing left to push out (multi.py fails with an IndexError)`;
    }
    return undefined;
  };
  function* ticks(): Generator<MultiCpuTick, MultiCpuEnd | string> {
    let finished = 0;
    let t = 0;
    for (; finished < jobs.length; t++) {
      if ((t + 1) * cpus > config.maxCpuTicks)
        return `the run passes ${config.maxCpuTicks} CPU-ticks (ticks × CPUs) without finishing every job (a warm rate of 0 or less never finishes a warm job; multi.py would print on forever)`;
      const interrupt = t > 0 && t % quantum === 0;
      if (interrupt)
        for (let cpu = 0; cpu < cpus; cpu++) {
          const j = current[cpu];
          if (j === null || j === undefined) continue;
          current[cpu] = null;
          (queues[cpu] as number[]).push(j);
          decisions.push({
            kind: 'preempt',
            t,
            cpu,
            job: (jobs[j] as MultiCpuJob).name,
            queue: perCpuQueues ? cpu : null,
          });
        }
      if (perCpuQueues && peekInterval > 0 && t > 0 && t % peekInterval === 0)
        for (let cpu = 0; cpu < cpus; cpu++) {
          const mine = queues[cpu] as number[];
          if (mine.length > 0) continue;
          const others = Array.from({ length: cpus }, (_, c) => c).filter((c) => c !== cpu);
          if (others.length === 0)
            return 'with a queue per CPU and one CPU, an idle CPU has no other queue to peek at (multi.py fails choosing from an empty list): use -P 0 or more CPUs';
          const from = pyChoice(random, others);
          const theirs = queues[from] as number[];
          const at = theirs.findIndex((j) => stealReason(jobs[j] as MultiCpuJob, cpu, config.stealCheck) !== undefined);
          const j = theirs[at];
          if (j === undefined) {
            decisions.push({ kind: 'peek', t, cpu, from, found: false });
            continue;
          }
          theirs.splice(at, 1);
          mine.push(j);
          const job = jobs[j] as MultiCpuJob;
          decisions.push({
            kind: 'steal',
            t,
            cpu,
            from,
            job: job.name,
            reason: stealReason(job, cpu, config.stealCheck) as StealReason,
          });
        }
      const order = Array.from({ length: cpus }, (_, c) => c);
      if (config.randomOrder) pyShuffle(random, order);
      for (const cpu of order) {
        if (current[cpu] !== null) continue;
        const queue = queues[cpu] as number[];
        const at = queue.findIndex((j) => allowed(jobs[j] as MultiCpuJob, cpu));
        const j = queue[at];
        if (j === undefined) continue;
        queue.splice(at, 1);
        current[cpu] = j;
        const name = (jobs[j] as MultiCpuJob).name;
        decisions.push({ kind: 'dispatch', t, cpu, job: name, passedOver: at, queue: perCpuQueues ? cpu : null });
        const failed = cacheEvents(t, cacheArrive(caches[cpu] as CpuCache<string>, model, cpu, name, workingSet));
        if (failed) return failed;
      }
      const ran: (CpuTick | null)[] = [];
      for (let cpu = 0; cpu < cpus; cpu++) {
        const j = current[cpu];
        if (j === null || j === undefined) {
          ran.push(null);
          continue;
        }
        const name = (jobs[j] as MultiCpuJob).name;
        const cache = caches[cpu] as CpuCache<string>;
        const run = cacheRun(cache, model, cpu, name);
        const s = stats[cpu] as MultiCpuStats;
        s.ran++;
        if (run.rate > model.coldRate) s.warm++;
        left[j] = Math.max((left[j] as number) - run.rate, 0);
        ran.push({
          job: name,
          left: left[j] as number,
          warm: run.reason.kind === 'warm',
          rate: run.rate,
          reason: run.reason,
        });
        const failed = cacheEvents(t, cacheTick(cache, model, cpu, name, workingSet));
        if (failed) return failed;
        if ((left[j] as number) <= 0) {
          current[cpu] = null;
          finish[j] = t + 1;
          finished++;
          decisions.push({ kind: 'finish', t: t + 1, cpu, job: name });
        }
      }
      const warm = caches.map((c) => c.contents.slice());
      yield { t, interrupt, cpus: ran, warm, queues: shownQueues() };
    }
    return { decisions, finish, stats, time: t };
  }
  return { queues: first, ticks: ticks() };
}
