import { nextInt, seedRng } from '../kernel/rng';
import { explainDiskDecision } from '../storage/disk/diskExplain';
import { diskLayout, randomRequestLimit } from '../storage/disk/diskLayout';
import { runDisk } from '../storage/disk/diskRun';
import type { DiskConfig, DiskLayout, DiskPolicyName, DiskState } from '../storage/disk/diskTypes';
import { DISK_POLICIES } from '../storage/disk/policies/registry';
import { exerciseId, pickOne } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, Question } from './types';

const TRACKS = ['outer', 'middle', 'inner'];

/** Policies, queue length and window by difficulty: the SCAN family and windows come last. */
const LEVEL: Readonly<
  Record<Difficulty, { policies: readonly DiskPolicyName[]; requests: number; windows: number[] }>
> = {
  1: { policies: ['SSTF', 'SATF'], requests: 4, windows: [-1] },
  2: { policies: ['SATF', 'SSTF', 'FIFO'], requests: 5, windows: [-1, 2, 3] },
  3: { policies: ['SCAN', 'C-SCAN', 'LOOK', 'C-LOOK', 'SATF'], requests: 6, windows: [-1] },
};

export interface DiskProblem {
  config: DiskConfig;
  requests: number[];
}

/** OSTEP's disk (three tracks of 12 sectors, a track crossed in 40 ticks, a degree a tick) and a queue from the seed. */
export function diskProblem(spec: ExerciseSpec): DiskProblem {
  const rng = seedRng((spec.seed ^ 0xd15c) >>> 0);
  const level = LEVEL[spec.difficulty];
  const layout = diskLayout([30, 30, 30], 0) as DiskLayout;
  const policy = pickOne(rng, level.policies);
  const window = policy === 'FIFO' ? -1 : pickOne(rng, level.windows);
  // difficulty 3 uses the inner track too, so the sweeps have somewhere to turn
  const below = spec.difficulty === 3 ? layout.blocks.length : randomRequestLimit(layout);
  const requests = Array.from({ length: level.requests }, () => nextInt(rng, below));
  return { config: { layout, seekSpeed: 1, rotateSpeed: 1, policy, window }, requests };
}

const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/**
 * Disk scheduling, "which request next?": a queue of block requests on OSTEP's disk and a policy; the student
 * gives the order the blocks are served in and how long the whole queue takes. Every answer is our disk's own run
 * (src/core/storage/disk), the one that answers disk.py byte for byte.
 */
export function makeDiskExercise(spec: ExerciseSpec): Exercise {
  const { config, requests } = diskProblem(spec);
  const run = runDisk(config, requests, []) as DiskState;
  const { layout, policy, window } = config;
  const why = run.decisions.map((d) => explainDiskDecision(d));
  const order: Question[] = run.log.map((served, k) => ({
    id: `next-${k + 1}`,
    label: `Which block is served ${ordinal(k + 1)}?`,
    answerType: 'integer',
    hint: 'a block number',
    expected: String(served.block),
    steps: why.slice(0, k + 1).map((w, i) => `${ordinal(i + 1)}: ${w}.`),
  }));
  const total: Question = {
    id: 'total',
    label: 'How many ticks does serving the whole queue take?',
    answerType: 'integer',
    hint: 'a tick',
    expected: String(run.tick),
    steps: [
      ...run.log.map(
        (s) =>
          `Block ${s.block}: seek ${s.seek}, rotate ${s.rotate}, transfer ${s.transfer} — ${s.total} ticks (the ${TRACKS[s.track]} track).`,
      ),
      `Seek ${run.totals.seek} + rotate ${run.totals.rotate} + transfer ${run.totals.transfer} = ${run.tick} ticks.`,
    ],
  };
  const label = DISK_POLICIES[policy].label;
  // "First in, first out" reads on in lower case; "C-SCAN that…" keeps its capitals
  const words = /^.[a-z]/.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Disk scheduling: ${policy}${window > 0 ? ` with a window of ${window}` : ''}, ${requests.length} requests`,
    intro: [
      "OSTEP's disk: three tracks of 12 sectors (30° each), numbered from block 0 on the outer track inwards. The platter turns one degree a tick; the arm crosses a track in 40 ticks. At tick 0 the head is over the outer track, in the middle of block 6.",
      `The queue below is served by ${policy}, ${words}${window > 0 ? `, choosing only among the first ${window} waiting requests (the window slides as requests finish)` : ''}. A request costs its seek, then the rotation until its sector's start comes under the head, then the transfer of one sector (30 ticks).`,
    ],
    tables: [
      {
        caption: 'The tracks',
        columns: ['Track', 'Blocks'],
        rows: layout.trackEnds.map((t, i) => [TRACKS[i] as string, `${t.first}–${t.last}`]),
      },
      {
        caption: 'The request queue, in arrival order',
        columns: ['Request', 'Block', 'Track'],
        rows: requests.map((b, i) => [
          String(i),
          String(b),
          TRACKS[(layout.blocks[b] as { track: number }).track] as string,
        ]),
      },
    ],
    questions: [...order, total],
    scenario: null,
    grid: null,
  };
}
