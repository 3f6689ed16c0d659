import { nextInt, seedRng, type RngState } from '../kernel/rng';
import { clearTablePage, mapTwoLevel, zeroPages } from '../memory/twoLevelMap';
import { walkStepText, walkTwoLevel, type Level, type PageDump } from '../memory/twoLevelWalk';
import { distinctPicks, exerciseId } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, ProblemTable, Question } from './types';

/** A memory holding a two-level page table (OSTEP's geometry: 32-byte pages, 15-bit addresses) and addresses to walk. */
export interface MultilevelParams {
  pages: number[][];
  pdbr: number;
  addresses: number[];
}

/** Pages of memory, pages mapped (in at most `directories` directory entries), and addresses asked about. */
const SIZE: Readonly<Record<Difficulty, { pages: number; mapped: number; directories: number; asks: number }>> = {
  1: { pages: 16, mapped: 3, directories: 1, asks: 2 },
  2: { pages: 24, mapped: 5, directories: 2, asks: 3 },
  3: { pages: 32, mapped: 8, directories: 3, asks: 4 },
};

const hex = (n: number, width = 1): string => `0x${n.toString(16).padStart(width, '0')}`;

/** Free pages handed out at random, as OSTEP's findFree does. */
function freePages(rng: RngState, count: number) {
  const free = Array.from({ length: count }, (_, i) => i);
  return (): number => free.splice(nextInt(rng, free.length), 1)[0]!;
}

/**
 * The memory and questions for (seed, difficulty): a directory, a table page per directory entry used, mapped
 * pages filled with bytes 0..30 as OSTEP fills them; then addresses in a mapped page, in an unmapped entry of a
 * table page (a PTE fault) and under a directory entry not valid (a PDE fault), in a random order.
 */
export function multilevelParams(seed: number, difficulty: Difficulty): MultilevelParams {
  const rng = seedRng((seed ^ 0x2f1e7d) >>> 0);
  const size = SIZE[difficulty];
  const pages = zeroPages(size.pages);
  const take = freePages(rng, size.pages);
  const pdbr = take();
  clearTablePage(pages, pdbr);
  const directories = distinctPicks(rng, 32, size.directories);
  const mapped: number[] = [];
  while (mapped.length < size.mapped) {
    const vpn = directories[nextInt(rng, directories.length)]! * 32 + nextInt(rng, 32);
    if (mapped.includes(vpn)) continue;
    const frame = take();
    // Pages are plenty for the mapped pages and their tables (SIZE), so mapping never runs out.
    mapTwoLevel(pages, pdbr, vpn, frame, take);
    for (let j = 0; j < 32; j++) pages[frame]![j] = nextInt(rng, 31);
    mapped.push(vpn);
  }
  const unusedDirectory = Array.from({ length: 32 }, (_, d) => d).filter((d) => !directories.includes(d));
  const kinds = Array.from({ length: size.asks }, (_, i) =>
    i === 0 ? 'mapped' : (['mapped', 'pte', 'pde'] as const)[nextInt(rng, 3)]!,
  );
  const addresses = kinds.map((kind) => {
    const offset = nextInt(rng, 32);
    if (kind === 'mapped') return mapped[nextInt(rng, mapped.length)]! * 32 + offset;
    if (kind === 'pde')
      return (unusedDirectory[nextInt(rng, unusedDirectory.length)]! * 32 + nextInt(rng, 32)) * 32 + offset;
    let vpn = directories[nextInt(rng, directories.length)]! * 32 + nextInt(rng, 32);
    while (mapped.includes(vpn)) vpn = directories[nextInt(rng, directories.length)]! * 32 + nextInt(rng, 32);
    return vpn * 32 + offset;
  });
  return { pages, pdbr, addresses: distinctPicks(rng, addresses.length, addresses.length).map((i) => addresses[i]!) };
}

/** The three questions about one address: the PDE read, the PTE read (or none), the physical address (or fault). */
function questionsOf(pages: PageDump, pdbr: number, va: number, n: number): Question[] {
  const w = walkTwoLevel(pages, pdbr, va);
  const steps = w.steps.map(walkStepText);
  /** the physical address of the entry the walk read at this level, or none (the walk stopped before it) */
  const read = (level: Level): string => {
    for (const s of w.steps) if (s.step === 'entry' && s.level === level) return String(s.address);
    return 'none';
  };
  const at = hex(va, 4);
  return [
    {
      id: `pde-${n}`,
      label: `Address of the PDE read for virtual address ${at}`,
      // every address asked is inside the space, so its walk reads a PDE
      answerType: 'integer',
      hint: 'an address (decimal or 0x hex)',
      expected: read('pde'),
      steps: steps.slice(0, 2),
    },
    {
      id: `pte-${n}`,
      label: `Address of the PTE read for ${at}, or none`,
      answerType: 'page',
      hint: 'an address, or none (the PDE is not valid)',
      expected: read('pte'),
      steps: steps.slice(0, 3),
    },
    {
      id: `address-${n}`,
      label: `Physical address of ${at}, or fault`,
      answerType: 'address',
      hint: 'an address, or fault',
      expected: w.ok ? String(w.physical) : 'fault',
      steps: [
        ...steps,
        w.ok ? `So virtual ${at} is physical ${hex(w.physical, 3)} (${w.physical}).` : `So ${at} faults.`,
      ],
    },
  ];
}

/** The exercise for explicit givens; every answer is a walk by the two-level walker over the memory shown. */
export function multilevelExercise(spec: ExerciseSpec, p: MultilevelParams): Exercise {
  const dump: ProblemTable = {
    caption: `Memory: ${p.pages.length} pages of 32 bytes, each byte in hex (the PDBR is page ${p.pdbr})`,
    columns: ['Page', 'Bytes 0–31'],
    rows: p.pages.map((bytes, page) => [String(page), bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ')]),
  };
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Multi-level page table: PDBR ${p.pdbr}`,
    intro: [
      'Pages are 32 bytes and virtual addresses 15 bits: the top 5 bits index the page directory, the next 5 a page of the page table, the last 5 are the offset. An entry is one byte: the top bit (0x80) is the valid bit, the 7 bits below it a page number.',
      `The page directory is in page ${p.pdbr} (the PDBR). The PDE for an address is at PDBR × 32 + directory index; a valid PDE names the page of the table, whose entry at the table index is the PTE; a valid PTE names the page holding the data, at the offset.`,
      'For each virtual address give the physical address of the PDE read, of the PTE read (none when the PDE is not valid), and the physical address of the data, or fault. Addresses in decimal or 0x hex.',
    ],
    tables: [dump],
    questions: p.addresses.flatMap((va, i) => questionsOf(p.pages, p.pdbr, va, i + 1)),
    scenario: null,
    grid: null,
  };
}

export function makeMultilevelExercise(spec: ExerciseSpec): Exercise {
  return multilevelExercise(spec, multilevelParams(spec.seed, spec.difficulty));
}
