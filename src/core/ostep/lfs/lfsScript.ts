import { createLfs } from '../../fs/lfs/lfsLog';
import { liveness, livenessSentence } from '../../fs/lfs/lfsLiveness';
import type { Addr, LfsBlock, LfsBlockKind, LfsState } from '../../fs/lfs/lfsTypes';
import { pyList } from '../pyFormat';
import { scriptFlags, type OstepScript } from '../script';
import { TEXT_INSTEAD } from '../workloadScript';
import { commandsMadeUp, parseCommandList, parsePercentages, pyInt, type LfsCommand } from './lfsCommands';
import { LFS_FLAGS, type LfsOptions } from './lfsFlags';
import { lfsRun, type LfsRun, type LfsStep } from './lfsRun';
import { blockText, logLines } from './lfsText';
import { textLines } from '../textParts';
import { groupedDigits } from '../../groupedDigits';

/** One block of the log as the answer gives it. */
export interface LfsBlockAnswer {
  addr: number;
  kind: LfsBlockKind;
  /** its contents as lfs.py prints them */
  text: string;
  live: boolean;
  /** why it is live or dead, in words */
  why: string;
  /** the log addresses it points to (a checkpoint region to inode-map pieces, a piece to inodes, an inode to blocks) */
  points: number[];
}

/** The answer of lfs.py -c as data. */
export interface LfsAnswers {
  initial: LfsBlockAnswer[];
  steps: LfsStep[];
  /** the whole log at the end, each block live or dead */
  final: LfsBlockAnswer[];
  /** the checkpoint region in memory at the end (the one liveness starts from) */
  checkpoint: Addr[];
  /** the paths lfs.py counts as made and not deleted (-v) */
  liveFiles: string[];
  liveDirs: string[];
}

/**
 * Commands in one problem whose answer is held whole (each appends a few blocks, and the answer holds every block
 * and every step in words); the command line prints a larger one as it runs.
 */
const MAX_ANSWERED = 100_000;
/**
 * Commands in one problem printed as it runs: its log and its lists of names are held whole, as lfs.py holds them,
 * so its memory grows with the commands (README gives figures).
 */
const MAX_STREAMED = 10_000_000;

const points = (b: LfsBlock): Addr[] =>
  b.kind === 'checkpoint' ? b.pieces : b.kind === 'imap' ? b.inodes : b.kind === 'inode' ? b.pointers : [];

function blocksAnswer(fs: LfsState): LfsBlockAnswer[] {
  const live = liveness(fs);
  return fs.log.map((b, addr) => ({
    addr,
    kind: b.kind,
    text: blockText(b),
    live: live[addr] !== null,
    why: livenessSentence(live[addr] ?? null),
    points: points(b).filter((a): a is number => a !== null),
  }));
}

/** The commands of -L, or made up from the seed (-n, -p): or why lfs.py stops before running any. */
function commandsOf(v: LfsOptions, fs: LfsState, max: number): Iterable<LfsCommand> | string {
  const shares = parsePercentages(v.percentages);
  if (typeof shares === 'string') return shares;
  const atMost = (n: number) =>
    `at most ${groupedDigits(max)} commands (got ${n})${max === MAX_ANSWERED ? `; the answer as data holds every block and every step in words, and ${TEXT_INSTEAD}` : ''}`;
  if (v.commandList !== '') {
    const commands = parseCommandList(v.commandList);
    if (typeof commands === 'string') return commands;
    if (commands.length > max) return `-L/--command_list: ${atMost(commands.length)}`;
    // Only a listed command can be one lfs.py does not know.
    const first = commands[0];
    if (v.showReturnCodes && first?.op === 'unknown')
      return `-e: the first command, "${first.word}", is not one lfs.py knows, so it has no return code to show yet (lfs.py stops with a NameError)`;
    return commands;
  }
  const n = pyInt(v.numCommands);
  if (n === null)
    return `-n/--num_commands: ${JSON.stringify(v.numCommands)} is not a whole number (lfs.py's int() fails)`;
  if (n < 0) return `-n/--num_commands: num_commands must be greater than zero (got ${n})`;
  if (n > max) return `-n/--num_commands: ${atMost(n)}`;
  return commandsMadeUp(fs.random, n, shares);
}

/** The file system and the commands to run on it, or why lfs.py stops before running any. */
function lfsProblem(v: LfsOptions, max: number): { fs: LfsState; commands: Iterable<LfsCommand> } | string {
  const fs = createLfs(
    {
      readDiskCheckpoint: v.useDiskCheckpoint,
      forceCheckpoints: !v.noForceCheckpoints,
      allocation: v.inodePolicy === 'r' ? 'random' : 'sequential',
    },
    v.seed,
  );
  const commands = commandsOf(v, fs, max);
  return typeof commands === 'string' ? commands : { fs, commands };
}

/** lfs.py's whole text, made as its commands run; returns what they made, or where lfs.py breaks. */
function* lfsText(
  v: LfsOptions,
  fs: LfsState,
  commands: Iterable<LfsCommand>,
  keepSteps: boolean,
): Generator<string, LfsRun | string> {
  yield '\nINITIAL file system contents:\n';
  yield* logLines(fs, 0, fs.log.length, true);
  yield '\n';
  const run = yield* lfsRun(v, fs, commands, keepSteps);
  if (typeof run === 'string') return run;
  if (v.noFinal) yield '\n';
  else {
    yield '\nFINAL file system contents:\n';
    yield* logLines(fs, 0, fs.log.length, v.solve);
    yield '\n';
    if (v.showLivePaths) yield `Live directories:  ${pyList(run.dirs)}\nLive files:  ${pyList(run.files)}\n\n`;
  }
  return run;
}

/**
 * OSTEP's lfs.py: commands (-L, or made up from the seed) on our log-structured file system (src/core/fs/lfs),
 * the log printed block by block as lfs.py prints it, with each block's liveness as the question (?) or, with -c,
 * the answer.
 */
export const lfsScript: OstepScript<LfsAnswers, typeof LFS_FLAGS> = {
  ...scriptFlags({ name: 'lfs', path: 'file-lfs/lfs.py', runsOn: 'on our log-structured file system' }, LFS_FLAGS, {
    width: 22,
    nextLineFrom: 21,
  }),
  solve(v) {
    const p = lfsProblem(v, MAX_ANSWERED);
    if (typeof p === 'string') return { ok: false, error: p };
    const { fs, commands } = p;
    const initial = blocksAnswer(fs);
    const parts: string[] = [];
    const text = lfsText(v, fs, commands, true);
    let next = text.next();
    for (; !next.done; next = text.next()) parts.push(next.value);
    const run = next.value;
    if (typeof run === 'string') return { ok: false, error: run };
    const answer: LfsAnswers = {
      initial,
      steps: run.steps,
      final: blocksAnswer(fs),
      checkpoint: [...fs.checkpoint],
      liveFiles: run.files,
      liveDirs: run.dirs,
    };
    return { ok: true, answer, text: parts.join('') };
  },
  stream(v) {
    const p = lfsProblem(v, MAX_STREAMED);
    if (typeof p === 'string') return { ok: false, error: p };
    const { fs, commands } = p;
    let broke: string | null = null;
    function* text(): Generator<string> {
      const run = yield* lfsText(v, fs, commands, false);
      if (typeof run === 'string') broke = run;
    }
    return { ok: true, lines: textLines(text()), brokeOff: () => broke };
  },
};
