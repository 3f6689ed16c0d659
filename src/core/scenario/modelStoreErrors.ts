import type { FsConfig } from '../fs/config';
import { nodeFileSystem } from '../fs/allocation/nodeAllocation';
import { layStore } from '../fs/models/layStore';
import { resolveRef } from '../fs/models/store';
import { buildStore } from '../fs/models/storeSpec';
import type { ModelStore } from '../fs/models/types';
import type { FieldError } from './fieldErrors';
import { specsWithPaths } from './processSpecs';
import type { ProcessSpec, ScheduledOperation } from './types';

/**
 * The model store's refusals: an entry the store refuses (a bad name, a file listed twice, a ref given twice), a
 * store the node's file system cannot hold (laid out on a fresh one, as the node will at start), and a process's
 * model that is neither sized (`bytes`) nor in the store, or both.
 */
export function modelStoreErrors(
  fs: FsConfig,
  processes: readonly ProcessSpec[],
  operations: readonly ScheduledOperation[],
): FieldError[] {
  if (!fs.models) return [];
  const specs = fs.models.store;
  let store: ModelStore | null = null;
  if (specs) {
    const built = buildStore(specs);
    if (!built.ok) return [{ path: built.path, limit: 'a model store the hub layout accepts', message: built.message }];
    const laid = layStore(nodeFileSystem(fs), fs, built.built.store);
    if (!laid.ok)
      return [
        {
          path: 'fs.models.store',
          limit: `a store that fits fs (${fs.blocks} blocks of ${fs.blockSize} bytes, ${fs.inodes} inodes)`,
          message: `fs.models.store does not fit the file system: ${laid.path}: ${laid.error.code}: ${laid.error.message}`,
        },
      ];
    store = built.built.store;
  }
  return specsWithPaths(processes, operations).flatMap(({ spec, path }) => {
    const model = spec.model;
    if (!model) return [];
    const at = `${path}.model`;
    const stored = store !== null && Object.hasOwn(store.models, model.name);
    const limit = 'bytes, or a model of fs.models.store';
    if (stored && model.bytes !== undefined)
      return [
        {
          path: `${at}.bytes`,
          limit,
          message: `${at}.bytes: ${model.name} is in fs.models.store, whose files give its size: leave bytes out`,
        },
      ];
    if (!stored && model.bytes === undefined)
      return [
        {
          path: `${at}.bytes`,
          limit,
          message: `${at}.bytes: ${model.name} is not in fs.models.store: give its bytes, or add it to the store`,
        },
      ];
    if (!stored && model.revision !== undefined)
      return [
        { path: `${at}.revision`, limit, message: `${at}.revision: only a model of fs.models.store has revisions` },
      ];
    const found = stored && resolveRef(store as ModelStore, model.name, model.revision ?? 'main');
    if (found && !found.ok)
      return [
        {
          path: `${at}.revision`,
          limit: 'a ref or revision of the model in fs.models.store',
          message: `${at}.revision: ${found.error.message}`,
        },
      ];
    return [];
  });
}
