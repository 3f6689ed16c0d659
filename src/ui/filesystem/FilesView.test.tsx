import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { FilesView } from './FilesView';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  title: 'Files',
  scheduler: { policy: 'FIFO' },
  processes: [
    {
      pid: 1,
      name: 'writer',
      type: 'DATA_PROCESSING',
      arrival: 0,
      bursts: [6],
      files: { every: 2, requests: [{ kind: 'write', path: '/data/log', bytes: 6000 }] },
    },
  ],
  fs: { blockSize: 4096, blocks: 64, inodes: 16, device: { requestTicks: 2, blockTicks: 1 } },
  operations: [{ tick: 0, op: 'fs', action: { kind: 'mkdir', path: '/data' } }],
};

describe('FilesView', () => {
  it("under LFS shows the log's segments and its cleaner's figures", async () => {
    const writes = Array.from({ length: 40 }, (_, i) => ({
      tick: 0,
      op: 'fs',
      action: i % 2 ? { kind: 'truncate', path: '/f', bytes: 0 } : { kind: 'write', path: '/f', bytes: 16384 },
    }));
    const { store } = await startedStore({
      ...SCENARIO,
      fs: { ...SCENARIO.fs, layout: 'lfs', lfs: { segmentBlocks: 8 } },
      operations: writes,
    });
    renderWithStore(<FilesView />, store);
    await act(() => store.getState().seek(1));
    const log = screen.getByRole('region', { name: 'The log (LFS)' });
    // 64 blocks: the checkpoint region and 7 segments of 8 (the last 7 blocks make no whole segment).
    expect(log).toHaveTextContent('57 blocks in segments of 8; the greedy cleaner starts below 2 free segments');
    expect(within(log).getByText('Segments cleaned').nextSibling?.textContent).toMatch(/^[1-9]\d*$/);
    expect(
      within(log).getByRole('img', {
        name: /^The log on disk: the checkpoint region, then 7 segments of 8 blocks a row/,
      }),
    ).toBeInTheDocument();
    expect(within(log).getByText('Write amplification').nextSibling?.textContent).toMatch(/^\d+\.\d\d×$/);
  });

  it('shows the tree at the current tick and the selected inode; it follows the time', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<FilesView />, store);
    const tree = screen.getByRole('navigation', { name: 'File tree' });
    expect(within(tree).getByRole('button', { name: /^\/data, directory, inode 1/ })).toBeInTheDocument();
    expect(within(tree).queryByRole('button', { name: /\/data\/log/ })).toBeNull();
    // P1 writes at tick 2 of its CPU time: the file is there from then.
    await act(() => store.getState().seek(3));
    await userEvent.click(within(tree).getByRole('button', { name: /^\/data\/log, file, inode 2, 5.86 KiB/ }));
    const inode = screen.getByRole('region', { name: 'Inode 2' });
    expect(within(inode).getByText('6,000 bytes (5.86 KiB)')).toBeInTheDocument();
    expect(within(inode).getByText('P1')).toBeInTheDocument();
    expect(within(inode).getByText('2 in 1 run: 2–3')).toBeInTheDocument();
    await act(() => store.getState().seek(0));
    expect(screen.getByText('/data/log is not in the file system at this tick.')).toBeInTheDocument();
  });

  it('shows /proc and /ledger in the tree; a /proc file selected is printed as cat prints it', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<FilesView />, store);
    await act(() => store.getState().seek(3));
    const tree = screen.getByRole('navigation', { name: 'File tree' });
    expect(within(tree).getByRole('button', { name: /^\/ledger, mount point of ledger/ })).toBeInTheDocument();
    await userEvent.click(within(tree).getByRole('button', { name: /^\/proc\/1\/status, file in proc/ }));
    const text = screen.getByLabelText('Contents of /proc/1/status');
    expect(text).toHaveTextContent(/Name:\s+writer/);
    expect(text).toHaveTextContent(/Pid:\s+1/);
  });

  it('does a typed file operation at the current tick, and names what is wrong with a bad one', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<FilesView />, store);
    await userEvent.click(screen.getByRole('tab', { name: 'File operations' }));
    const input = screen.getByRole('textbox', { name: 'Operation (at the current tick)' });
    await userEvent.type(input, 'write /notes 2KiB');
    await userEvent.click(screen.getByRole('button', { name: 'Do it' }));
    expect(await screen.findByRole('button', { name: /^\/notes, file, inode 2, 2 KiB/ })).toBeInTheDocument();
    await userEvent.type(input, 'format /dev/sda');
    await userEvent.click(screen.getByRole('button', { name: 'Do it' }));
    expect(screen.getByText(/"format" is not a file operation/)).toBeInTheDocument();
    expect(input).toHaveValue('format /dev/sda');
  });

  it("shows a symbolic link's target in the tree and the inspector, and the open-file tables in their panel", async () => {
    const { store } = await startedStore({
      ...SCENARIO,
      operations: [
        ...SCENARIO.operations,
        { tick: 0, op: 'fs', action: { kind: 'write', path: '/data/log', bytes: 100 } },
        { tick: 0, op: 'fs', action: { kind: 'symlink', target: 'data/log', path: '/latest' } },
        { tick: 0, op: 'fs', action: { kind: 'open', pid: 1, path: '/latest', flags: 'a' } },
      ],
    });
    renderWithStore(<FilesView />, store);
    await act(() => store.getState().seek(1));
    const tree = screen.getByRole('navigation', { name: 'File tree' });
    await userEvent.click(within(tree).getByRole('button', { name: '/latest, symbolic link, inode 3, -> data/log' }));
    const inode = screen.getByRole('region', { name: 'Inode 3' });
    expect(within(inode).getByText('symbolic link')).toBeInTheDocument();
    expect(within(inode).getByText('data/log')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Open files' }));
    expect(screen.getByRole('table', { name: 'Open-file table' })).toHaveTextContent('/latest');
    expect(screen.getByRole('table', { name: 'Descriptor tables' })).toHaveTextContent('3→ entry 0');
  });

  it('corrupts the file system with a typed corrupt, and Run fsck says what it repaired', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<FilesView />, store);
    await userEvent.click(screen.getByRole('tab', { name: 'File operations' }));
    const form = within(screen.getByRole('form', { name: 'File operation' }));
    await userEvent.type(form.getByRole('textbox', { name: 'Operation (at the current tick)' }), 'corrupt orphan');
    await userEvent.click(form.getByRole('button', { name: 'Do it' }));
    expect(await form.findByText(/corrupt orphan breaks it on purpose: INODE \d+ orphan/)).toBeInTheDocument();
    await userEvent.click(form.getByRole('button', { name: 'Run fsck' }));
    expect(
      await form.findByText(/4 of 5 passes found nothing; fixed 1: file inode \d+ is named by no directory/),
    ).toBeInTheDocument();
    await userEvent.click(form.getByRole('button', { name: 'Run fsck' }));
    expect(await form.findByText(/the file system is consistent, nothing to fix\.$/)).toBeInTheDocument();
  });

  it('offers to add a file system to a scenario without one', async () => {
    const { fs: _, operations: __, ...without } = SCENARIO;
    const { store } = await startedStore({ ...without, processes: [{ ...SCENARIO.processes[0], files: undefined }] });
    renderWithStore(<FilesView />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Add a file system' }));
    expect(await screen.findByRole('navigation', { name: 'File tree' })).toBeInTheDocument();
    expect(store.getState().scenario?.fs?.blocks).toBe(1024);
  });

  it('shows the page cache filling and emptying its dirty blocks with Sync now', async () => {
    const { store } = await startedStore({
      ...SCENARIO,
      fs: { ...SCENARIO.fs, cache: { blocks: 8, writeBack: true } },
    });
    renderWithStore(<FilesView />, store);
    await act(() => store.getState().seek(3));
    await userEvent.click(screen.getByRole('tab', { name: 'Page cache' }));
    // P1's 6,000-byte write at tick 2 went into the cache: 2 blocks, both dirty.
    expect(screen.getByRole('meter', { name: 'Page cache in use' })).toHaveAttribute(
      'aria-valuetext',
      '2 of 8 blocks, 2 dirty',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('0 blocks newer in memory than on the disk')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeDisabled();
  });

  it('shows the model store under /models: blobs, refs, snapshots linking to blobs, a shared blob stored once', async () => {
    const { store } = await startedStore(JSON.parse(readFileSync('public/scenarios/model-store.json', 'utf8')));
    renderWithStore(<FilesView />, store);
    const tree = screen.getByRole('navigation', { name: 'File tree' });
    expect(within(tree).getByRole('button', { name: /^\/models, directory/ })).toBeInTheDocument();
    expect(
      within(tree).getByRole('button', { name: /^\/models\/models--org--llm\/refs\/main, file, .*, 40 B$/ }),
    ).toBeInTheDocument();
    const links = within(tree).getAllByRole('button', {
      name: /^\/models\/models--org--llm-chat\/snapshots\/[0-9a-f]{40}\/tokenizer\.json, symbolic link, inode \d+, -> \.\.\/\.\.\/blobs\/[0-9a-f]{64}$/,
    });
    expect(links).toHaveLength(1);
    const hash = /blobs\/([0-9a-f]{64})$/.exec(links[0]!.getAttribute('aria-label')!)![1]!;
    await userEvent.click(
      within(tree).getByRole('button', { name: new RegExp(`^/models/models--org--llm-chat/blobs/${hash}, file`) }),
    );
    // The tokenizer org/llm stored first: the chat model's blob is a second name for the same inode.
    expect(
      within(screen.getByRole('region', { name: /^Inode \d+$/ })).getByText('2', { selector: 'dd' }),
    ).toBeInTheDocument();
  });
});
