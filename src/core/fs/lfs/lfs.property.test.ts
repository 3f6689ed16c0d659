import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveMarks, liveness } from './lfsLiveness';
import { createLfs } from './lfsLog';
import { applyLfsOp, type LfsOp } from './lfsOperations';
import { CHECKPOINT_ADDR, type LfsBlock, type LfsInode, type LfsState } from './lfsTypes';

const path = fc.constantFrom('/a', '/b', '/d', '/d/a', '/d/e', '/d/e/f', '/x/y');
const op: fc.Arbitrary<LfsOp> = fc.oneof(
  fc.record({ op: fc.constantFrom('create' as const, 'mkdir' as const, 'delete' as const), path }),
  fc.record({ op: fc.constant('link' as const), src: path, dst: path }),
  fc.record({
    op: fc.constant('write' as const),
    path,
    offset: fc.integer({ min: -1, max: 9 }),
    count: fc.integer({ min: 0, max: 9 }),
  }),
  fc.record({ op: fc.constant('sync' as const) }),
);

/** Every name reachable from the root, by inode number: how many names each inode has. */
function namesByInode(fs: LfsState): Map<number, number> {
  const names = new Map<number, number>();
  const visit = (inum: number) => {
    const inode = fs.log[fs.imap[inum] as number] as LfsInode;
    for (const addr of inode.pointers) {
      if (addr === null) continue;
      for (const slot of (fs.log[addr] as Extract<LfsBlock, { kind: 'dir' }>).slots) {
        if (slot === null || slot.name === '.' || slot.name === '..') continue;
        names.set(slot.inum, (names.get(slot.inum) ?? 0) + 1);
        if ((fs.log[fs.imap[slot.inum] as number] as LfsInode).type === 'dir') visit(slot.inum);
      }
    }
  };
  visit(0);
  return names;
}

describe('the log-structured file system (properties)', () => {
  it('only appends (block 0 aside), a failure appends nothing, and the inode map stays consistent', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom('sequential' as const, 'random' as const),
        fc.nat(1000),
        fc.array(op, { maxLength: 30 }),
        (force, allocation, seed, ops) => {
          const fs = createLfs({ readDiskCheckpoint: false, forceCheckpoints: force, allocation }, seed);
          for (const o of ops) {
            const before = fs.log.slice(1).map((b) => JSON.stringify(b));
            const outcome = applyLfsOp(fs, o);
            expect(fs.log.slice(1, before.length + 1).map((b) => JSON.stringify(b))).toEqual(before);
            if (outcome.kind !== 'done') expect(fs.log.length).toBe(before.length + 1);
            // lfs.py breaks on a path through a file: the run ends there.
            if (outcome.kind === 'stuck') return;
            if (force || o.op === 'sync')
              expect(fs.log[CHECKPOINT_ADDR]).toEqual({ kind: 'checkpoint', pieces: fs.checkpoint });
            // Every name leads to an inode in use; a file has as many links as names, a directory 2 + its subdirectories.
            const names = namesByInode(fs);
            fs.imap.forEach((addr, inum) => {
              if (addr === null || inum === 0) return;
              const inode = fs.log[addr] as LfsInode;
              expect(inode.kind).toBe('inode');
              if (inode.type === 'file') expect(inode.links).toBe(names.get(inum));
            });
            for (const inum of names.keys()) expect(fs.imap[inum]).not.toBeNull();
          }
        },
      ),
    );
  });

  it('keeps live exactly what the newest checkpoint, inode map and inodes reach', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const fs = createLfs({ readDiskCheckpoint: false, forceCheckpoints: true, allocation: 'sequential' }, 0);
        for (const o of ops) if (applyLfsOp(fs, o).kind === 'stuck') break;
        const live = liveness(fs);
        const reached = new Set<number>([CHECKPOINT_ADDR]);
        for (const a of fs.checkpoint) if (a !== null) reached.add(a);
        for (const a of fs.imap) {
          if (a === null) continue;
          reached.add(a);
          for (const p of (fs.log[a] as LfsInode).pointers) if (p !== null) reached.add(p);
        }
        expect(live.map((because, addr) => (because !== null) === reached.has(addr))).not.toContain(false);
        // Each live imap piece holds what memory's inode map says for its inodes.
        fs.checkpoint.forEach((a, piece) => {
          if (a === null) return;
          const block = fs.log[a] as Extract<LfsBlock, { kind: 'imap' }>;
          expect(block.kind).toBe('imap');
          expect(block.piece).toBe(piece);
        });
      }),
    );
  });

  it('marks a range of the log live exactly where liveness finds it live, after every operation', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.tuple(op, fc.nat(), fc.nat(6)), { maxLength: 30 }), (force, steps) => {
        const fs = createLfs({ readDiskCheckpoint: false, forceCheckpoints: force, allocation: 'sequential' }, 0);
        for (const [o, start, width] of steps) {
          if (applyLfsOp(fs, o).kind === 'stuck') break;
          const live = liveness(fs);
          // ranges anywhere, the newest blocks and block 0 among them, some running past the log's end
          for (const from of [start % fs.log.length, 0, Math.max(0, fs.log.length - width)]) {
            const marks = [...liveMarks(fs, from, from + width)];
            const want = Array.from({ length: width }, (_, k) => (live[from + k] ? 1 : 0));
            expect(marks).toEqual(want);
          }
        }
      }),
    );
  });
});
