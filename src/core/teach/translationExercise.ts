import { nextInt, seedRng } from '../kernel/rng';
import { DEFAULT_MEMORY } from '../memory/defaults';
import { allocate, createMemory, deallocate, pageTableOf, translate } from '../memory/memory';
import type { MemoryState } from '../memory/state';
import type { MemoryConfig, TranslationStep } from '../memory/types';
import { distinctPicks, exerciseId, pickOne } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, ProblemTable } from './types';

/** The process whose page table the exercise shows. */
const PID = 1;
const KiB = 1024;

export interface TranslationParams {
  pageSize: number;
  /**
   * What happens to memory before the questions, in order: `own` allocates one page for the process,
   * `other` one page for another process (pid 2), `freeOwn`/`freeOther` free the k-th such allocation.
   * Interleaving them scatters the process's pages over the frames, and a freed own page leaves a hole.
   */
  script: ({ op: 'own' | 'other' } | { op: 'freeOwn' | 'freeOther'; index: number })[];
  /** virtual addresses to translate */
  addresses: number[];
}

const SIZE: Readonly<Record<Difficulty, { pageSizes: number[]; own: number; asks: number }>> = {
  1: { pageSizes: [KiB], own: 4, asks: 3 },
  2: { pageSizes: [KiB, 2 * KiB], own: 5, asks: 4 },
  3: { pageSizes: [KiB, 2 * KiB, 4 * KiB], own: 6, asks: 5 },
};

/** Every fraction of `x` set to 1: no pool or constraint limits the exercise. */
function all<T extends object>(x: T): T {
  return Object.fromEntries(Object.keys(x).map((k) => [k, 1])) as T;
}

/** A small memory: 32 frames, a 16-bit address space, frames taken lowest-free-first, no pool limits. */
export function translationConfig(pageSize: number): MemoryConfig {
  return {
    ...DEFAULT_MEMORY,
    physicalBytes: 32 * pageSize,
    pageSize,
    swapBytes: 0,
    virtualBits: 16,
    tlbEntries: 4,
    placement: 'anyFree',
    pools: all(DEFAULT_MEMORY.pools),
    constraints: all(DEFAULT_MEMORY.constraints),
  };
}

export function translationParams(seed: number, difficulty: Difficulty): TranslationParams {
  const rng = seedRng((seed ^ 0x7a5b1e) >>> 0);
  const size = SIZE[difficulty];
  const pageSize = pickOne(rng, size.pageSizes);
  const script: TranslationParams['script'] = [];
  let others = 0;
  for (let i = 0; i < size.own; i++) {
    for (let k = nextInt(rng, 4); k > 0; k--, others++) script.push({ op: 'other' });
    script.push({ op: 'own' });
  }
  // Free about half of the other process's pages (its frames become holes between ours) and one own page.
  for (const index of distinctPicks(rng, others, Math.ceil(others / 2))) script.push({ op: 'freeOther', index });
  script.push({ op: 'freeOwn', index: 1 + nextInt(rng, size.own - 1) });
  // Ask about pages 0..own+1: page 0 and the pages past the end are never mapped, so some answers fault.
  const addresses = distinctPicks(rng, size.own + 2, size.asks).map((vpn) => vpn * pageSize + nextInt(rng, pageSize));
  return { pageSize, script, addresses };
}

/** Runs the script on a real memory manager. */
export function buildMemory(p: TranslationParams): MemoryState {
  const m = createMemory(translationConfig(p.pageSize), 1);
  const own: number[] = [];
  const other: number[] = [];
  for (const s of p.script) {
    if (!('index' in s)) {
      const r = allocate(m, s.op === 'own' ? PID : 2, p.pageSize, 'USER');
      if (r.ok) (s.op === 'own' ? own : other).push(r.address);
    } else {
      const list = s.op === 'freeOwn' ? own : other;
      const address = list[s.index];
      if (address !== undefined) deallocate(m, s.op === 'freeOwn' ? PID : 2, address);
    }
  }
  return m;
}

function describeStep(s: TranslationStep): string {
  switch (s.step) {
    case 'split':
      return `Split: page ${s.vpn}, offset ${s.offset} (${s.vpn} × ${s.pageSize} + ${s.offset}).`;
    case 'tlb':
      return s.hit ? `The TLB gives frame ${s.frame}.` : 'The TLB misses, so the MMU reads the page table.';
    case 'walk':
      return s.entry === null
        ? `Page-table entry ${s.index} is not valid.`
        : `Page-table entry ${s.index} gives frame ${s.entry}.`;
    case 'fault':
      return `Fault: ${s.detail}.`;
    case 'physical':
      return `Physical address = frame ${s.frame} × page size + offset = ${s.address}.`;
    default:
      return `${s.step}.`;
  }
}

/** The exercise for explicit givens; every answer is the memory manager's own translate. */
export function translationExercise(spec: ExerciseSpec, p: TranslationParams): Exercise {
  const m = buildMemory(p);
  const rows = pageTableOf(m, PID);
  const top = Math.max(0, ...rows.map((r) => r.vpn)) + 1;
  const table: ProblemTable = {
    caption: `Page table of the process (page size ${p.pageSize} bytes)`,
    columns: ['Page', 'Valid', 'Frame'],
    rows: Array.from({ length: top + 1 }, (_, vpn) => {
      const row = rows.find((r) => r.vpn === vpn);
      return [String(vpn), row ? 'yes' : 'no', row?.frame === null || row === undefined ? '–' : String(row.frame)];
    }),
  };
  const questions = p.addresses.map((va, i) => {
    // Each question on the memory as shown: translate touches the TLB and reference bits, not the mapping.
    const t = translate(m, PID, va, 'read', 0);
    const steps = t.steps.filter((s) => s.step !== 'tlb').map(describeStep);
    return {
      id: `address-${i + 1}`,
      label: `Physical address of virtual address ${va}`,
      answerType: 'address' as const,
      hint: 'an address, or fault',
      expected: t.ok ? String(t.physical) : 'fault',
      steps: [...steps, t.ok ? `So virtual ${va} is physical ${t.physical}.` : `So virtual ${va} faults.`],
    };
  });
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Address translation: ${p.pageSize}-byte pages`,
    intro: [
      `A process has the single-level page table below; pages are ${p.pageSize} bytes, so the page is virtual address ÷ ${p.pageSize} (rounded down) and the offset is the remainder. Page numbers beyond the table are not valid.`,
      'For each virtual address, give the physical address (frame × page size + offset), or fault when the page is not valid. Addresses are in decimal; 0x hex answers are read too.',
    ],
    tables: [table],
    questions,
    scenario: null,
    grid: null,
  };
}

export function makeTranslationExercise(spec: ExerciseSpec): Exercise {
  return translationExercise(spec, translationParams(spec.seed, spec.difficulty));
}
