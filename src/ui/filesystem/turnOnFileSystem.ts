import { DEFAULT_FS } from '../../core/fs/config';
import { SCENARIO_VERSION } from '../../core/scenario/types';
import type { AppStore } from '../../store/appStore';
import type { LoadResult } from '../../store/results';

/** The store's errorSource for turning the file system on. */
export const FS_ON_SOURCE = 'fs';

/** The scenario with a file system of the default size (1,024 blocks of 4 KiB, 256 inodes), from the current tick. */
export async function turnOnFileSystem(store: AppStore): Promise<LoadResult | null> {
  const s = store.getState();
  if (!s.scenario) return null;
  return s.edit((scenario) => ({ ...scenario, version: SCENARIO_VERSION, fs: { ...DEFAULT_FS } }), FS_ON_SOURCE);
}
