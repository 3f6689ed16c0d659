import { nextInt, seedRng, type RngState } from '../kernel/rng';
import type { BaseBounds } from '../memory/baseBounds';
import { walkBaseBounds, walkSegmented, type RegisterStep } from '../memory/registerWalk';
import type { SegmentTable } from '../memory/segmented';
import { exerciseId } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, Question } from './types';

/**
 * Translation exercises for the MMU's other two modes: base and bounds (one pair of registers) and segmentation
 * (a pair per segment, segment 1 growing down). Every answer and step is the core's own translation
 * (memory/registerWalk.ts).
 */

/** bytes of address space and how many addresses are asked, by difficulty */
const SIZE: Readonly<Record<Difficulty, { asize: number; asks: number }>> = {
  1: { asize: 1024, asks: 3 },
  2: { asize: 4096, asks: 4 },
  3: { asize: 16384, asks: 5 },
};
/** physical memory is this many address spaces */
const MEMORY_TIMES = 16;

/** An address in [from, to), a whole number of `step`s from `from` at difficulty 1 so the sums stay easy. */
function between(rng: RngState, from: number, to: number, step: number): number {
  return from + nextInt(rng, Math.max(1, Math.floor((to - from) / step))) * step;
}

function question(i: number, va: number, steps: RegisterStep[], pa: number | null): Question {
  return {
    id: `address-${i + 1}`,
    label: `Physical address of virtual address ${va}`,
    answerType: 'address',
    hint: 'an address, or fault',
    expected: pa === null ? 'fault' : String(pa),
    steps: [
      ...steps.map((s) => s.text),
      pa === null ? `So virtual ${va} faults.` : `So virtual ${va} is physical ${pa}.`,
    ],
  };
}

/**
 * Addresses to ask about: about half inside what the registers map, half outside, in a drawn order. Drawing at
 * random finds them at once unless one side is tiny (bounds a byte short of the address space); then the rest
 * are drawn from that side's addresses listed out, or from the other side once it has none left, so every seed
 * asks `asks` distinct addresses and the seeds the random draw already served keep their problem.
 */
function addresses(rng: RngState, asize: number, asks: number, inside: (va: number) => boolean): number[] {
  const out: number[] = [];
  for (let tries = 0; out.length < asks && tries < 1000; tries++) {
    const va = nextInt(rng, asize);
    const wantInside = out.length % 2 === 0;
    if (inside(va) === wantInside && !out.includes(va)) out.push(va);
  }
  if (out.length === asks) return out;
  const left = { in: [] as number[], out: [] as number[] };
  for (let va = 0; va < asize; va++) if (!out.includes(va)) (inside(va) ? left.in : left.out).push(va);
  while (out.length < asks) {
    const wanted = out.length % 2 === 0 ? left.in : left.out;
    const side = wanted.length > 0 ? wanted : wanted === left.in ? left.out : left.in;
    out.push(side.splice(nextInt(rng, side.length), 1)[0]!);
  }
  return out;
}

export interface BoundsParams {
  asize: number;
  registers: BaseBounds;
  addresses: number[];
}

export function boundsParams(seed: number, difficulty: Difficulty): BoundsParams {
  const rng = seedRng((seed ^ 0xb0b0) >>> 0);
  const { asize, asks } = SIZE[difficulty];
  const step = difficulty === 1 ? 256 : 16;
  const bounds = between(rng, asize / 4, asize, difficulty === 1 ? 64 : 1);
  const base = between(rng, 0, asize * MEMORY_TIMES - bounds, step);
  return { asize, registers: { base, bounds }, addresses: addresses(rng, asize, asks, (va) => va < bounds) };
}

export function boundsExercise(spec: ExerciseSpec, p: BoundsParams): Exercise {
  const questions = p.addresses.map((va, i) => {
    const w = walkBaseBounds(p.registers, va);
    return question(i, va, w.steps, w.translation.ok ? w.translation.pa : null);
  });
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Base and bounds: a ${p.asize}-byte address space`,
    intro: [
      `The MMU relocates the running process with two registers: every virtual address below the bounds is legal and lands at base + VA; any other raises a segmentation violation.`,
      'For each virtual address, give the physical address, or fault. Addresses are in decimal; 0x hex answers are read too.',
    ],
    tables: [
      {
        caption: 'The MMU registers of the process',
        columns: ['Register', 'Value'],
        rows: [
          ['base', String(p.registers.base)],
          ['bounds', String(p.registers.bounds)],
        ],
      },
    ],
    questions,
    scenario: null,
    grid: null,
  };
}

export interface SegmentsParams {
  table: SegmentTable;
  addresses: number[];
}

/**
 * Two segments (code and heap growing up, the stack growing down), or at difficulty 3 four slots as the book
 * draws them: code, heap, an unused slot (bounds 0) and the stack. Segments are placed apart in physical memory.
 */
export function segmentsParams(seed: number, difficulty: Difficulty): SegmentsParams {
  const rng = seedRng((seed ^ 0x5e65) >>> 0);
  const { asize, asks } = SIZE[difficulty];
  const grows = difficulty === 3 ? (['up', 'up', 'up', 'down'] as const) : (['up', 'down'] as const);
  const slot = asize / grows.length;
  const step = difficulty === 1 ? 256 : 16;
  // Each segment gets its own stretch of physical memory, 2 · slot apart, so none overlaps another.
  const stretch = (asize * MEMORY_TIMES) / grows.length;
  const segments = grows.map((g, i) => {
    const bounds = difficulty === 3 && i === 2 ? 0 : between(rng, slot / 4, slot, difficulty === 1 ? 32 : 1);
    const low = i * stretch + between(rng, 0, stretch - slot, step);
    return { base: g === 'up' ? low : low + bounds, bounds, grows: g };
  });
  const table: SegmentTable = { addressSpace: asize, segments };
  return { table, addresses: addresses(rng, asize, asks, (va) => walkSegmented(table, va).translation.ok) };
}

export function segmentsExercise(spec: ExerciseSpec, p: SegmentsParams): Exercise {
  const questions = p.addresses.map((va, i) => {
    const w = walkSegmented(p.table, va);
    return question(i, va, w.steps, w.translation.ok ? w.translation.pa : null);
  });
  const n = p.table.segments.length;
  const slot = p.table.addressSpace / n;
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Segmentation: ${n} segments in a ${p.table.addressSpace}-byte address space`,
    intro: [
      `The top ${n === 2 ? 'bit' : `${Math.log2(n)} bits`} of a virtual address select its segment: segment i covers virtual addresses ${slot}·i to ${slot}·(i + 1) − 1. A segment growing up starts at the bottom of its part, and an address's offset is VA − ${slot}·i; one growing down (the stack) ends at the top of its part, its offset is VA − ${slot}·(i + 1), negative, and its base register holds the physical address just above its highest byte.`,
      'An offset beyond the bounds raises a segmentation violation. For each virtual address, give the physical address (base + offset), or fault.',
    ],
    tables: [
      {
        caption: 'The segment registers of the process',
        columns: ['Segment', 'Base', 'Bounds', 'Grows'],
        rows: p.table.segments.map((s, i) => [String(i), String(s.base), String(s.bounds), s.grows]),
      },
    ],
    questions,
    scenario: null,
    grid: null,
  };
}

export const makeBoundsExercise = (spec: ExerciseSpec): Exercise =>
  boundsExercise(spec, boundsParams(spec.seed, spec.difficulty));

export const makeSegmentsExercise = (spec: ExerciseSpec): Exercise =>
  segmentsExercise(spec, segmentsParams(spec.seed, spec.difficulty));
