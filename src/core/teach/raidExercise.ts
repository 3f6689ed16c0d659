import { nextInt, seedRng } from '../kernel/rng';
import { explainRaidStep } from '../storage/raid/raidExplain';
import { requestIo } from '../storage/raid/raidIo';
import { dataPlace } from '../storage/raid/raidMap';
import type { RaidConfig, RaidLevel } from '../storage/raid/raidTypes';
import { distinctPicks, exerciseId, pickOne } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, Question } from './types';

/** Levels, chunk sizes and how many blocks to place, by difficulty; writes to cost from difficulty 2. */
const LEVEL: Readonly<
  Record<Difficulty, { levels: readonly RaidLevel[]; chunks: number[]; blocks: number; writes: number }>
> = {
  1: { levels: [0, 1], chunks: [1], blocks: 3, writes: 0 },
  2: { levels: [4, 5], chunks: [1, 2], blocks: 3, writes: 1 },
  3: { levels: [5, 4, 1], chunks: [2, 4], blocks: 3, writes: 2 },
};

/** The logical blocks a question may name: a few stripes' worth, so the layout's rotation shows. */
const SPAN = 24;

export interface RaidProblem {
  config: RaidConfig;
  /** logical blocks whose place is asked */
  blocks: number[];
  /** writes whose physical I/Os are counted: `size` blocks from `block` */
  writes: { block: number; size: number }[];
}

export function raidProblem(spec: ExerciseSpec): RaidProblem {
  const rng = seedRng((spec.seed ^ 0x4a1d) >>> 0);
  const level = LEVEL[spec.difficulty];
  const raid = pickOne(rng, level.levels);
  const config: RaidConfig = {
    level: raid,
    disks: 4,
    chunk: pickOne(rng, level.chunks),
    layout: pickOne(rng, ['LS', 'LA'] as const),
  };
  const blocks = distinctPicks(rng, SPAN, level.blocks);
  // a single block (a small write) first, then a longer run that may fill a stripe
  const writes = Array.from({ length: level.writes }, (_, i) => ({
    block: nextInt(rng, SPAN),
    size: i === 0 ? 1 : 2 + nextInt(rng, 3 * config.chunk + 1),
  }));
  return { config, blocks, writes };
}

const levelName = (c: RaidConfig): string =>
  c.level === 5 ? `RAID 5 (left-${c.layout === 'LS' ? 'symmetric' : 'asymmetric'})` : `RAID ${c.level}`;

const LEVEL_WORDS: Readonly<Record<RaidLevel, string>> = {
  0: 'striping: chunk after chunk across the disks, no redundancy',
  1: 'mirroring: disks in pairs, each chunk on both disks of a pair (reads from the even disk when the offset is even)',
  4: 'striping with a parity disk: the last disk holds each row’s parity',
  5: 'striping with rotating parity: each row’s parity on a different disk',
};

/**
 * RAID mapping: where logical blocks lie (disk and offset) and how many physical I/Os a write costs — a small
 * write's read-modify-write against a full stripe's. Every answer is our RAID's own mapping and I/O plan
 * (src/core/storage/raid), the one that answers raid.py byte for byte.
 */
export function makeRaidExercise(spec: ExerciseSpec): Exercise {
  const { config, blocks, writes } = raidProblem(spec);
  const place: Question[] = blocks.flatMap((block) => {
    const p = dataPlace(config, block);
    const [step] = requestIo(config, { write: false, block, size: 1 });
    const steps = step ? [`${explainRaidStep(step)}.`] : [];
    const chunk = Math.trunc(block / config.chunk);
    const why = `Block ${block} is in chunk ${chunk} (block ÷ chunk size ${config.chunk}), ${block % config.chunk} block(s) into it.`;
    return [
      {
        id: `disk-${block}`,
        label:
          config.level === 1
            ? `Logical block ${block}: on which disk is its first copy (the even disk of its pair)?`
            : `Logical block ${block}: on which disk is its data?`,
        answerType: 'integer',
        hint: 'a disk, 0 to 3',
        expected: String(p.disk),
        steps: [why, ...steps],
      },
      {
        id: `offset-${block}`,
        label: `Logical block ${block}: at which offset on that disk?`,
        answerType: 'integer',
        hint: 'an offset',
        expected: String(p.offset),
        steps: [why, ...steps],
      },
    ];
  });
  const cost: Question[] = writes.map((w, i) => {
    const steps = requestIo(config, { write: true, ...w });
    const ios = steps.reduce((n, s) => n + s.ios.length, 0);
    const what = w.size === 1 ? `logical block ${w.block}` : `logical blocks ${w.block}–${w.block + w.size - 1}`;
    return {
      id: `write-${i + 1}`,
      label: `A write of ${what}: how many physical I/Os (reads and writes) does it take?`,
      answerType: 'integer',
      hint: 'a count of I/Os',
      expected: String(ios),
      steps: [
        ...steps.map((s) => `${explainRaidStep(s)} (${s.ios.length} I/O${s.ios.length === 1 ? '' : 's'}).`),
        `In all: ${ios}.`,
      ],
    };
  });
  return {
    ...spec,
    id: exerciseId(spec),
    title: `RAID mapping: ${levelName(config)}, 4 disks, chunks of ${config.chunk} block${config.chunk === 1 ? '' : 's'}`,
    intro: [
      `A ${levelName(config)} array of 4 disks: ${LEVEL_WORDS[config.level]}. A chunk is ${config.chunk} consecutive block${config.chunk === 1 ? '' : 's'} on one disk; logical blocks are numbered from 0, chunk by chunk across the disks.`,
      ...(writes.length > 0
        ? [
            'A write to a parity level updates the parity too: when the blocks written and the parity are no more than the blocks of the stripe left alone, it reads the old data and the old parity and subtracts (a small write); otherwise it reads the blocks left alone and adds the stripe up anew, and a full stripe reads nothing.',
          ]
        : []),
    ],
    tables: [
      {
        caption: 'The array',
        columns: ['Level', 'Disks', 'Chunk (blocks)'],
        rows: [[levelName(config), '4', String(config.chunk)]],
      },
    ],
    questions: [...place, ...cost],
    scenario: null,
    grid: null,
  };
}
