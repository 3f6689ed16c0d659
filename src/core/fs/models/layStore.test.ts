import { describe, expect, it } from 'vitest';
import { DEFAULT_FS, geometryOf, type FsConfig } from '../config';
import { createFileSystem } from '../fileSystem';
import { fsInvariants } from '../invariants';
import { resolve } from '../paths';
import type { Inode } from '../types';
import { treeOf } from '../subsystem/view';
import { storeStats } from './listing';
import { layStore, snapshotPath } from './layStore';
import { blobOf } from './store';
import { buildStore, type StoreEntrySpec } from './storeSpec';

const KiB = 1024;
const config: FsConfig = { ...DEFAULT_FS, blocks: 256, inodes: 64 };
const tokenizer = { path: 'tokenizer.json', bytes: 8 * KiB, content: 'llama tokenizer v1' };
const specs: StoreEntrySpec[] = [
  { name: 'org/llm', files: [{ path: 'model.safetensors', bytes: 100 * KiB }, tokenizer] },
  { name: 'org/llm-chat', files: [{ path: 'model.safetensors', bytes: 100 * KiB }, tokenizer] },
];

function laid(entries: StoreEntrySpec[], c = config) {
  const built = buildStore(entries);
  if (!built.ok) throw new Error(built.message);
  const fs = createFileSystem(geometryOf(c));
  return { fs, ...built.built, laid: layStore(fs, c, built.built.store) };
}

describe('the model store in the node’s file system', () => {
  it('lays out blobs, refs and snapshots as the hub cache does, a shared blob stored once as a hard link', () => {
    const { fs, store, revisions, laid: done } = laid(specs);
    expect(done).toEqual({ ok: true });
    expect(fsInvariants(fs)).toEqual([]);
    const tok = blobOf({ size: tokenizer.bytes, content: tokenizer.content });
    const weights = blobOf({ size: 100 * KiB, content: 'org/llm/model.safetensors' });
    const paths = treeOf(fs).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/models',
        '/models/models--org--llm/blobs',
        `/models/models--org--llm/blobs/${tok}`,
        `/models/models--org--llm/blobs/${weights}`,
        '/models/models--org--llm/refs/main',
        `/models/models--org--llm/snapshots/${revisions[0]}/tokenizer.json`,
        `/models/models--org--llm-chat/blobs/${tok}`,
      ]),
    );
    const link = resolve(fs, `${snapshotPath('org/llm', revisions[0]!)}/tokenizer.json`, false);
    const linkInode = link.ok ? (fs.inodes[link.inum] as Inode) : null;
    expect(linkInode).toMatchObject({ kind: 'symlink', target: `../../blobs/${tok}` });
    // Both models' tokenizer names are one inode of two links: its 2 blocks are stored once.
    const a = resolve(fs, `${snapshotPath('org/llm', revisions[0]!)}/tokenizer.json`);
    const b = resolve(fs, `${snapshotPath('org/llm-chat', revisions[1]!)}/tokenizer.json`);
    expect(a.ok && b.ok && a.inum === b.inum).toBe(true);
    expect(a.ok && fs.inodes[a.inum]).toMatchObject({ kind: 'file', links: 2, size: 8 * KiB });
    expect(storeStats(store)).toMatchObject({ blobs: 3, dedupSaving: 8 * KiB });
    const ref = resolve(fs, '/models/models--org--llm/refs/main');
    expect(ref.ok && fs.inodes[ref.inum]).toMatchObject({ size: 40 });
  });

  it('stores two revisions of one model under their refs, sharing what did not change', () => {
    const {
      fs,
      store,
      revisions,
      laid: done,
    } = laid([
      {
        name: 'gpt2',
        files: [
          { path: 'model.bin', bytes: 4 * KiB, content: 'v1' },
          { path: 'vocab.txt', bytes: 900 },
        ],
      },
      {
        name: 'gpt2',
        ref: 'v2',
        files: [
          { path: 'model.bin', bytes: 4 * KiB, content: 'v2' },
          { path: 'vocab.txt', bytes: 900 },
        ],
      },
    ]);
    expect(done.ok).toBe(true);
    expect(revisions[0]).not.toBe(revisions[1]);
    expect(store.models.gpt2?.refs).toEqual({ main: revisions[0], v2: revisions[1] });
    expect(storeStats(store)).toMatchObject({ snapshots: 2, blobs: 3, dedupSaving: 900 });
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('refuses a store the disk cannot hold, naming the file it was laying', () => {
    const big = laid([{ name: 'huge', files: [{ path: 'w', bytes: 255 * 4 * KiB }] }]);
    expect(big.laid).toMatchObject({ ok: false, error: { code: 'ENOSPC' } });
    expect(big.laid.ok || big.laid.path).toMatch(/^\/models\/models--huge\/blobs\/[0-9a-f]{64}$/);
  });

  it('refuses a ref given twice and bad names, naming the field', () => {
    expect(buildStore([specs[0]!, { ...specs[0]!, files: [{ path: 'x', bytes: 1 }] }])).toEqual({
      ok: false,
      path: 'fs.models.store[1].ref',
      message:
        "fs.models.store[1].ref: org/llm's ref main already names fs.models.store[0]: give this revision another ref",
    });
    expect(buildStore([{ name: 'a/b/c', files: [{ path: 'x', bytes: 1 }] }])).toMatchObject({
      ok: false,
      path: 'fs.models.store[0]',
      message: 'fs.models.store[0]: EINVAL: model is "org/name" or "name" (it is "a/b/c")',
    });
  });
});
