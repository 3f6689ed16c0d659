import { fileSystem } from './fsCommands';
import { fail, out } from './host';
import type { Command } from './spec';
import { notFound } from './mountedListing';
import { placeAt } from './vfsPlace';

const cd: Command = {
  name: 'cd',
  args: [{ name: 'PATH', kind: 'path', optional: true }],
  help: "changes the console's working directory (default /): relative paths typed after it start there",
  detail: [
    'The working directory is the console\'s own, as a shell\'s: "a/../b" goes by name, and a symbolic link to a',
    'directory is followed to the directory itself (as cd -P). It is not part of the simulation: a shared link or a',
    'replay does not carry it.',
  ],
  run: (a, host) => {
    const found = fileSystem(host, 'cd');
    if (!('fs' in found)) return found;
    const path = (a.PATH as string | undefined) ?? '/';
    const place = placeAt(host.view(), found.fs, path, true);
    if (place.in === 'none') return notFound('cd', path, place);
    const isDir = place.in === 'mount' ? place.node.kind === 'dir' : place.inode.kind === 'dir';
    if (!isDir) return fail(`cd: ${path}: not a directory`);
    const to = place.in === 'mount' ? [place.mount.point, ...place.names].join('/') : place.entry.path;
    host.setCwd(to);
    return out(to);
  },
};

const pwd: Command = {
  name: 'pwd',
  args: [],
  help: "prints the console's working directory",
  run: (_a, host) => out(host.view().cwd),
};

export const CWD_COMMANDS: readonly Command[] = [cd, pwd];
