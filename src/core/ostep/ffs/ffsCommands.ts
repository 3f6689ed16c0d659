/** One line of an ffs.py command file. */
export type FfsCommand =
  | { op: 'file'; path: string; size: number }
  | { op: 'dir'; path: string }
  | { op: 'delete'; path: string }
  | { op: 'dump' };

/** The most blocks one file may ask for: more than any file system here holds. */
const MAX_SIZE = 1 << 30;

/** A path as ffs.py handles it: absolute, names separated by single slashes, none empty. */
const CLEAN_PATH = /^(\/[^/\s]+)+$/;

/**
 * An ffs.py command file -> its commands, or one message naming the line where ffs.py would crash or stop
 * (an unknown command, a wrong number of words, a size that is not a whole number of blocks, a path it mangles).
 */
export function ffsCommands(text: string): FfsCommand[] | string {
  const commands: FfsCommand[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const words = line.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) continue;
    const where = `-f/--input_file line ${i + 1}`;
    const [op, path = '', size] = words;
    const arity = { file: 3, dir: 2, delete: 2, dump: 1 }[op as string];
    if (arity === undefined)
      return `${where}: ffs.py knows the commands file, dir, delete and dump (got ${JSON.stringify(op)}; ffs.py stops there)`;
    if (words.length !== arity)
      return `${where}: ${op} takes ${arity - 1 === 0 ? 'no arguments' : arity === 2 ? 'a path' : 'a path and a size in blocks'} (ffs.py crashes on ${JSON.stringify(line.trim())})`;
    if (op === 'dump') {
      commands.push({ op });
      continue;
    }
    if (!CLEAN_PATH.test(path))
      return `${where}: ${JSON.stringify(path)} is not an absolute path of names separated by single slashes (ffs.py mishandles it)`;
    if (op === 'file') {
      const blocks = Number(size);
      if (!/^\+?\d+$/.test(size as string) || blocks > MAX_SIZE)
        return `${where}: the size of ${path} must be a whole number of blocks from 0 to ${MAX_SIZE} (got ${JSON.stringify(size)})`;
      commands.push({ op, path, size: blocks });
    } else commands.push({ op: op as 'dir' | 'delete', path });
  }
  return commands;
}
