import { describe, expect, it } from 'vitest';
import { cacheLayout, listModels, storeStats } from './listing';
import { sizeText } from './sizeText';
import { addRevision, blobOf, emptyModelStore, removeRevision, resolveRef } from './store';

const GB = 1e9;
const tokenizer = { path: 'tokenizer.json', size: 1_800_000, content: 'llama tokenizer v1' };
const llama = [
  { path: 'config.json', size: 600, content: 'llama-7b config' },
  { path: 'model.safetensors', size: 13.5 * GB, content: 'llama-7b weights' },
  tokenizer,
];
const chat = [
  { path: 'config.json', size: 610, content: 'llama-7b-chat config' },
  { path: 'model.safetensors', size: 13.5 * GB, content: 'llama-7b-chat weights' },
  tokenizer,
];

describe('the model store', () => {
  it('stores a blob two models share once, and says what sharing saves', () => {
    const store = emptyModelStore();
    const first = addRevision(store, 'meta/llama-7b', llama);
    expect(first).toMatchObject({ ok: true, bytesShared: 0, bytesWritten: 13_501_800_600 });
    const second = addRevision(store, 'meta/llama-7b-chat', chat);
    expect(second).toMatchObject({ ok: true, bytesWritten: 13_500_000_610, bytesShared: 1_800_000 });
    expect(second.ok && second.sentence).toMatch(
      /^added meta\/llama-7b-chat revision [0-9a-f]{7} as main: 3 files, 13.5 GB, of which 13.5 GB new and 1.8 MB already stored$/,
    );
    expect(storeStats(store)).toEqual({
      models: 2,
      snapshots: 2,
      blobs: 5,
      bytesStored: 27_001_801_210,
      bytesReferenced: 27_003_601_210,
      dedupSaving: 1_800_000,
      sentence: '27 GB stored for 27 GB referenced by 2 snapshots: sharing saves 1.8 MB',
    });
  });

  it('resolves a ref to its revision, and a second revision moves the ref but keeps the first', () => {
    const store = emptyModelStore();
    const v1 = addRevision(store, 'meta/llama-7b', llama);
    const v2 = addRevision(store, 'meta/llama-7b', [
      ...llama.slice(0, 2),
      { ...tokenizer, content: 'llama tokenizer v2' },
    ]);
    addRevision(store, 'meta/llama-7b', llama, 'v1');
    if (!v1.ok || !v2.ok) throw new Error('setup');
    expect(resolveRef(store, 'meta/llama-7b', 'main')).toMatchObject({ ok: true, revision: v2.revision });
    expect(resolveRef(store, 'meta/llama-7b', 'v1')).toMatchObject({ revision: v1.revision });
    expect(resolveRef(store, 'meta/llama-7b', v1.revision)).toMatchObject({ revision: v1.revision });
    // A short revision as the narration prints it (7 digits) names the one revision it starts; 6 digits do not.
    expect(resolveRef(store, 'meta/llama-7b', v1.revision.slice(0, 7))).toMatchObject({ revision: v1.revision });
    expect(resolveRef(store, 'meta/llama-7b', v1.revision.slice(0, 6))).toMatchObject({ error: { code: 'ENOENT' } });
    expect(resolveRef(store, 'meta/llama-7b', 'dev')).toEqual({
      ok: false,
      error: { code: 'ENOENT', message: 'meta/llama-7b has no ref or revision dev' },
    });
    expect(resolveRef(store, 'constructor', 'main')).toMatchObject({
      error: { message: 'no model constructor in the store' },
    });
    expect(listModels(store)).toEqual([
      {
        model: 'meta/llama-7b',
        refs: [
          ['main', v2.revision],
          ['v1', v1.revision],
        ],
        revisions: [v1.revision, v2.revision].sort().map((revision) => ({ revision, files: 3, bytes: 13_501_800_600 })),
      },
    ]);
  });

  it('frees a blob only when no snapshot of any model holds it', () => {
    const store = emptyModelStore();
    addRevision(store, 'meta/llama-7b', llama);
    addRevision(store, 'meta/llama-7b-chat', chat);
    const removed = removeRevision(store, 'meta/llama-7b');
    expect(removed).toMatchObject({ ok: true, bytesFreed: 13.5 * GB + 600 });
    expect(removed.ok && removed.sentence).toBe(
      'removed meta/llama-7b: freed 2 blobs (13.5 GB); 1 still held by another snapshot',
    );
    expect(store.blobs[blobOf(tokenizer)]).toBe(1_800_000);
    expect(removeRevision(store, 'meta/llama-7b')).toMatchObject({ error: { code: 'ENOENT' } });
    expect(removeRevision(store, 'meta/llama-7b-chat')).toMatchObject({
      ok: true,
      freed: expect.arrayContaining([blobOf(tokenizer)]),
    });
    expect(store).toEqual(emptyModelStore());
  });

  it('lays the store out as the hub cache does, blobs in the model directory', () => {
    const store = emptyModelStore();
    const v = addRevision(store, 'gpt2', [{ path: 'onnx/model.onnx', size: 500, content: 'gpt2 onnx' }]);
    if (!v.ok) throw new Error('setup');
    const blob = blobOf({ size: 500, content: 'gpt2 onnx' });
    expect(cacheLayout(store)).toEqual([
      { kind: 'blob', path: `models--gpt2/blobs/${blob}`, blob, size: 500 },
      { kind: 'ref', path: 'models--gpt2/refs/main', revision: v.revision },
      {
        kind: 'link',
        path: `models--gpt2/snapshots/${v.revision}/onnx/model.onnx`,
        target: `../../../blobs/${blob}`,
      },
    ]);
  });

  it('refuses bad names, sizes and file lists with the field and the limit', () => {
    const store = emptyModelStore();
    const refusal = (model: string, files: typeof llama, ref?: string) => {
      const r = addRevision(store, model, files, ref);
      return r.ok ? null : r.error;
    };
    expect(refusal('a/b/c', llama)).toEqual({
      code: 'EINVAL',
      message: 'model is "org/name" or "name" (it is "a/b/c")',
    });
    expect(refusal('x', llama, '__proto__')).toMatchObject({
      code: 'EINVAL',
      message: expect.stringMatching(/^ref: "__proto__" must start/),
    });
    expect(refusal('x'.repeat(97), llama)).toMatchObject({ code: 'ENAMETOOLONG' });
    expect(refusal('x', [])).toMatchObject({ message: 'files must hold 1 to 256 files (it holds 0)' });
    expect(refusal('x', [tokenizer, tokenizer])).toEqual({
      code: 'EEXIST',
      message: 'files[1].path: tokenizer.json is listed twice',
    });
    expect(refusal('x', [{ ...tokenizer, size: 0.5 }])).toMatchObject({
      message: expect.stringMatching(/^files\[0\].size must be a whole number/),
    });
    expect(refusal('x', [{ ...tokenizer, path: 'a//b' }])).toMatchObject({ code: 'EINVAL' });
    expect(store).toEqual(emptyModelStore());
  });

  it('writes sizes as a model hub does', () => {
    expect([700, 1_800_000, 13.5 * GB, 999_960, 140 * GB, 2e15].map(sizeText)).toEqual([
      '700 B',
      '1.8 MB',
      '13.5 GB',
      '1 MB',
      '140 GB',
      '2 PB',
    ]);
  });
});
