import { MOUNTS } from '../core/fs/vfs/mounts';
import { formatBytes } from './format';
import { fileSystem } from './fsCommands';
import { fail, out } from './host';
import { notFound } from './mountedListing';
import { str, type Command } from './spec';
import { placeAt } from './vfsPlace';

const cat: Command = {
  name: 'cat',
  args: [{ name: 'PATH', kind: 'path' }],
  help: 'prints a file of /proc or /ledger; of the block file system, what the file is (it keeps sizes, not bytes)',
  detail: [
    "/proc's files are the kernel's state at the tick shown (/proc/PID/status, /proc/PID/fd, /proc/meminfo,",
    "/proc/uptime, /proc/mounts, /proc/runqueue); /ledger's are the ledger's blocks (/ledger/HEAD, /ledger/000003).",
    "The block file system records each file's size and blocks but no contents, so cat says that instead of text.",
  ],
  run: (a, host) => {
    const found = fileSystem(host, 'cat');
    if (!('fs' in found)) return found;
    const path = str(a, 'PATH');
    const place = placeAt(host.view(), found.fs, path, true);
    if (place.in === 'none') return notFound('cat', path, place);
    if (place.in === 'mount')
      return place.node.kind === 'dir' ? fail(`cat: ${path}: is a directory`) : out(...place.node.text.split('\n'));
    const { inode } = place;
    if (inode.kind === 'dir') return fail(`cat: ${path}: is a directory`);
    const blockSize = found.fs.config.blockSize;
    return out(
      `${path}: a regular file of ${inode.size} bytes (${formatBytes(inode.size)}) in ${inode.blocks.length} block${inode.blocks.length === 1 ? '' : 's'} of ${formatBytes(blockSize)}; the simulator keeps each file's size and blocks, not its bytes, so there is no text to show`,
    );
  },
};

const mount: Command = {
  name: 'mount',
  args: [],
  help: 'the mount table: which file system answers for /, /proc and /ledger',
  run: (_a, host) => {
    const found = fileSystem(host, 'mount');
    if (!('fs' in found)) return found;
    return out(...MOUNTS.map((m) => `${m.source} on ${m.point} type ${m.type} (${m.options}): ${m.about}`));
  },
};

export const VFS_COMMANDS: readonly Command[] = [cat, mount];
