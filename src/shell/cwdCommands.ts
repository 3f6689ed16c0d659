import { fileSystem } from './fsCommands';
import { fail, out } from './host';
import type { Command } from './spec';
import { entryAt, inodeAt } from './workingDirectory';

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
    const dir = entryAt(found.fs, path, true);
    if (!dir) return fail(`cd: ${path}: no such file or directory`);
    if (inodeAt(found.fs, dir)?.kind !== 'dir') return fail(`cd: ${path}: not a directory`);
    host.setCwd(dir.path);
    return out(dir.path);
  },
};

const pwd: Command = {
  name: 'pwd',
  args: [],
  help: "prints the console's working directory",
  run: (_a, host) => out(host.view().cwd),
};

export const CWD_COMMANDS: readonly Command[] = [cd, pwd];
