import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { OpenFilesPanel } from './OpenFilesPanel';

const selectFs = (s: AppState) => s.fs;

function Panel() {
  const fs = useApp(selectFs);
  return fs ? <OpenFilesPanel fs={fs} now={0} names={(pid) => `P${pid}`} /> : null;
}

const fsOp = (tick: number, action: object) => ({ tick, op: 'fs', action });

const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'reader', type: 'DATA_PROCESSING', arrival: 0, bursts: [20] }],
  fs: { blockSize: 1024, blocks: 32, inodes: 16 },
  operations: [
    fsOp(0, { kind: 'write', path: '/f', bytes: 3000 }),
    fsOp(1, { kind: 'open', pid: 1, path: '/f', flags: 'r' }),
    fsOp(2, { kind: 'read', pid: 1, fd: 3, bytes: 1000 }),
    fsOp(3, { kind: 'dup', pid: 1, fd: 3 }),
    fsOp(4, { kind: 'rm', path: '/f' }),
  ],
};

const rows = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .map((r) => r.textContent);

describe('OpenFilesPanel', () => {
  it("shows each process's descriptors pointing into the open-file table, tick by tick", async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<Panel />, store);
    expect(screen.getByText(/No process has a file open/)).toBeInTheDocument();
    await act(() => store.getState().seek(2));
    expect(rows('Descriptor tables')).toEqual(['ProcessDescriptorOpen-file entry', 'P13→ entry 0']);
    expect(rows('Open-file table')).toEqual([
      'EntryInodeOpened asModeOffset (bytes)References',
      '0→ inode 1/fread-only1,0001',
    ]);
    await act(() => store.getState().seek(5));
    expect(rows('Descriptor tables')).toEqual(['ProcessDescriptorOpen-file entry', 'P13→ entry 0', 'P14→ entry 0']);
    expect(screen.getByRole('table', { name: 'Open-file table' })).toHaveTextContent(
      '/f (deleted: kept until its last close)read-only1,0002',
    );
  });
});
