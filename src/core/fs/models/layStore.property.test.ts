import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FS, geometryOf, type FsConfig } from '../config';
import { createFileSystem } from '../fileSystem';
import { fsInvariants } from '../invariants';
import { resolve } from '../paths';
import { treeOf } from '../subsystem/view';
import type { FsState, Inode } from '../types';
import { storeStats } from './listing';
import { layStore, snapshotPath } from './layStore';
import { blobOf } from './store';
import { buildStore, contentOf, type StoreEntrySpec } from './storeSpec';

const config: FsConfig = { ...DEFAULT_FS, blocks: 4096, inodes: 512 };
/** Few contents and sizes, so files of different models and revisions often coincide and share a blob. */
const fileArb = fc.record({
  path: fc.constantFrom('model.safetensors', 'tokenizer.json', 'config.json', 'onnx/model.onnx'),
  bytes: fc.constantFrom(100, 4096, 20_000),
  content: fc.option(fc.constantFrom('tok v1', 'weights', 'cfg'), { nil: undefined }),
});
const entryArb = fc.record({
  name: fc.constantFrom('org/a', 'org/b', 'c'),
  ref: fc.constantFrom('main', 'v2'),
  files: fc.uniqueArray(fileArb, { selector: (f) => f.path, minLength: 1, maxLength: 4 }),
});
const storeArb = fc.uniqueArray(entryArb, { selector: (e) => `${e.name} ${e.ref}`, minLength: 1, maxLength: 6 });

/** Every blob path's inode, by the hash its name gives. */
function blobInodes(fs: FsState): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const e of treeOf(fs)) {
    const m = /^\/models\/models--[^/]+\/blobs\/([0-9a-f]{64})$/.exec(e.path);
    if (m) out.set(m[1]!, (out.get(m[1]!) ?? new Set()).add(e.inum));
  }
  return out;
}

describe('the model store in the file system (properties)', () => {
  it('every snapshot file leads to a blob named by its content hash, and no blob is stored twice', () => {
    fc.assert(
      fc.property(storeArb, (specs: StoreEntrySpec[]) => {
        const built = buildStore(specs);
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        const fs = createFileSystem(geometryOf(config));
        expect(layStore(fs, config, built.built.store)).toEqual({ ok: true });
        expect(fsInvariants(fs)).toEqual([]);
        const blobs = blobInodes(fs);
        for (const [i, spec] of specs.entries())
          for (const f of spec.files) {
            const path = `${snapshotPath(spec.name, built.built.revisions[i]!)}/${f.path}`;
            const hash = blobOf({ size: f.bytes, content: contentOf(spec.name, f) });
            const link = resolve(fs, path, false);
            const target = resolve(fs, path);
            expect(link.ok && (fs.inodes[link.inum] as Inode).kind).toBe('symlink');
            expect(target.ok && blobs.get(hash)?.has(target.inum)).toBe(true);
            expect(target.ok && (fs.inodes[target.inum] as Inode).size).toBe(f.bytes);
          }
        // One inode per hash however many models hold it, and its blocks are what the store says it stores.
        for (const inums of blobs.values()) expect(inums.size).toBe(1);
        const stats = storeStats(built.built.store);
        expect(blobs.size).toBe(stats.blobs);
        const blobBlocks = [...blobs.values()].reduce(
          (n, inums) => n + (fs.inodes[[...inums][0]!] as Inode).blocks.length,
          0,
        );
        const stored = Object.values(built.built.store.blobs).reduce((n, b) => n + Math.ceil(b / config.blockSize), 0);
        expect(blobBlocks).toBe(stored);
      }),
      { seed: 1414, numRuns: 150 },
    );
  });
});
