import { z } from 'zod';
import type { SimState } from '../../kernel/state';
import { allowedOn } from '../../kernel/warmRun';
import type { Pcb } from '../../process/pcb';
import { flag, intIn, oneOf } from '../../scenario/fields';
import { MAX_QUANTUM, quantumSchema, ticksOrOffSchema } from '../configFields';
import { MAX_DRAW_OFFSET, pythonDrawStream } from '../lottery';
import type { PolicyModule } from '../module';
import { bySeq, procData, type Policy } from '../policy';
import type { ReasonBase } from '../reason';
import {
  cpuOrderAt,
  dealArrivals,
  joinQueue,
  leaveQueue,
  peekAndSteal,
  queueData,
  queueOf,
  type MultiQueueData,
  type MultiQueueProc,
  type QueueRules,
} from './multiQueueData';

const schema = z.strictObject({
  policy: z.literal('MULTI_CPU'),
  quantum: quantumSchema,
  queues: oneOf(['shared', 'perCpu']),
  globalQuantum: flag(),
  peekInterval: ticksOrOffSchema,
  stealCheck: oneOf(['affinity', 'multi.py']).optional(),
  randomOrder: flag().optional(),
  drawOffset: intIn(0, MAX_DRAW_OFFSET, 'random() values').optional(),
});
/**
 * `queues`: one shared queue, or a queue per CPU (arrivals dealt out round robin as their affinity allows; a process
 * goes back to the queue of the CPU it last ran on). `globalQuantum`: every CPU gives up its process at each multiple
 * of the quantum (multi.py's timer interrupt), rather than a quantum counted from each dispatch. `peekInterval` (a
 * queue per CPU; 0 = never): at each multiple, a CPU whose queue is empty peeks at another CPU's queue, chosen at
 * random, and steals the first process there it may run. The optional fields, for OSTEP's multi.py: `stealCheck`
 * 'multi.py' (its own check, see StealCheck; default 'affinity'), `randomOrder` (the CPUs take their picks in an
 * order shuffled every tick; default by number) and `drawOffset` (Python random() values skipped first).
 */
export type MultiQueueConfig = z.infer<typeof schema>;

/** Where the pick came from and its cache on that CPU: warm, warming, or cold (node.cache on). */
export type MultiQueueReason = ReasonBase<'MULTI_CPU'> & {
  /** the CPU whose queue it was taken from, or 'shared' */
  queue: number | 'shared';
  /** processes ahead of it in that queue whose affinity excludes this CPU */
  passedOver?: number;
  cache?: 'warm' | 'warming' | 'cold';
  /** it was stolen from this CPU's queue at tick stolenAt */
  stolenFrom?: number;
  stolenAt?: number;
  slice: number;
};

/** The state of `p`'s working set in the cache of `cpu`, when the node has caches. */
function cacheState(st: SimState, p: Pcb, cpu: number): MultiQueueReason['cache'] | undefined {
  const cache = st.cache?.caches[cpu];
  if (!cache) return undefined;
  if (cache.contents.includes(p.pid)) return 'warm';
  return cache.warming.some((w) => w.job === p.pid) ? 'warming' : 'cold';
}

function multiQueue(cfg: MultiQueueConfig, seed: number, cpus: number): Policy<MultiQueueProc, MultiQueueData> {
  const rules: QueueRules = { perCpu: cfg.queues === 'perCpu', stealCheck: cfg.stealCheck ?? 'affinity' };
  const random = cfg.randomOrder === true;
  const peeks = rules.perCpu && cfg.peekInterval > 0;
  const { quantum } = cfg;
  return {
    compare: bySeq,
    preemptive: false,
    dynamicKeys: false,
    key: () => undefined,
    // With a global quantum, a run ends at the next multiple of the quantum, wherever it began.
    slice: (_p, st) => (cfg.globalQuantum ? quantum - (st.now % quantum) : quantum),
    initial: (): MultiQueueData => ({
      queues: Array.from({ length: rules.perCpu ? cpus : 1 }, () => []),
      arriving: [],
      python: peeks || random ? pythonDrawStream(seed, cfg.drawOffset ?? 0) : null,
      drawn: 0,
      order: [],
    }),
    admit: () => ({ stolen: null }),
    enqueued: (p, st) => joinQueue(queueData(st), rules, p),
    dequeued: (p, st) => {
      leaveQueue(queueData(st), p);
      procData<MultiQueueProc>(st, p).stolen = null;
    },
    ...(peeks && {
      nextTimer: (_st, from) => Math.max(cfg.peekInterval, Math.ceil(from / cfg.peekInterval) * cfg.peekInterval),
      onTimer: (st) => {
        const g = queueData(st);
        dealArrivals(st, g, rules);
        peekAndSteal(st, g, rules, random);
      },
    }),
    cpuOrder: (st) => {
      const g = queueData(st);
      dealArrivals(st, g, rules);
      return cpuOrderAt(st, g, random);
    },
    pickFor(st, cpu, gpusFree) {
      const queue = queueOf(queueData(st), rules, cpu);
      let chosen: Pcb | undefined;
      let passedOver = 0;
      let eligible = 0;
      for (const i of queue) {
        const p = st.procs[i] as Pcb;
        if (!allowedOn(p, cpu)) {
          if (!chosen) passedOver++;
        } else if (p.needs.gpus <= gpusFree) {
          eligible++;
          chosen ??= p;
        }
      }
      if (!chosen) return null;
      const cache = cacheState(st, chosen, cpu);
      const stolen = procData<MultiQueueProc>(st, chosen).stolen;
      return {
        pcb: chosen,
        why: {
          queue: rules.perCpu ? cpu : 'shared',
          ...(passedOver > 0 && { passedOver }),
          ...(cache && { cache }),
          ...(stolen && { stolenFrom: stolen.from, stolenAt: stolen.at }),
        },
        eligible,
      };
    },
    queues: (st) => {
      const g = queueData(st);
      const pids = (q: readonly number[]) => q.map((i) => (st.procs[i] as Pcb).pid);
      const named = g.queues.map((q, cpu) => ({
        name: rules.perCpu ? `CPU ${cpu} queue` : 'Shared queue',
        pids: pids(q),
      }));
      return g.arriving.length > 0 ? [...named, { name: 'Arriving (to be dealt out)', pids: pids(g.arriving) }] : named;
    },
  };
}

const CACHE_WORDS = {
  warm: "its cache is warm there (its working set is in this CPU's cache)",
  warming: "its working set is warming this CPU's cache",
  cold: "cold: its working set is not in this CPU's cache",
} as const;

function explainPick(r: MultiQueueReason, among: string, slice: string): string {
  const from = r.queue === 'shared' ? 'the shared queue' : `CPU ${r.queue}'s queue`;
  const passed = r.passedOver === undefined ? '' : ` (past ${r.passedOver} whose affinity excludes this CPU)`;
  const stolen = r.stolenFrom === undefined ? '' : `, stolen from CPU ${r.stolenFrom}'s queue at tick ${r.stolenAt}`;
  const cache = r.cache === undefined ? '' : `; ${CACHE_WORDS[r.cache]}`;
  return `first in ${from}${passed}${stolen}${cache}, ${among}${slice}`;
}

export const multiQueuePolicy: PolicyModule<
  'MULTI_CPU',
  MultiQueueConfig,
  MultiQueueReason,
  MultiQueueProc,
  MultiQueueData
> = {
  name: 'MULTI_CPU',
  label: 'Multiprocessor queues',
  description:
    'One shared queue, or a queue per CPU with work stealing; round robin with a quantum counted per dispatch or global.',
  schema,
  defaults: { policy: 'MULTI_CPU', quantum: 10, queues: 'perCpu', globalQuantum: true, peekInterval: 30 },
  params: [
    {
      kind: 'int',
      key: 'quantum',
      label: 'Quantum',
      hint: 'ticks per turn, ≥ 1; suggested 10',
      min: 1,
      max: MAX_QUANTUM,
    },
    {
      kind: 'choice',
      key: 'queues',
      label: 'Queues',
      hint: 'where READY processes wait',
      options: [
        { value: 'perCpu', label: 'a queue per CPU' },
        { value: 'shared', label: 'one shared queue' },
      ],
    },
    {
      kind: 'flag',
      key: 'globalQuantum',
      label: 'Global quantum',
      hint: 'every CPU reschedules at each multiple of the quantum (OSTEP multi.py); off: a quantum from each dispatch',
    },
    {
      kind: 'int',
      key: 'peekInterval',
      label: 'Peek interval',
      hint: "ticks between peeks of an empty queue at another CPU's, to steal; 0 = never; suggested 30",
      min: 0,
      max: MAX_QUANTUM,
      shownWhen: { key: 'queues', is: 'perCpu' },
    },
  ],
  summary: (c) => {
    const queues =
      c.queues === 'perCpu' ? `per-CPU queues, peek ${c.peekInterval === 0 ? 'off' : c.peekInterval}` : 'shared queue';
    return `quantum ${c.quantum}${c.globalQuantum ? ' global' : ''}, ${queues}${c.randomOrder ? ', random CPU order' : ''}`;
  },
  timers: (c) => ({
    slice: c.quantum,
    slicePath: 'scheduler.quantum',
    every:
      c.queues === 'perCpu' && c.peekInterval > 0 ? [{ path: 'scheduler.peekInterval', ticks: c.peekInterval }] : [],
    extraPerSlice: 0,
  }),
  create: (c, scenario) => multiQueue(c, scenario.seed, scenario.node.cpus),
  explain: (r, w) => explainPick(r, w.among, w.slice) + w.gpu,
};
