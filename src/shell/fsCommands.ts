import { CORRUPTION_NAMES, parseFsOp, type CorruptionName, type FsOp } from '../core/fs/fsOp';
import { blockRuns, runRange } from '../core/fs/allocation/disk';
import { KIND_WORD, modeText, octalMode, ownerText } from '../core/fs/fileSystem';
import type { FsPicture } from '../core/fs/subsystem/view';
import type { Inode } from '../core/fs/types';
import { operateAndTell } from './effects';
import { formatBytes, percent, table } from './format';
import { fail, out, type CommandResult, type ShellHost } from './host';
import { num, str, type Args, type Command } from './spec';
import { inodeAt } from './workingDirectory';
import { lsMounted, mountPointRows, statMounted } from './mountedListing';
import { entryAt, placeAt } from './vfsPlace';

const ADD_FS = {
  browser: 'load a scenario with an fs section (the Files view shows it)',
  terminal: 'add an "fs" section to the scenario file',
} as const;

/** The file system, or the refusal saying there is none. */
export function fileSystem(host: ShellHost, command: string): { fs: FsPicture } | CommandResult {
  const fs = host.view().fs;
  return fs ? { fs } : fail(`${command}: this scenario has no file system (${ADD_FS[host.front]})`);
}

const inodeOf = (fs: FsPicture, inum: number): Readonly<Inode> | undefined =>
  fs.inodes.find((i) => i.inum === inum)?.inode;

/** A change to the file system: one operation at the current tick, told by the simulation's narration. */
function change(name: string, args: Command['args'], help: string, op: (a: Args) => FsOp): Command {
  return {
    name,
    args,
    help,
    run: async (a, host) => {
      const found = fileSystem(host, name);
      if (!('fs' in found)) return found;
      return operateAndTell(host, name, { op: 'fs', action: op(a) }, `${name}:`);
    },
  };
}

const PATH = { name: 'PATH', kind: 'path' } as const;

const ls: Command = {
  name: 'ls',
  args: [{ ...PATH, optional: true }],
  help: 'lists a directory of the file system (default /): mode, links, owner, size, inode, blocks and name',
  run: (a, host) => {
    const found = fileSystem(host, 'ls');
    if (!('fs' in found)) return found;
    const { fs } = found;
    const path = (a.PATH as string | undefined) ?? '/';
    const mounted = placeAt(host.view(), fs, path, true);
    if (mounted.in === 'mount') return lsMounted(mounted, path);
    // A link to a directory lists the directory, as ls does; any other name lists itself.
    const through = entryAt(fs, path, true);
    const at = through && inodeAt(fs, through)?.kind === 'dir' ? through : entryAt(fs, path, false);
    if (!at) return fail(`ls: ${path}: no such file or directory`);
    const inode = inodeOf(fs, at.inum) as Inode;
    const under = at.path === '/' ? '/' : `${at.path}/`;
    const listed =
      inode.kind === 'dir' ? fs.tree.filter((e) => e.depth === at.depth + 1 && e.path.startsWith(under)) : [at];
    const rows = listed.map((e) => {
      const i = inodeOf(fs, e.inum) as Inode;
      return [
        modeText(i.kind, i.mode),
        String(i.links),
        i.owner === 0 ? 'root' : `P${i.owner}`,
        String(i.size),
        String(e.inum),
        String(i.blocks.length),
        i.kind === 'dir' ? `${e.name}/` : i.kind === 'symlink' ? `${e.name} -> ${i.target ?? ''}` : e.name,
      ];
    });
    // The mount points are names of / as ls shows them on Linux, though the block file system holds none.
    if (at.path === '/') rows.push(...mountPointRows());
    if (rows.length === 0) return out(`${path} is empty`);
    return out(...table(['mode', 'links', 'owner', 'bytes', 'inode', 'blocks', 'name'], rows));
  },
};

const stat: Command = {
  name: 'stat',
  args: [PATH],
  help: "an inode's fields: type, size, links, owner, mode, times in ticks and its data blocks",
  run: (a, host) => {
    const found = fileSystem(host, 'stat');
    if (!('fs' in found)) return found;
    const path = str(a, 'PATH');
    const mounted = placeAt(host.view(), found.fs, path, false);
    if (mounted.in === 'mount') return statMounted(mounted, path);
    const at = entryAt(found.fs, path, false);
    if (!at) return fail(`stat: ${path}: no such file or directory`);
    const i = inodeOf(found.fs, at.inum) as Inode;
    return out(
      `  File: ${path}`,
      `  Type: ${KIND_WORD[i.kind]}   Inode: ${at.inum}   Links: ${i.links}`,
      ...(i.target === undefined ? [] : [`Target: ${i.target} (stat shows the link itself, not what it points at)`]),
      `  Size: ${i.size} bytes (${formatBytes(i.size)})   Blocks: ${i.blocks.length} of ${formatBytes(found.fs.config.blockSize)}`,
      `Access: ${octalMode(i.mode)} (${modeText(i.kind, i.mode)})   Owner: ${ownerText(i.owner)}`,
      `Modify: tick ${i.mtime}   Change: tick ${i.ctime}`,
      `Blocks: ${
        blockRuns(i.blocks)
          .map((r) => runRange(r, '-'))
          .join(', ') || 'none'
      }`,
    );
  },
};

const df: Command = {
  name: 'df',
  args: [],
  help: 'free and used blocks and inodes, fragmentation, and what the block device has done',
  run: (_a, host) => {
    const found = fileSystem(host, 'df');
    if (!('fs' in found)) return found;
    const f = found.fs.figures;
    const g = f.fragmentation;
    const s = f.stats;
    return out(
      ...table(
        ['', 'total', 'used', 'free', 'use'],
        [
          [
            'blocks',
            String(f.blocks),
            String(f.usedBlocks),
            String(f.blocks - f.usedBlocks),
            percent(f.usedBlocks / f.blocks),
          ],
          [
            'inodes',
            String(f.inodes),
            String(f.usedInodes),
            String(f.inodes - f.usedInodes),
            percent(f.usedInodes / f.inodes),
          ],
        ],
      ),
      `${formatBytes(f.blockSize)} blocks, ${formatBytes((f.blocks - f.usedBlocks) * f.blockSize)} free; ${f.files} files, ${f.directories} directories`,
      `Fragmentation: ${g.fragmented} of ${g.withBlocks} files and directories in more than one run (${g.runs} runs in all); free space in ${g.freeRuns} run${g.freeRuns === 1 ? '' : 's'}, the largest ${g.largestFreeRun} blocks`,
      `Device: ${s.requests} requests (${s.reads} reads, ${s.writes} writes, ${s.refused} refused), ${s.blocksMoved} blocks moved, busy ${s.busyTicks} ticks, requests queued ${s.queuedTicks} ticks in all`,
    );
  },
};

const tamper: Command = {
  name: 'tamper',
  args: [
    { name: 'HEIGHT', kind: 'integer' },
    { name: 'rehash', kind: 'name', optional: true },
  ],
  help: "changes ledger block HEIGHT (its first transfer's amount); with rehash, recomputes its hash as a forger would",
  detail: ['verify-ledger then names the first bad block: the changed one, or with rehash the one after it.'],
  run: async (a, host) => {
    const found = fileSystem(host, 'tamper');
    if (!('fs' in found)) return found;
    const word = a.rehash as string | undefined;
    if (word !== undefined && word !== 'rehash')
      return fail(`tamper: the word after HEIGHT can only be rehash, got '${word}'`);
    const action: FsOp = { kind: 'tamper', height: num(a, 'HEIGHT'), rehash: word === 'rehash' };
    return operateAndTell(host, 'tamper', { op: 'fs', action }, 'tamper:');
  },
};

const ln: Command = {
  ...change('ln', [{ name: 'TARGET', kind: 'path' }, PATH], 'a second name (a hard link) for a file', (a) => ({
    kind: 'link',
    target: str(a, 'TARGET'),
    path: str(a, 'PATH'),
  })),
  detail: ["ln -s TARGET PATH makes a symbolic link holding TARGET (absolute, or relative to the link's directory)."],
  design: {
    args: [{ name: '-s', kind: 'name' }, { name: 'TARGET', kind: 'name' }, PATH],
    run: async (a, host) => {
      if (a['-s'] !== '-s') return fail(`ln: the only option is -s (a symbolic link), got '${str(a, '-s')}'`);
      const found = fileSystem(host, 'ln');
      if (!('fs' in found)) return found;
      const action: FsOp = { kind: 'symlink', target: str(a, 'TARGET'), path: str(a, 'PATH') };
      return operateAndTell(host, 'ln', { op: 'fs', action }, 'ln:');
    },
  },
};

const chmod: Command = {
  name: 'chmod',
  args: [{ name: 'MODE', kind: 'name' }, PATH],
  help: 'sets the permission bits of a file or directory, in octal (0644, 0700, …); the console acts as root',
  detail: [
    'A process acting as its own user (user "own" in its spec) is then checked against them: its owner bits if it',
    'made the inode, the others bits otherwise; root passes every check.',
  ],
  run: async (a, host) => {
    const found = fileSystem(host, 'chmod');
    if (!('fs' in found)) return found;
    const parsed = parseFsOp(`chmod ${str(a, 'MODE')} ${str(a, 'PATH')}`);
    if (!parsed.ok) return fail(`chmod: ${parsed.error.message}`);
    return operateAndTell(host, 'chmod', { op: 'fs', action: parsed.op }, 'chmod:');
  },
};

const corrupt: Command = {
  ...change(
    'corrupt',
    [{ name: 'KIND', kind: 'corruption' }],
    "breaks the file system as OSTEP's fsck.py does, for fsck to find (KIND: Tab lists them)",
    (a) => ({ kind: 'corrupt', corruption: str(a, 'KIND') as CorruptionName }),
  ),
  detail: [
    `KIND is one of ${CORRUPTION_NAMES.join(', ')}.`,
    "Where it strikes (and for random, which) is drawn from the run's random stream, so a replay makes the same.",
    'Then fsck finds it and repairs it, saying what it fixed.',
  ],
};

export const FS_COMMANDS: readonly Command[] = [
  ls,
  stat,
  df,
  change('mkdir', [PATH], 'makes a directory now (the system does it, as root)', (a) => ({
    kind: 'mkdir',
    path: str(a, 'PATH'),
  })),
  change('touch', [PATH], 'makes an empty file now', (a) => ({ kind: 'touch', path: str(a, 'PATH') })),
  change(
    'write',
    [PATH, { name: 'SIZE', kind: 'size' }],
    'appends SIZE bytes (4096, 64KiB, …) to a file, making it if it is not there',
    (a) => ({
      kind: 'write',
      path: str(a, 'PATH'),
      bytes: num(a, 'SIZE'),
    }),
  ),
  change(
    'truncate',
    [PATH, { name: 'BYTES', kind: 'integer' }],
    "sets a file's length to BYTES: blocks past it are freed",
    (a) => ({
      kind: 'truncate',
      path: str(a, 'PATH'),
      bytes: num(a, 'BYTES'),
    }),
  ),
  change('rm', [PATH], "removes a file's name; the file goes with its last name", (a) => ({
    kind: 'rm',
    path: str(a, 'PATH'),
  })),
  change('rmdir', [PATH], 'removes an empty directory', (a) => ({ kind: 'rmdir', path: str(a, 'PATH') })),
  ln,
  change(
    'mv',
    [
      { name: 'FROM', kind: 'path' },
      { name: 'TO', kind: 'path' },
    ],
    'renames or moves a file or directory',
    (a) => ({
      kind: 'rename',
      from: str(a, 'FROM'),
      to: str(a, 'TO'),
    }),
  ),
  change('sync', [], 'writes every dirty block of the page cache to the disk (the device is busy meanwhile)', () => ({
    kind: 'sync',
  })),
  change('verify-ledger', [], 'checks the ledger at /ledger block by block and names the first bad block', () => ({
    kind: 'verify',
  })),
  chmod,
  tamper,
  change(
    'fsck',
    [],
    'checks the file system (blocks, directories, orphans, link counts, bitmaps) and repairs what it finds, saying so',
    () => ({ kind: 'fsck' }),
  ),
  corrupt,
  change(
    'crash',
    [],
    'the power fails now: what had not reached the disk is lost; mount replays the journal (fs.journal must be set)',
    () => ({ kind: 'crash' }),
  ),
  change(
    'fail-disk',
    [{ name: 'DISK', kind: 'integer' }],
    "a member disk of the node's RAID fails now (fs.device kind raid): its blocks are read degraded, or lost",
    (a) => ({ kind: 'fail', disk: num(a, 'DISK') }),
  ),
  change(
    'rebuild-disk',
    [{ name: 'DISK', kind: 'integer' }],
    "a spare takes failed member DISK's place in the node's RAID, rebuilt in the members' idle time",
    (a) => ({ kind: 'rebuild', disk: num(a, 'DISK') }),
  ),
  change(
    'corrupt-block',
    [
      { name: 'BLOCK', kind: 'integer' },
      { name: 'DISK', kind: 'integer', optional: true },
    ],
    'a bit of device block BLOCK flips at rest (silent corruption; on a RAID, on member DISK or the one reads go to)',
    (a) => ({ kind: 'corruptBlock', block: num(a, 'BLOCK'), ...(a.DISK !== undefined && { disk: num(a, 'DISK') }) }),
  ),
  change(
    'bad-sector',
    [
      { name: 'BLOCK', kind: 'integer' },
      { name: 'DISK', kind: 'integer', optional: true },
    ],
    'device block BLOCK becomes unreadable (a latent sector error), found on its next read (on a RAID: member DISK)',
    (a) => ({ kind: 'badSector', block: num(a, 'BLOCK'), ...(a.DISK !== undefined && { disk: num(a, 'DISK') }) }),
  ),
];
