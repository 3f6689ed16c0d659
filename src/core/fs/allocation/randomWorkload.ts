import { nextInt, seedRng, type RngState } from '../../kernel/rng';
import type { FsOp } from '../fsOp';
import type { AllocGeometry } from './types';

/** The generator's tally of one file: its bytes and how many names it has (a hard link adds one). */
interface File {
  bytes: number;
  names: number;
}

export interface RandomWorkloadOptions {
  /** the most blocks one write appends (default 16) */
  maxWriteBlocks?: number;
  /** directories the files spread over (default 8) */
  dirs?: number;
  /** past this share of the disk in use (by the generator's own count), it removes files instead of writing (default 0.75) */
  fill?: number;
}

/**
 * A seeded random workload of file operations that mostly succeed: appends of up to `maxWriteBlocks` blocks
 * (to new files and old), truncates, removals, hard links, renames, touches and a few directories. It keeps
 * its own tally of the bytes its files hold so the disk fills to about `fill` and then churns: files come and
 * go, which is what fragments a disk.
 */
export function randomFsWorkload(
  seed: number,
  count: number,
  geometry: AllocGeometry,
  options: RandomWorkloadOptions = {},
): FsOp[] {
  const { maxWriteBlocks = 16, dirs = 8, fill = 0.75 } = options;
  const rng: RngState = seedRng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[nextInt(rng, xs.length)] as T;
  const sizes = new Map<string, File>();
  const names: string[] = [];
  const slot = new Map<string, number>();
  const remember = (path: string, size: File): void => {
    slot.set(path, names.length);
    names.push(path);
    sizes.set(path, size);
  };
  const dirNames = Array.from({ length: dirs }, (_, d) => `/d${d}`);
  const ops: FsOp[] = dirNames.map((path) => ({ kind: 'mkdir', path }));
  let used = 0;
  let made = 0;
  const forget = (path: string): void => {
    const i = slot.get(path) as number;
    const last = names.pop() as string;
    if (last !== path) {
      names[i] = last;
      slot.set(last, i);
    }
    slot.delete(path);
    sizes.delete(path);
  };
  while (ops.length < count) {
    const r = nextInt(rng, 100);
    const full = used > fill * geometry.blocks * geometry.blockSize;
    if (names.length > 0 && (full || (r >= 55 && r < 63))) {
      const path = pick(names);
      const file = sizes.get(path) as File;
      if (--file.names === 0) used -= file.bytes;
      forget(path);
      ops.push({ kind: 'rm', path });
    } else if (r < 55 || names.length === 0) {
      const old = names.length > 4 && nextInt(rng, 10) < 7;
      const path = old ? pick(names) : `${pick(dirNames)}/f${made++}`;
      const bytes = (1 + nextInt(rng, maxWriteBlocks)) * geometry.blockSize - nextInt(rng, geometry.blockSize);
      if (!old) remember(path, { bytes: 0, names: 1 });
      (sizes.get(path) as File).bytes += bytes;
      used += bytes;
      ops.push({ kind: 'write', path, bytes });
    } else if (r < 75) {
      const path = pick(names);
      const size = sizes.get(path) as File;
      const bytes = nextInt(rng, size.bytes + 1);
      used -= size.bytes - bytes;
      size.bytes = bytes;
      ops.push({ kind: 'truncate', path, bytes });
    } else if (r < 86) ops.push({ kind: 'touch', path: `${pick(dirNames)}/f${made++}` });
    else if (r < 93) {
      const target = pick(names);
      const path = `${pick(dirNames)}/l${made++}`;
      const file = sizes.get(target) as File;
      file.names++;
      remember(path, file);
      ops.push({ kind: 'link', target, path });
    } else {
      const from = pick(names);
      const to = `${pick(dirNames)}/f${made++}`;
      const size = sizes.get(from) as File;
      forget(from);
      remember(to, size);
      ops.push({ kind: 'rename', from, to });
    }
  }
  return ops.slice(0, count);
}
