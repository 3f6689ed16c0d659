import type { FsPicture } from '../subsystem/view';
import { ledgerTree } from './ledgerFs';
import type { Mount } from './mounts';
import { procTree, type ProcSource } from './procfs';
import type { VNode } from './tree';

/** What a front end holds at the tick shown, beside the file system's picture: the frame's processes and memory. */
export type KernelFacts = Omit<ProcSource, 'open'>;

/** The tree a mounted file system holds at the tick shown: the ledger's from the picture, /proc's from the facts. */
export function mountedTree(
  mount: Mount,
  fs: Pick<FsPicture, 'ledger' | 'verdict' | 'open'>,
  facts: KernelFacts,
): VNode {
  return mount.type === 'ledger' ? ledgerTree(fs.ledger, fs.verdict) : procTree({ ...facts, open: fs.open });
}
