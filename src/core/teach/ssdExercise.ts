import { nextInt, seedRng } from '../kernel/rng';
import { createSsd, ssdRead, ssdTrim, ssdUpkeep, ssdWrite } from '../storage/ssd/ssdDevice';
import { explainSsdDecision } from '../storage/ssd/ssdExplain';
import type { SsdConfig, SsdDecision, SsdFtl, SsdState } from '../storage/ssd/ssdTypes';
import { distinctPicks, exerciseId, pickOne } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, Question } from './types';

/** A host command as ssd.py takes them: write a letter to a logical page, read it, trim it. */
export type SsdCommand = { op: 'write'; page: number; data: string } | { op: 'read' | 'trim'; page: number };

/** FTLs, commands and whether GC may run (a low high-water mark), by difficulty. */
const LEVEL: Readonly<Record<Difficulty, { ftls: readonly SsdFtl[]; commands: number; gc: boolean }>> = {
  1: { ftls: ['direct', 'log'], commands: 6, gc: false },
  2: { ftls: ['log'], commands: 9, gc: false },
  3: { ftls: ['log'], commands: 12, gc: true },
};

const LOGICAL_PAGES = 8;

export interface SsdProblem {
  config: SsdConfig;
  commands: SsdCommand[];
}

export function ssdProblem(spec: ExerciseSpec): SsdProblem {
  const rng = seedRng((spec.seed ^ 0x55d) >>> 0);
  const level = LEVEL[spec.difficulty];
  const config: SsdConfig = {
    ftl: pickOne(rng, level.ftls),
    logicalPages: LOGICAL_PAGES,
    blocks: 6,
    pagesPerBlock: 4,
    eraseTime: 1000,
    programTime: 40,
    readTime: 10,
    highWater: level.gc ? 3 : 6,
    lowWater: level.gc ? 2 : 5,
    gcRule: 'safe',
    wearLevel: 'none',
    wearThreshold: 0,
    endurance: 0,
  };
  // a few pages written over and over, so overwrites (and, with GC, dead pages) come soon
  const hot = distinctPicks(rng, LOGICAL_PAGES, 4);
  const written = new Set<number>();
  const commands: SsdCommand[] = [];
  for (let i = 0; i < level.commands; i++) {
    const page = pickOne(rng, hot);
    const roll = nextInt(rng, 10);
    if (written.has(page) && roll === 0) commands.push({ op: 'trim', page });
    else if (written.has(page) && roll === 1) commands.push({ op: 'read', page });
    else {
      commands.push({ op: 'write', page, data: String.fromCharCode(97 + (i % 26)) });
      written.add(page);
    }
    if (commands.at(-1)?.op === 'trim') written.delete(page);
  }
  return { config, commands };
}

const commandText = (c: SsdCommand): string =>
  c.op === 'write' ? `write(${c.page}, ${c.data})` : `${c.op}(${c.page})`;

/** Runs the commands as ssd.py does (upkeep after each), keeping every decision. */
function runCommands(p: SsdProblem): { st: SsdState; decisions: SsdDecision[] } {
  const st = createSsd(p.config);
  const decisions: SsdDecision[] = [];
  const sink = (d: SsdDecision) => decisions.push(d);
  for (const c of p.commands) {
    if (c.op === 'write') ssdWrite(st, c.page, c.data, sink);
    else if (c.op === 'read') ssdRead(st, c.page);
    else ssdTrim(st, c.page);
    ssdUpkeep(st, sink);
  }
  return { st, decisions };
}

const sentence = (d: SsdDecision): string => {
  const s = explainSsdDecision(d);
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
};

/**
 * The SSD after a list of commands: where the log put logical pages, how many erases and programs it took
 * (write amplification), and with GC how much it copied. Every answer is our SSD's own run
 * (src/core/storage/ssd), the one that answers ssd.py byte for byte.
 */
export function makeSsdExercise(spec: ExerciseSpec): Exercise {
  const problem = ssdProblem(spec);
  const { config, commands } = problem;
  const { st, decisions } = runCommands(problem);
  const mapped = [...new Set(commands.map((c) => c.page))]
    .filter((l) => (st.forward[l] as number) !== -1)
    .sort((a, b) => a - b);
  const where: Question[] = mapped.slice(0, 2).map((l) => ({
    id: `page-${l}`,
    label: `After the commands, which physical page holds logical page ${l}?`,
    answerType: 'integer',
    hint: 'a physical page, 0 to 23',
    expected: String(st.forward[l]),
    steps: decisions
      .filter(
        (d) =>
          (d.kind === 'program' && d.logical === l) ||
          d.kind === 'open-block' ||
          (d.kind === 'gc-move' && d.logical === l),
      )
      .map(sentence),
  }));
  const all = decisions.map(sentence);
  const counts: Question[] = [
    {
      id: 'erases',
      label: 'How many block erases did the commands cause?',
      answerType: 'integer',
      hint: 'a count',
      expected: String(st.eraseSum),
      steps: all,
    },
    {
      id: 'programs',
      label: "How many page programs in all (the host's writes and any copies)?",
      answerType: 'integer',
      hint: 'a count',
      expected: String(st.writeSum),
      steps: all,
    },
  ];
  const ftlWords =
    config.ftl === 'direct'
      ? 'the direct-mapped FTL: logical page N lives at physical page N, so overwriting a page reads its block’s other valid pages, erases the block and programs them back with the new data'
      : `the log-structured FTL: each write goes to the log’s next free page, the old copy becomes garbage; ${config.highWater < config.blocks ? `when ${config.highWater} blocks are in use, garbage collection cleans blocks (from where it last stopped, copying their live pages to the log) until no more than ${config.lowWater} are` : 'there are too few writes here for garbage collection to run'}`;
  return {
    ...spec,
    id: exerciseId(spec),
    title: `SSD: the ${config.ftl === 'direct' ? 'direct-mapped' : 'log-structured'} FTL after ${commands.length} commands`,
    intro: [
      `A small flash SSD: 6 blocks of 4 pages (physical pages 0–23), ${LOGICAL_PAGES} logical pages, every page invalid at power-on (a block is erased when first opened). It runs ${ftlWords}.`,
      'Reads change nothing; a trim unmaps a logical page, leaving its physical copy as garbage.',
    ],
    tables: [
      {
        caption: 'The commands, in order',
        columns: ['#', 'Command'],
        rows: commands.map((c, i) => [String(i + 1), commandText(c)]),
      },
    ],
    questions: [...where, ...counts],
    scenario: null,
    grid: null,
  };
}
