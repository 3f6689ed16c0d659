import type { RaidAnswers } from '../../core/index';
import { dataPlace, mirrorPlace, parityDisk } from '../../core/storage/raid/raidMap';

/** Rows (offsets) drawn at once: a window that follows the request shown. */
export const RAID_ROWS = 16;

export interface RaidCell {
  disk: number;
  offset: number;
  kind: 'data' | 'mirror' | 'parity';
  /** the logical block it holds; null for parity */
  block: number | null;
  /** what the request shown does to it: a full stripe's write (nothing read first) is lit apart from a small one's */
  lit: 'read' | 'write' | 'both' | 'full' | null;
  label: string;
}

export interface RaidPictureModel {
  disks: number;
  /** the first offset drawn */
  base: number;
  /** cells by row, then disk */
  rows: RaidCell[][];
}

const key = (disk: number, offset: number): string => `${disk}:${offset}`;

/** The window's first offset: the rows holding the lowest offset the request touches. */
function windowBase(answer: RaidAnswers, index: number): number {
  const offsets = (answer.requests[index]?.steps ?? []).flatMap((s) => s.ios.map((io) => io.offset));
  const low = offsets.length > 0 ? Math.max(0, Math.min(...offsets)) : 0;
  return low - (low % RAID_ROWS);
}

/**
 * The disks as columns of blocks, a window of RAID_ROWS offsets: which logical block (or parity) each holds, and
 * which the request at `index` reads or writes.
 */
export function raidPicture(answer: RaidAnswers, index: number): RaidPictureModel {
  const c = answer.config;
  const base = windowBase(answer, index);
  const cells = new Map<string, RaidCell>();
  const put = (disk: number, offset: number, kind: RaidCell['kind'], block: number | null): void => {
    if (offset < base || offset >= base + RAID_ROWS) return;
    const label =
      block === null
        ? `disk ${disk} offset ${offset}: parity`
        : `disk ${disk} offset ${offset}: block ${block}${kind === 'mirror' ? ' (copy)' : ''}`;
    cells.set(key(disk, offset), { disk, offset, kind, block, lit: null, label });
  };
  const dataDisks = c.level === 0 ? c.disks : c.level === 1 ? c.disks / 2 : c.disks - 1;
  const first = Math.floor(base / c.chunk) * c.chunk * dataDisks;
  for (let b = first; b < first + RAID_ROWS * dataDisks + c.chunk * dataDisks; b++) {
    const p = dataPlace(c, b);
    put(p.disk, p.offset, 'data', b);
    if (c.level === 1) {
      const m = mirrorPlace(c, b);
      put(m.disk, m.offset, 'mirror', b);
    }
  }
  if (c.level >= 4)
    for (let o = base; o < base + RAID_ROWS; o++) put(parityDisk(c, Math.floor(o / c.chunk)), o, 'parity', null);
  for (const step of answer.requests[index]?.steps ?? [])
    for (const io of step.ios) {
      const cell = cells.get(key(io.disk, io.offset));
      const lit = step.kind === 'parity-write' && step.full ? 'full' : io.op;
      if (cell) cell.lit = cell.lit === null || cell.lit === lit ? lit : 'both';
    }
  const rows = Array.from({ length: RAID_ROWS }, (_row, r) =>
    Array.from({ length: c.disks }, (_, d) => {
      const offset = base + r;
      return (
        cells.get(key(d, offset)) ?? {
          disk: d,
          offset,
          kind: 'data' as const,
          block: null,
          lit: null,
          label: `disk ${d} offset ${offset}: unused`,
        }
      );
    }),
  );
  return { disks: c.disks, base, rows };
}

/** A lit cell in words, for the picture's text alternative. */
export const LIT_WORDS: Readonly<Record<NonNullable<RaidCell['lit']>, string>> = {
  read: 'read',
  write: 'write',
  both: 'both',
  full: 'full-stripe write',
};

/** The request at `index` in words: raid.py's logical line. */
export function requestTitle(answer: RaidAnswers, index: number): string {
  const r = answer.requests[index]?.request;
  if (!r) return 'no request';
  return `${r.write ? 'Write' : 'Read'} of ${r.size} block${r.size === 1 ? '' : 's'} from logical block ${r.block}`;
}
