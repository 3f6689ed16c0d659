import { appendBlockTo, createAt, linkAt, unlinkAt } from '../../fs/operations';
import { LOWEST_FREE, type Placement } from '../../fs/placement';
import { ROOT_INUM, type FsGeometry, type FsState } from '../../fs/types';
import { pyRandom, pySeed, type PyRandomState } from '../pyRandom';
import { RankedList } from '../rankedList';

/** One operation vsfs.py's generator made, as its -c line names it. */
export type VsfsOp =
  | { op: 'mkdir' | 'creat' | 'unlink'; path: string }
  | { op: 'write'; path: string; data: string }
  | { op: 'link'; target: string; path: string };

/**
 * What vsfs.py's run does, in the order it prints: a request begins; an operation succeeded (with the file
 * system right after it: the live state, to be read before the next event); the request is done (the state is
 * shown); or the inodes or data blocks ran out, which ends the run before that request's state is shown.
 */
export type VsfsEvent =
  | { kind: 'request' }
  | { kind: 'op'; op: VsfsOp; fs: FsState }
  | { kind: 'done' }
  | { kind: 'outOf'; what: 'inodes' | 'data blocks' };

// A request's beginning and end carry nothing of their own: one object each, shared by every request.
const REQUEST: VsfsEvent = Object.freeze({ kind: 'request' });
const DONE: VsfsEvent = Object.freeze({ kind: 'done' });

/** The generator's lists at the end, as vsfs.py prints them with -p. */
export interface VsfsLists {
  /** the files' paths, put together when asked (a long fsck run prints them only with -p) */
  files(): string[];
  dirs: string[];
}

/** vsfs.py's file system: one block pointer per inode, 32 entries per directory block. */
export function vsfsGeometry(inodes: number, dataBlocks: number): FsGeometry {
  return { inodes, dataBlocks, entriesPerBlock: 32, pointersPerInode: 1, blockSize: 4096 };
}

/** What differs between vsfs.py's generator and its copy in fsck.py. */
export interface VsfsRules {
  /** the names a new file or directory draws from */
  names: readonly string[];
  /** where in the list of `files` files the one an unlink removes is (a draw of the stream) */
  victim(files: number, rng: PyRandomState): number;
  /** how the file system picks a free inode or block (a placement may draw from the same stream) */
  placement(rng: PyRandomState): Placement;
}

/** An index into a list of `length`, drawn as vsfs.py and fsck.py do: int(random() * len(list)). */
const pickIndex = (rng: PyRandomState, length: number): number => Math.floor(pyRandom(rng) * length);

/** One of `list`, drawn as vsfs.py and fsck.py do: list[int(random() * len(list))]. */
export const pick = <T>(rng: PyRandomState, list: readonly T[]): T => list[pickIndex(rng, list.length)] as T;

/** vsfs.py: names without i and l (easy to misread), any file unlinked, the lowest free inode and block. */
export const VSFS_RULES: VsfsRules = {
  names: [...'abcdefghjkmnopqrstuvwxyz'],
  victim: (files, rng) => pickIndex(rng, files),
  placement: () => LOWEST_FREE,
};

const under = (parent: string, name: string) => (parent === '/' ? `/${name}` : `${parent}/${name}`);

/**
 * vsfs.py's random workload on our file system: each request draws an operation kind and retries until one
 * succeeds, exactly as the script draws from CPython's random stream, so the same seed gives the same
 * operations; whether an operation succeeds, and the state after it, are our file system's. The run stops
 * when the inodes or the data blocks are all in use, as the script does. Nothing is kept but the live state
 * and the generator's lists, so a run of any length needs only the file system's own memory, a path for each
 * directory and a number for each file.
 */
export function* vsfsRun(
  fs: FsState,
  seed: number,
  requests: number,
  rules: VsfsRules = VSFS_RULES,
): Generator<VsfsEvent, VsfsLists> {
  const run = workload(fs, seed, rules);
  for (let i = 0; i < requests; i++) {
    yield REQUEST;
    const op = request(run);
    if (op) yield { kind: 'op', op, fs };
    if (run.outOf) {
      yield { kind: 'outOf', what: run.outOf };
      break;
    }
    yield DONE;
  }
  return listsOf(run);
}

/**
 * vsfsRun's workload without its events, for what reads only where it ended (fsck.py's, whose operations are not
 * printed): no event object and no resumed generator for each request, a quarter of a million in a long run.
 */
export function vsfsWorkload(
  fs: FsState,
  seed: number,
  requests: number,
  rules: VsfsRules,
): { outOf: OutOf | null; lists: VsfsLists } {
  const run = workload(fs, seed, rules);
  for (let i = 0; i < requests && run.outOf === null; i++) request(run);
  return { outOf: run.outOf, lists: listsOf(run) };
}

type OutOf = 'inodes' | 'data blocks';

/** A run of the generator: the file system, its random stream and placement, its lists, and whether it ran out. */
interface Workload extends GeneratorLists {
  fs: FsState;
  rng: PyRandomState;
  rules: VsfsRules;
  placement: Placement;
  outOf: OutOf | null;
}

function workload(fs: FsState, seed: number, rules: VsfsRules): Workload {
  const rng = pySeed(seed);
  const placement = rules.placement(rng);
  // The script deletes from its list of files: by rank, so that a delete moves no other name.
  return {
    fs,
    rng,
    rules,
    placement,
    outOf: null,
    files: new RankedList(),
    inums: [],
    dirs: ['/'],
    dirInums: [ROOT_INUM],
  };
}

/**
 * One request: tries until an operation succeeds (the operation) or the file system runs out (`run.outOf` set;
 * the operation of that try, if it succeeded, or null).
 */
function request(run: Workload): VsfsOp | null {
  const { fs } = run;
  for (;;) {
    const op = attempt(run);
    // The script checks after every try, failed or not.
    run.outOf =
      fs.used.inodes === fs.geometry.inodes
        ? 'inodes'
        : fs.used.blocks === fs.geometry.dataBlocks
          ? 'data blocks'
          : null;
    if (op || run.outOf) return op;
  }
}

/**
 * The generator's lists as it draws from them: its files by rank, its directories (never deleted, nor renamed)
 * plain. Its operations name a file by its directory and its name, as *at() calls do, so that none walks its path
 * from the root: each directory is kept with its inode number beside its path, and each file as one small
 * integer, where it is (its path is put together when an operation names it, and the list holds no string). A
 * write or a link acts on a file it holds as through an open descriptor, by the inode its name was given, kept
 * beside it: no lookup of the name (a directory's entries are read one by one, a cache miss each, and two in five
 * of a long run's lookups were these).
 */
interface GeneratorLists {
  /** each file as its directory's position in `dirs` times the number of names, plus its name's position */
  files: RankedList<number>;
  /** each file's inode by its slot in `files`, INODE_CHUNK to an array */
  inums: Int32Array[];
  dirs: string[];
  dirInums: number[];
}

/** A file of the generator's (or a name it is about to make), as an operation names it. */
interface File {
  /** the directory's inode number */
  dir: number;
  name: string;
  path: string;
}

/** The file (or the name to make) at `place`, a number as `files` holds them. */
function fileAt(run: GeneratorLists, rules: VsfsRules, place: number): File {
  const dir = Math.floor(place / rules.names.length);
  const name = rules.names[place - dir * rules.names.length] as string;
  return { dir: run.dirInums[dir] as number, name, path: under(run.dirs[dir] as string, name) };
}

function listsOf(run: Workload): VsfsLists {
  return { files: () => run.files.toArray().map((place) => fileAt(run, run.rules, place).path), dirs: run.dirs };
}

/**
 * Inodes of files one array of `inums` holds. Arrays are added as files are, never copied: a long run's list,
 * copied to grow, left each older copy for the garbage collector, and its peak memory grew by more than the list.
 */
const INODE_CHUNK = 1 << 14;

/** A file joins the list: its place, and beside it its inode. */
function addFile(run: GeneratorLists, place: number, inum: number): void {
  const slot = run.files.push(place);
  if (slot % INODE_CHUNK === 0) run.inums.push(new Int32Array(INODE_CHUNK));
  (run.inums[Math.floor(slot / INODE_CHUNK)] as Int32Array)[slot % INODE_CHUNK] = inum;
}

/** The inode of the file in `slot` of the list. */
const inodeIn = (run: GeneratorLists, slot: number) =>
  (run.inums[Math.floor(slot / INODE_CHUNK)] as Int32Array)[slot % INODE_CHUNK] as number;

/** One try of vsfs.py's request loop: the operation that succeeded, or null when it failed (the script retries). */
function attempt(run: Workload): VsfsOp | null {
  const { fs, rng, rules, placement } = run;
  const r = pyRandom(rng);
  if (r < 0.3) {
    if (run.files.length === 0) return null;
    const slot = run.files.slotOf(pickIndex(rng, run.files.length));
    const file = fileAt(run, rules, run.files.atSlot(slot));
    const data = String.fromCharCode(97 + Math.floor(pyRandom(rng) * 26));
    return appendBlockTo(fs, inodeIn(run, slot), data, file.path, placement).ok
      ? { op: 'write', path: file.path, data }
      : null;
  }
  if (r < 0.5) {
    if (run.files.length === 0) return null;
    // No file is in the list twice (one is added only where no name was, and leaves with its unlink), so the
    // script's files.remove(path) takes out the one drawn.
    const file = fileAt(run, rules, run.files.removeAt(rules.victim(run.files.length, rng)));
    unlinkAt(fs, file.dir, file.name, file.path);
    return { op: 'unlink', path: file.path };
  }
  if (r < 0.7) {
    if (run.files.length === 0) return null;
    const place = newPlace(rng, run, rules);
    const to = fileAt(run, rules, place);
    const slot = run.files.slotOf(pickIndex(rng, run.files.length));
    const target = fileAt(run, rules, run.files.atSlot(slot));
    const inum = inodeIn(run, slot);
    if (!linkAt(fs, inum, target.path, to.dir, to.name, to.path, placement).ok) return null;
    addFile(run, place, inum);
    return { op: 'link', target: target.path, path: to.path };
  }
  const kind = pyRandom(rng) < 0.75 ? 'file' : 'dir';
  const place = newPlace(rng, run, rules);
  const file = fileAt(run, rules, place);
  const made = createAt(fs, file.dir, file.name, file.path, kind, placement);
  if (!made.ok) return null;
  if (kind === 'dir') {
    run.dirs.push(file.path);
    run.dirInums.push(made.inum);
  } else addFile(run, place, made.inum);
  return { op: kind === 'dir' ? 'mkdir' : 'creat', path: file.path };
}

/** Where a new name goes: a directory, then a name, drawn as the script draws them. */
function newPlace(rng: PyRandomState, run: GeneratorLists, rules: VsfsRules): number {
  const dir = pickIndex(rng, run.dirs.length);
  return dir * rules.names.length + pickIndex(rng, rules.names.length);
}
