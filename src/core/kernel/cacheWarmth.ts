/**
 * A CPU's cache as OSTEP's multiprocessor chapter models it: a job that has run long enough on a CPU (the warm-up
 * time) has its working set in that CPU's cache and runs `warmRate` units of work per tick there instead of
 * `coldRate`. The cache holds working sets up to its size; a job that warms a full cache pushes out the working
 * sets warmed longest ago, and each one pushed out must warm again (its counter restarts, as in multi.py).
 * Plain data, changed in place by its owner (a run or the kernel), so a checkpoint copies it like any state.
 */
export interface CacheModel {
  /** how much working set the cache holds (multi.py -M) */
  size: number;
  /** units of work a warm job does per tick (multi.py -r) */
  warmRate: number;
  /** units of work a cold job does per tick (1 in multi.py) */
  coldRate: number;
  /** ticks a job runs on a CPU before its working set is warm there (multi.py -w) */
  warmupTime: number;
}

/** One CPU's cache. Jobs are named by the owner's ids (OSTEP's job names, the kernel's pids). */
export interface CpuCache<Id> {
  /** jobs whose working set is warm here, most recently warmed first: an overflow pushes out the last */
  contents: Id[];
  /** jobs warming this cache, in the order they began, each with the ticks it still has to run here */
  warming: { job: Id; left: number }[];
}

/** What changed in a cache, as data for the narration. */
export type CacheEvent<Id> =
  | { kind: 'warming'; cpu: number; job: Id; ticks: number }
  | { kind: 'warmed'; cpu: number; job: Id }
  | { kind: 'evicted'; cpu: number; job: Id; by: Id; held: number; size: number }
  /** the cache is over its size with nothing left to push out (a negative size): multi.py fails with an IndexError */
  | { kind: 'overflow'; cpu: number; job: Id; held: number; size: number };

/** Why a job ran at the rate it did on a tick. */
export type CacheRunReason = { kind: 'warm' } | { kind: 'cold-warming'; left: number } | { kind: 'cold-absent' };

/** One tick of a job on a CPU: the work it did and why. */
export interface CacheRun<Id> {
  cpu: number;
  job: Id;
  rate: number;
  reason: CacheRunReason;
}

export const emptyCache = <Id>(): CpuCache<Id> => ({ contents: [], warming: [] });

/** The working sets warm in `cache`, added up. */
export function cacheHeld<Id>(cache: CpuCache<Id>, workingSet: (job: Id) => number): number {
  return cache.contents.reduce((sum, job) => sum + workingSet(job), 0);
}

/**
 * Pushes out the working sets warmed longest ago until the rest fit (`by` is the job that made it overflow).
 * The ones pushed out start warming again from the full warm-up time.
 */
function fit<Id>(
  cache: CpuCache<Id>,
  model: CacheModel,
  cpu: number,
  by: Id,
  workingSet: (job: Id) => number,
): CacheEvent<Id>[] {
  const events: CacheEvent<Id>[] = [];
  let held = cacheHeld(cache, workingSet);
  while (held > model.size) {
    const gone = cache.contents.pop();
    if (gone === undefined) return [...events, { kind: 'overflow', cpu, job: by, held, size: model.size }];
    events.push({ kind: 'evicted', cpu, job: gone, by, held, size: model.size });
    cache.warming.push({ job: gone, left: model.warmupTime });
    held -= workingSet(gone);
  }
  return events;
}

function warm<Id>(
  cache: CpuCache<Id>,
  model: CacheModel,
  cpu: number,
  job: Id,
  workingSet: (job: Id) => number,
): CacheEvent<Id>[] {
  cache.contents.unshift(job);
  return [{ kind: 'warmed', cpu, job }, ...fit(cache, model, cpu, job, workingSet)];
}

/** A job is put on the CPU: unless it is warm or warming here already, it begins to warm the cache. */
export function cacheArrive<Id>(
  cache: CpuCache<Id>,
  model: CacheModel,
  cpu: number,
  job: Id,
  workingSet: (job: Id) => number,
): CacheEvent<Id>[] {
  if (cache.contents.includes(job) || cache.warming.some((w) => w.job === job)) return [];
  if (model.warmupTime === 0) return warm(cache, model, cpu, job, workingSet);
  cache.warming.push({ job, left: model.warmupTime });
  return [{ kind: 'warming', cpu, job, ticks: model.warmupTime }];
}

/** The rate `job` runs at on this CPU now, and why. */
export function cacheRun<Id>(cache: CpuCache<Id>, model: CacheModel, cpu: number, job: Id): CacheRun<Id> {
  if (cache.contents.includes(job)) return { cpu, job, rate: model.warmRate, reason: { kind: 'warm' } };
  const warming = cache.warming.find((w) => w.job === job);
  const reason: CacheRunReason = warming ? { kind: 'cold-warming', left: warming.left } : { kind: 'cold-absent' };
  return { cpu, job, rate: model.coldRate, reason };
}

/** `job` has run one tick here: one tick less to warm, and warm once none is left. */
export function cacheTick<Id>(
  cache: CpuCache<Id>,
  model: CacheModel,
  cpu: number,
  job: Id,
  workingSet: (job: Id) => number,
): CacheEvent<Id>[] {
  const at = cache.warming.findIndex((w) => w.job === job);
  const entry = cache.warming[at];
  if (entry === undefined) return [];
  entry.left -= 1;
  if (entry.left > 0) return [];
  cache.warming.splice(at, 1);
  return warm(cache, model, cpu, job, workingSet);
}

const units = (n: number): string => `${n} unit${n === 1 ? '' : 's'} per tick`;
const ticks = (n: number): string => `${n} tick${n === 1 ? '' : 's'}`;

/** A run tick in words: "job a runs warm on CPU 1: 2 units per tick". */
export function explainCacheRun(run: CacheRun<string | number>): string {
  const head = `job ${run.job} runs`;
  const on = `on CPU ${run.cpu}: ${units(run.rate)}`;
  switch (run.reason.kind) {
    case 'warm':
      return `${head} warm ${on}`;
    case 'cold-warming':
      return `${head} cold ${on} (its working set is warming this cache: ${ticks(run.reason.left)} to go)`;
    case 'cold-absent':
      return `${head} cold ${on} (its working set is not in this cache)`;
  }
}

/** A cache event in words, its jobs named as multi.py names them ("job a"). */
export function explainCacheEvent(e: CacheEvent<string | number>): string {
  return cacheEventWords(e, (job) => `job ${job}`);
}

/** A cache event in words, `name` naming its jobs ("P3" in the kernel's narration). */
export function cacheEventWords<Id extends string | number>(e: CacheEvent<Id>, name: (job: Id) => string): string {
  switch (e.kind) {
    case 'warming':
      return `${name(e.job)} begins to warm CPU ${e.cpu}'s cache: warm after ${ticks(e.ticks)} there`;
    case 'warmed':
      return `${name(e.job)}'s working set is now warm in CPU ${e.cpu}'s cache`;
    case 'evicted':
      return `${name(e.job)}'s working set is pushed out of CPU ${e.cpu}'s cache by ${name(e.by)} (${e.held} held, the cache holds ${e.size}): it must warm again`;
    case 'overflow':
      return `CPU ${e.cpu}'s cache holds ${e.held} after ${name(e.job)} warms, over its size ${e.size}, with nothing left to push out`;
  }
}
