import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storeStats } from './listing';
import { addRevision, blobUsers, emptyModelStore, removeRevision } from './store';
import type { ModelStore } from './types';

const file = fc.record({
  path: fc.constantFrom('config.json', 'model.safetensors', 'tokenizer.json', 'sub/vocab.txt'),
  size: fc.constantFrom(10, 2_000, 13_500_000_000),
  content: fc.constantFrom('a', 'b', 'c'),
});
const model = fc.constantFrom('org/a', 'org/b', 'c', 'constructor');
const op = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    model,
    ref: fc.constantFrom('main', 'v1'),
    files: fc.uniqueArray(file, { selector: (f) => f.path, maxLength: 4 }),
  }),
  fc.record({ op: fc.constant('remove' as const), model, which: fc.option(fc.nat()) }),
);

/** What must always hold: every file's blob stored at its size, every stored blob held, refs naming snapshots. */
function problems(store: ModelStore): string[] {
  const out: string[] = [];
  const users = blobUsers(store);
  for (const b of Object.keys(store.blobs)) if (!users.has(b)) out.push(`blob ${b} is held by no snapshot`);
  for (const [m, repo] of Object.entries(store.models)) {
    if (Object.keys(repo.snapshots).length === 0) out.push(`${m} has no snapshots`);
    for (const files of Object.values(repo.snapshots))
      for (const f of files) if (store.blobs[f.blob] !== f.size) out.push(`${m}: ${f.path} has no blob of its size`);
    for (const [r, rev] of Object.entries(repo.refs))
      if (!Object.hasOwn(repo.snapshots, rev)) out.push(`${m}: ref ${r} dangles`);
  }
  const s = storeStats(store);
  if (s.bytesStored > s.bytesReferenced) out.push('more bytes stored than referenced');
  return out;
}

describe('the model store (properties)', () => {
  it('keeps blobs, snapshots and refs consistent, and a refusal changes nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const store = emptyModelStore();
        for (const o of ops) {
          const before = structuredClone(store);
          let r;
          if (o.op === 'add') r = addRevision(store, o.model, o.files, o.ref);
          else {
            const revisions = Object.keys(store.models[o.model]?.snapshots ?? {}).sort();
            r = removeRevision(
              store,
              o.model,
              o.which === null ? undefined : (revisions[o.which % Math.max(1, revisions.length)] ?? 'none'),
            );
          }
          if (!r.ok) expect(store).toEqual(before);
          expect(problems(store)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
