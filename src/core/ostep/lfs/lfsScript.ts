import { createLfs } from '../../fs/lfs/lfsLog';
import { liveness, livenessSentence } from '../../fs/lfs/lfsLiveness';
import type { Addr, LfsBlock, LfsBlockKind, LfsState } from '../../fs/lfs/lfsTypes';
import { pyList } from '../pyFormat';
import { scriptFlags, type OstepScript } from '../script';
import { makeCommands, parseCommandList, parsePercentages, pyInt, type LfsCommand } from './lfsCommands';
import { LFS_FLAGS, type LfsOptions } from './lfsFlags';
import { lfsRun, type LfsStep } from './lfsRun';
import { blockLine, blockText } from './lfsText';

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

/** Commands in one problem: each appends a few blocks, and the answer holds every block. */
const MAX_COMMANDS = 100_000;

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
function commandsOf(v: LfsOptions, fs: LfsState): LfsCommand[] | string {
  const shares = parsePercentages(v.percentages);
  if (typeof shares === 'string') return shares;
  if (v.commandList !== '') {
    const commands = parseCommandList(v.commandList);
    if (typeof commands !== 'string' && commands.length > MAX_COMMANDS)
      return `-L/--command_list: at most ${MAX_COMMANDS.toLocaleString('en-US')} commands (got ${commands.length})`;
    return commands;
  }
  const n = pyInt(v.numCommands);
  if (n === null)
    return `-n/--num_commands: ${JSON.stringify(v.numCommands)} is not a whole number (lfs.py's int() fails)`;
  if (n < 0) return `-n/--num_commands: num_commands must be greater than zero (got ${n})`;
  if (n > MAX_COMMANDS) return `-n/--num_commands: at most ${MAX_COMMANDS.toLocaleString('en-US')} commands (got ${n})`;
  return makeCommands(fs.random, n, shares);
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
    const fs = createLfs(
      {
        readDiskCheckpoint: v.useDiskCheckpoint,
        forceCheckpoints: !v.noForceCheckpoints,
        allocation: v.inodePolicy === 'r' ? 'random' : 'sequential',
      },
      v.seed,
    );
    const commands = commandsOf(v, fs);
    if (typeof commands === 'string') return { ok: false, error: commands };
    const parts: string[] = [];
    const dump = (from: number, to: number, showLive: boolean) => {
      const live = showLive ? liveness(fs) : null;
      for (let addr = from; addr < to; addr++)
        parts.push(blockLine(addr, fs.log[addr] as LfsBlock, live && live[addr] !== null));
    };
    parts.push('\nINITIAL file system contents:\n');
    dump(0, fs.log.length, true);
    parts.push('\n');
    const initial = blocksAnswer(fs);
    const run = lfsRun(v, fs, commands, (text) => parts.push(text), dump);
    if (typeof run === 'string') return { ok: false, error: run };
    const { files, dirs, steps } = run;
    if (v.noFinal) parts.push('\n');
    else {
      parts.push('\nFINAL file system contents:\n');
      dump(0, fs.log.length, v.solve);
      parts.push('\n');
      if (v.showLivePaths) parts.push(`Live directories:  ${pyList(dirs)}\n`, `Live files:  ${pyList(files)}\n`, '\n');
    }
    const answer: LfsAnswers = {
      initial,
      steps,
      final: blocksAnswer(fs),
      checkpoint: [...fs.checkpoint],
      liveFiles: files,
      liveDirs: dirs,
    };
    return { ok: true, answer, text: parts.join('') };
  },
};
