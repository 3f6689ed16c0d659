import type { LfsOp } from '../../fs/lfs/lfsOperations';
import { cloneRandom, pyRandom, type PyRandomState } from '../pyRandom';
import { groupedDigits } from '../../groupedDigits';
import { RankedList } from '../rankedList';

/** One command of lfs.py's list (-L, or made up from -n and -p). */
export type LfsCommand =
  | LfsOp
  /** a word lfs.py does not know: it says so and goes on */
  | { op: 'unknown'; word: string };

/** The most blocks one write may ask for: lfs.py makes up every one of them before it writes at most 8. */
const MAX_COUNT = 1_000_000;

/** Python's int() of a string: optional spaces and sign, digits (single underscores between them). */
export function pyInt(s: string): number | null {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(s);
  if (!m) return null;
  const n = Number(`${m[1]}${(m[2] as string).replaceAll('_', '')}`);
  return Number.isSafeInteger(n) ? n : null;
}

const ARITY: Record<string, number> = { c: 2, d: 2, r: 2, w: 4, l: 3 };

/**
 * -L's list ("c,/a:w,/a,0,2:s") -> its commands, or why lfs.py would stop on it (a command with the wrong number
 * of arguments fails an assertion; an offset or size that is not a whole number fails int()).
 */
export function parseCommandList(list: string): LfsCommand[] | string {
  const commands: LfsCommand[] = [];
  for (const text of list.split(':')) {
    const args = text.split(',');
    const word = args[0] as string;
    const arity = ARITY[word];
    if (arity !== undefined && args.length !== arity)
      return `-L/--command_list: "${text}" has ${args.length - 1} argument(s) where ${word} takes ${arity - 1} (lfs.py fails an assertion)`;
    const [, a = '', b = '', c = ''] = args;
    if (word === 'c') commands.push({ op: 'create', path: a });
    else if (word === 'd') commands.push({ op: 'mkdir', path: a });
    else if (word === 'r') commands.push({ op: 'delete', path: a });
    else if (word === 'l') commands.push({ op: 'link', src: a, dst: b });
    else if (word === 's') commands.push({ op: 'sync' });
    else if (word === 'w') {
      const offset = pyInt(b);
      const count = pyInt(c);
      if (offset === null || count === null)
        return `-L/--command_list: "${text}": offset and size must be whole numbers (lfs.py's int() fails on ${JSON.stringify(offset === null ? b : c)})`;
      if (count > MAX_COUNT)
        return `-L/--command_list: "${text}": a write of at most ${groupedDigits(MAX_COUNT)} blocks (lfs.py makes up the contents of every block asked for, then writes at most 8)`;
      commands.push({ op: 'write', path: a, offset, count });
    } else commands.push({ op: 'unknown', word });
  }
  return commands;
}

/** The commands -p weighs, in the order lfs.py tries them. */
const KINDS = ['c', 'w', 'd', 'r', 'l', 's'] as const;
type Kind = (typeof KINDS)[number];

/** Each command's share of [0, 100): [from, to), empty where it has none. */
export type Percentages = Record<Kind, [number, number]>;

/** -p ("c30,w30,d10,r20,l10,s0") -> each command's share, or lfs.py's complaint about it. */
export function parsePercentages(text: string): Percentages | string {
  const parts = text.split(',').map((p) => ({ kind: p.slice(0, 1), value: pyInt(p.slice(1)) }));
  let sum = 0;
  for (const [i, p] of parts.entries()) {
    if (p.kind === '' || p.value === null)
      return `-p/--percentages: "${text.split(',')[i]}" is not a command letter and a whole number (lfs.py fails on it)`;
    if (p.value < 0) return `-p/--percentages: percentages must be positive or zero (got ${p.value} for ${p.kind})`;
    sum += p.value;
  }
  if (sum !== 100) return `-p/--percentages: percentages do not add to 100 (they add to ${sum})`;
  const shares = Object.fromEntries(KINDS.map((k) => [k, [0, 0]])) as Percentages;
  sum = 0;
  for (const p of parts) {
    if (!(KINDS as readonly string[]).includes(p.kind))
      return `-p/--percentages: bad command ${p.kind} (the commands are ${KINDS.join(', ')})`;
    shares[p.kind as Kind] = [sum, sum + (p.value as number)];
    sum += p.value as number;
  }
  return shares;
}

const letter = (random: PyRandomState) => String.fromCharCode(97 + Math.floor(pyRandom(random) * 26));
/** lfs.py's `xs[int(random.random() * len(xs))]`, of a list or a RankedList */
const pick = <T>(random: PyRandomState, xs: { length: number; at(k: number): T | undefined }): T =>
  xs.at(Math.floor(pyRandom(random) * xs.length)) as T;

/** A new name in `dir`: two letters and a digit, drawn as lfs.py draws them. */
function newName(random: PyRandomState, dir: string): string {
  const name = `${letter(random)}${letter(random)}${Math.floor(pyRandom(random) * 10)}`;
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/**
 * `n` commands made up as lfs.py makes them, all of them before the first runs (the draws for the file system's
 * contents follow theirs), yet never held at once: they are drawn once to leave `random` where lfs.py leaves it,
 * then again, from a copy of where it started, one at a time as the run takes them (a long run's list would be most
 * of its memory). Refuses where lfs.py never ends or stops (madeCommands).
 */
export function commandsMadeUp(random: PyRandomState, n: number, shares: Percentages): Iterable<LfsCommand> | string {
  const start = cloneRandom(random);
  const all = madeCommands(random, n, shares);
  let next = all.next();
  while (!next.done) next = all.next();
  if (next.value !== null) return next.value;
  return { [Symbol.iterator]: () => madeCommands(cloneRandom(start), n, shares) };
}

/**
 * The commands lfs.py makes up: a draw picks the command by -p's shares; one that needs a file when none was made
 * is drawn again (so the names it makes are only those the commands make, failing or not). Returns null once `n`
 * are made, or a refusal where lfs.py never ends (no share for c, d or s, so no command can be made) or stops (a
 * draw that falls in no share, when -p names a command twice).
 */
function* madeCommands(random: PyRandomState, n: number, shares: Percentages): Generator<LfsCommand, string | null> {
  const width = (k: Kind) => shares[k][1] - shares[k][0];
  if (n > 0 && width('c') === 0 && width('d') === 0 && width('s') === 0)
    return `-p/--percentages: with no chance of c, d or s, no file is ever made for w, r or l, so lfs.py never makes ${n} commands (it draws forever, or until a draw falls in no command's share)`;
  const files = new RankedList<string>();
  const dirs = ['/'];
  const within = (chance: number, k: Kind) => chance >= shares[k][0] / 100 && chance < shares[k][1] / 100;
  for (let made = 0; made < n; made++) {
    let command: LfsCommand;
    // A command that needs a file when none was made is drawn again: `continue` draws without counting.
    for (;;) {
      const chance = pyRandom(random);
      if (within(chance, 'c')) {
        const path = newName(random, pick(random, dirs));
        files.push(path);
        command = { op: 'create', path };
      } else if (within(chance, 'w')) {
        if (files.length === 0) continue;
        const path = pick(random, files);
        const offset = Math.floor(pyRandom(random) * 8);
        command = { op: 'write', path, offset, count: Math.floor(pyRandom(random) * 8) };
      } else if (within(chance, 'd')) {
        const path = newName(random, pick(random, dirs));
        dirs.push(path);
        command = { op: 'mkdir', path };
      } else if (within(chance, 'r')) {
        if (files.length === 0) continue;
        command = { op: 'delete', path: files.removeAt(Math.floor(pyRandom(random) * files.length)) };
      } else if (within(chance, 'l')) {
        if (files.length === 0) continue;
        const src = pick(random, files);
        const dst = newName(random, pick(random, dirs));
        files.push(dst);
        command = { op: 'link', src, dst };
      } else if (within(chance, 's')) command = { op: 'sync' };
      else
        return `-p/--percentages: a draw of ${chance} falls in no command's share (-p names a command twice), and lfs.py stops with "abort: internal error with percent operations"`;
      break;
    }
    yield command;
  }
  return null;
}
