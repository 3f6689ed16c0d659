import { z } from 'zod';
import { nextInt } from '../kernel/rng';
import type { SimState } from '../kernel/state';
import type { Pcb } from '../process/pcb';
import { pyRandom, pySeed, type PyRandomState } from '../ostep/pyRandom';
import { flag, intIn, oneOf } from '../scenario/fields';
import { MAX_QUANTUM, quantumSchema } from './configFields';
import type { PolicyModule } from './module';
import {
  eligibleLevels,
  emptyTree,
  pidLayout,
  procHolding,
  treeOver,
  treeUpdate,
  weightIn,
  type PidOrderTree,
} from './pidOrderTree';
import { policyData, singleQueue, type Policy } from './policy';
import type { ReasonBase } from './reason';

/** Python random() values a lottery may skip before its first draw (OSTEP's job list of up to 100,000 jobs). */
export const MAX_DRAW_OFFSET = 1_000_000;

/** OSTEP lottery.py's draw: r = int(random() * 1000001); the winning ticket is r mod the tickets in play. */
export function pythonDraw(rng: PyRandomState): number {
  return Math.floor(pyRandom(rng) * 1_000_001);
}

/** The stream of a lottery with draw 'python': CPython's random seeded with `seed`, past `offset` values. */
export function pythonDrawStream(seed: number, offset: number): PyRandomState {
  const rng = pySeed(seed);
  for (let i = 0; i < offset; i++) pyRandom(rng);
  return rng;
}

const schema = z
  .strictObject({
    policy: z.literal('LOTTERY'),
    quantum: quantumSchema,
    draw: oneOf(['seeded', 'python']).optional(),
    drawOffset: intIn(0, MAX_DRAW_OFFSET, 'random() values').optional(),
    fullQuantum: flag().optional(),
  })
  .refine((c) => !c.drawOffset || c.draw === 'python', {
    error: "drawOffset skips values of the Python stream, so it needs draw 'python'",
    path: ['drawOffset'],
  });
/**
 * The optional fields default to the plain lottery: draw 'seeded' (see LotteryDraw), drawOffset 0 (with draw
 * 'python': random() values of the seeded stream skipped before the first draw, which OSTEP lottery.py spends
 * on its random job list), fullQuantum false (true: the clock always moves a whole quantum, as in OSTEP
 * lottery.py: a winner that ends or blocks early leaves the CPU idle until its quantum is over).
 */
export type LotteryConfig = z.infer<typeof schema>;
/** key: the winner's tickets; draw: with Python draws, r = floor(random() * 1000001), ticket = r mod totalTickets */
export type LotteryReason = ReasonBase<'LOTTERY'> & {
  key: number;
  ticket: number;
  totalTickets: number;
  draw?: number;
  slice: number;
};

/** The lottery's global data: the Python stream (draw 'python', else null) and the READY processes' tickets. */
export interface LotteryData {
  python: PyRandomState | null;
  ready: PidOrderTree;
}

/** The READY processes' tickets in pid order. */
function tree(st: SimState): PidOrderTree {
  const data = policyData<never, LotteryData>(st).global;
  return (data.ready = treeOver(data.ready, st.procs, (p) => p.tickets));
}

/**
 * Lottery: each eligible READY process holds its tickets; a draw picks the winning ticket, and tickets are
 * laid out in pid order (so a draw is reproducible and easy to check by hand). Every decision draws, even
 * with one process left (OSTEP does too, and its stream of draws must stay in step). The READY processes'
 * tickets are a Fenwick tree per GPU need (pidOrderTree.ts), so a draw finds its winner in O(log n): with
 * READY processes of k different GPU needs that fit in the free GPUs (rare: k is 1 unless some READY
 * process needs GPUs, and at most the node's GPUs + 1), O(k log n).
 */
function lottery(cfg: LotteryConfig, seed: number): Policy<never, LotteryData> {
  const python = cfg.draw === 'python';
  return {
    compare: (a, b) => a.pid - b.pid,
    rank: (p) => p.pid,
    preemptive: false,
    dynamicKeys: false,
    key: (p) => p.tickets,
    slice: () => cfg.quantum,
    initial: () => ({
      python: python ? pythonDrawStream(seed, cfg.drawOffset ?? 0) : null,
      ready: emptyTree(pidLayout([], () => 0)),
    }),
    enqueued: (p, st) => treeUpdate(tree(st), p.index, 1),
    dequeued: (p, st) => treeUpdate(tree(st), p.index, -1),
    pick(st, gpusFree) {
      const ready = tree(st);
      const { weight: total, count } = weightIn(ready, gpusFree);
      if (count === 0) return null;
      const draw = python ? pythonDraw(pythonStream(st)) : undefined;
      const ticket = draw === undefined ? nextInt(st.rng, total) : draw % total;
      const winner = procHolding(ready, eligibleLevels(ready, gpusFree), ticket);
      return {
        pcb: st.procs[winner] as Pcb,
        why: { ticket, totalTickets: total, ...(draw !== undefined && { draw }) },
        eligible: count,
      };
    },
    // A winner that ends or blocks early keeps the rest of its quantum, idle: the clock moves by whole quanta.
    ...(cfg.fullQuantum && {
      holdCpu: (p, st) =>
        p.sliceLeft > 0 && p.sliceLeft !== Infinity ? { pid: p.pid, until: st.now + p.sliceLeft } : null,
    }),
    queues: singleQueue('Lottery pool (pid order)'),
  };
}

export const lotteryPolicy: PolicyModule<'LOTTERY', LotteryConfig, LotteryReason, never, LotteryData> = {
  name: 'LOTTERY',
  label: 'Lottery',
  description: 'A draw picks the winning ticket among the READY processes’ tickets; the winner runs a quantum.',
  schema,
  defaults: { policy: 'LOTTERY', quantum: 2 },
  params: [
    {
      kind: 'int',
      key: 'quantum',
      label: 'Quantum',
      hint: 'ticks per turn, ≥ 1; suggested 2',
      min: 1,
      max: MAX_QUANTUM,
    },
    {
      kind: 'choice',
      key: 'draw',
      label: 'Draws from',
      hint: 'where the winning ticket comes from; default the seeded generator',
      options: [
        { value: 'seeded', label: "the scenario's seeded generator" },
        { value: 'python', label: "Python's random(), as OSTEP lottery.py" },
      ],
      omitAt: 'seeded',
    },
    {
      kind: 'int',
      key: 'drawOffset',
      label: 'Skip Python values',
      hint: "random() values skipped before the first draw (OSTEP's random job list uses them); default 0",
      min: 0,
      max: MAX_DRAW_OFFSET,
      shownWhen: { key: 'draw', is: 'python' },
      omitAt: 0,
    },
    {
      kind: 'flag',
      key: 'fullQuantum',
      label: 'Full quantum',
      hint: 'a winner that ends early leaves the CPU idle until its quantum is over, as in OSTEP; default off',
      omitAt: false,
    },
  ],
  summary: (c) => {
    const extras = [c.draw === 'python' ? ', Python draws' : '', c.fullQuantum ? ', full quanta' : ''];
    return `quantum ${c.quantum}${extras.join('')}`;
  },
  timers: (c) => ({ slice: c.quantum, slicePath: 'scheduler.quantum', every: [], extraPerSlice: 0 }),
  create: (c, scenario) => lottery(c, scenario.seed),
  explain: (r, w) =>
    r.draw === undefined
      ? `won the lottery with ticket ${r.ticket} of ${r.totalTickets}, ${w.among}${w.slice}${w.gpu}`
      : `won the lottery: draw r=${r.draw}, ticket ${r.ticket} of ${r.totalTickets} (r mod ${r.totalTickets}), ${w.among}${w.slice}${w.gpu}`,
};

function pythonStream(st: SimState): PyRandomState {
  const rng = policyData<never, LotteryData>(st).global.python;
  if (!rng) throw new Error("internal: a lottery with draw 'python' has no Python random state");
  return rng;
}
