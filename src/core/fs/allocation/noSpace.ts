import type { FsError } from '../types';
import type { AllocDisk } from './types';

/** ENOSPC with the free space that was not enough, so the refusal says whether fragmentation is why. */
export function noSpace(disk: AllocDisk, what: string): { ok: false; error: FsError } {
  const largest = disk.free.longest[1] as number;
  return {
    ok: false,
    error: {
      code: 'ENOSPC',
      message: `no room for ${what}: ${disk.freeBlocks} blocks free, the largest free run ${largest}`,
    },
  };
}
