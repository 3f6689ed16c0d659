import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { applyFsOp } from '../../core/fs/applyFsOp';
import { createFileSystem } from '../../core/fs/fileSystem';
import { appendTransactions } from '../../core/fs/ledger/chain';
import { emptyLedger } from '../../core/fs/ledger/stored';
import { emptyOpenFiles } from '../../core/fs/openFiles';
import { treeOf, type FsPicture } from '../../core/fs/subsystem/view';
import { MOUNTS } from '../../core/fs/vfs/mounts';
import { mountedTree } from '../../core/fs/vfs/mountedTrees';
import { entriesUnder } from '../../core/fs/vfs/tree';
import { FileTree } from './FileTree';

/** A disk with /data, a ledger of one block, and one process running. */
function picture(): FsPicture {
  const fs = createFileSystem({ inodes: 8, dataBlocks: 8, entriesPerBlock: 8, pointersPerInode: 4, blockSize: 512 });
  applyFsOp(fs, { kind: 'mkdir', path: '/data' });
  const ledger = emptyLedger();
  appendTransactions(ledger, [{ from: 'alice', to: 'bob', amount: 5, nonce: 0 }], 1);
  return {
    tree: treeOf(fs),
    inodes: fs.inodes.flatMap((inode, inum) => (inode ? [{ inum, inode }] : [])),
    ledger,
    verdict: null,
    open: emptyOpenFiles(),
  } as unknown as FsPicture;
}

const PROCESS = {
  pid: 4,
  name: 'validator',
  type: 'BLOCKCHAIN_VALIDATOR',
  state: 'RUNNING',
  priority: 0,
  arrival: 0,
  cpuTime: 3,
  cpu: 0,
} as const;

describe('FileTree', () => {
  it('lists /proc and /ledger after the disk’s names, each a button that selects it', async () => {
    const fs = picture();
    const mounted = MOUNTS.filter((m) => m.point !== '/').map((mount) => ({
      mount,
      entries: entriesUnder(mountedTree(mount, fs, { tick: 5, processes: [PROCESS], memory: null }), mount.point),
    }));
    const onSelect = vi.fn();
    render(<FileTree fs={fs} mounted={mounted} selected="/" onSelect={onSelect} />);
    const tree = screen.getByRole('navigation', { name: 'File tree' });
    expect(within(tree).getByRole('button', { name: /^\/data, directory/ })).toBeInTheDocument();
    expect(within(tree).getByRole('button', { name: '/proc, mount point of proc, ro' })).toBeInTheDocument();
    expect(within(tree).getByRole('button', { name: '/proc/4, directory in proc, 2 names' })).toBeInTheDocument();
    expect(within(tree).getByRole('button', { name: '/ledger, mount point of ledger, append' })).toBeInTheDocument();
    expect(
      within(tree).getByRole('button', { name: /^\/ledger\/000000, file in ledger, 7 lines/ }),
    ).toBeInTheDocument();
    await userEvent.click(within(tree).getByRole('button', { name: /^\/proc\/uptime, file in proc/ }));
    expect(onSelect).toHaveBeenCalledWith('/proc/uptime');
  });
});
