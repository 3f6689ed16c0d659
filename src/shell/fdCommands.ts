import { parseFsOp } from '../core/fs/fsOp';
import { FLAG_WORDS } from '../core/fs/openFiles';
import { operateAndTell } from './effects';
import { table } from './format';
import { fileSystem } from './fsCommands';
import { fail, out } from './host';
import type { ArgSpec, Command } from './spec';

const PID: ArgSpec = { name: 'PID', kind: 'pid' };
const FD: ArgSpec = { name: 'FD', kind: 'integer' };

/**
 * A descriptor operation of process PID at the current tick: the typed words are read as the scenario's `fs`
 * operation line (its checks and its words), and the simulation's narration says what it did.
 */
function descriptorCommand(name: string, args: readonly ArgSpec[], help: string, detail?: string[]): Command {
  return {
    name,
    args,
    help,
    ...(detail && { detail }),
    run: async (a, host) => {
      const found = fileSystem(host, name);
      if (!('fs' in found)) return found;
      const parsed = parseFsOp([name, ...args.map((s) => String(a[s.name]))].join(' '));
      if (!parsed.ok) return fail(`${name}: ${parsed.error.message}`);
      return operateAndTell(host, name, { op: 'fs', action: parsed.op }, `${name}:`);
    },
  };
}

const lsof: Command = {
  name: 'lsof',
  args: [],
  help: "each process's open descriptors: the open-file entry each points at, its inode, offset, mode and references",
  run: (_a, host) => {
    const found = fileSystem(host, 'lsof');
    if (!('fs' in found)) return found;
    const { open, orphans } = found.fs;
    const rows = Object.entries(open.tables)
      .sort(([a], [b]) => Number(a) - Number(b))
      .flatMap(([pid, fds]) =>
        fds.flatMap((at, fd) => {
          const e = at === null ? null : open.entries[at];
          if (at === null || !e) return [];
          const gone = orphans.includes(e.inum) ? ' (deleted)' : '';
          return [
            [
              `P${pid}`,
              String(fd),
              String(at),
              String(e.inum),
              `${e.path}${gone}`,
              FLAG_WORDS[e.flags],
              String(e.offset),
              String(e.refs),
            ],
          ];
        }),
      );
    if (rows.length === 0) return out('no process has a file open');
    return out(...table(['pid', 'fd', 'entry', 'inode', 'path', 'mode', 'offset', 'refs'], rows));
  },
};

export const FD_COMMANDS: readonly Command[] = [
  descriptorCommand(
    'open',
    [PID, { name: 'PATH', kind: 'path' }, { name: 'FLAGS', kind: 'name' }],
    'process PID opens PATH: r reads, w writes (made if missing, emptied), a appends; it gets the lowest free descriptor from 3',
    [
      `The descriptor points at a new entry of the system-wide open-file table (inode, offset 0, mode, one reference).`,
      'A process acting as its own user needs read (r) or write (w, a) permission; a process holds descriptors below 16.',
    ],
  ),
  descriptorCommand(
    'read',
    [PID, FD, { name: 'BYTES', kind: 'size' }],
    "reads up to BYTES through a descriptor from its entry's offset",
  ),
  descriptorCommand(
    'fdwrite',
    [PID, FD, { name: 'BYTES', kind: 'size' }],
    "writes BYTES through a descriptor at its entry's offset (at the end when opened a), growing the file",
  ),
  descriptorCommand(
    'seek',
    [PID, FD, { name: 'OFFSET', kind: 'integer' }],
    "sets a descriptor's offset (lseek from the start)",
  ),
  descriptorCommand('dup', [PID, FD], 'a second descriptor for the same open-file entry (they share its offset)'),
  descriptorCommand(
    'close',
    [PID, FD],
    'closes a descriptor; the entry goes with its last one, and a file removed while open goes with its last entry',
  ),
  lsof,
];
