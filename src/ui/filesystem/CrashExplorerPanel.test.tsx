import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CRASH_DEMO_DISK, CRASH_DEMO_WORKLOAD } from '../../core/fs/crash/crashDemo';
import { parseFsOp, type FsOp } from '../../core/fs/fsOp';
import { CrashExplorerPanel } from './CrashExplorerPanel';

const ops = (...lines: string[]): FsOp[] => lines.map((l) => (parseFsOp(l) as { ok: true; op: FsOp }).op);
const WORKLOAD = ops('mkdir /a', 'write /a/f 8192');
const writes = () => within(screen.getByRole('list', { name: 'Block writes' })).getAllByRole('button');

describe('CrashExplorerPanel', () => {
  it('shows the writes as a numbered strip and starts with a crash before the first', () => {
    render(<CrashExplorerPanel workload={WORKLOAD} geometry={CRASH_DEMO_DISK} />);
    expect(screen.getByRole('radio', { name: 'Ordered' })).toBeChecked();
    expect(writes()).toHaveLength(24);
    expect(writes()[0]).toHaveAccessibleName(
      'Write 1: TxB of transaction 1 (mkdir /a): 5 blocks follow (journal, block 7, operation 1)',
    );
    expect(screen.getByRole('slider', { name: 'Crash after write' })).toHaveValue('0');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Crash before the first write: the journal is empty; no operation was durable yet; fsck finds the file system consistent.',
    );
  });

  it('crashes before a TxE: replay discards the transaction, and the operation is not durable', async () => {
    render(<CrashExplorerPanel workload={WORKLOAD} geometry={CRASH_DEMO_DISK} />);
    const txe = writes().find((b) => /TxE: transaction 2 commits/.test(b.getAttribute('aria-label') ?? ''));
    const n = Number(txe?.textContent);
    await userEvent.click(writes()[n - 2] as HTMLElement);
    expect(screen.getByRole('slider', { name: 'Crash after write' })).toHaveValue(String(n - 1));
    expect(within(screen.getByRole('region', { name: 'Replay' })).getByText(/replay discards it/)).toBeInTheDocument();
    expect(within(screen.getByRole('table')).queryAllByText(/^replay writes:/)).toEqual([]);
    const fates = within(screen.getByRole('region', { name: 'Operations after the crash' })).getAllByRole('listitem');
    expect(fates.map((li) => li.textContent)).toEqual([
      '1. mkdir /a: survived.',
      `2. write /a/f 8192: in flight at the crash (${n - 13} of its 12 writes reached the disk, but not its TxE: replay discards it): /a/f does not exist.`,
    ]);
  });

  it('in writeback mode shows a committed file pointing at stale data', async () => {
    render(<CrashExplorerPanel workload={WORKLOAD} geometry={CRASH_DEMO_DISK} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Writeback' }));
    const txe = writes().find((b) => /TxE: transaction 2 commits/.test(b.getAttribute('aria-label') ?? ''));
    await userEvent.click(txe as HTMLElement);
    const inodes = within(screen.getByRole('table')).getByRole('row', { name: /^3 inode table block 0/ });
    expect(inodes).toHaveTextContent(
      'replay writes: 0: dir links 3 size 4096 blocks [0]; 1: dir links 2 size 4096 blocks [1]; 2: file links 1 size 8192 blocks [2 3]; 3: free',
    );
    expect(screen.getByRole('region', { name: 'Operations after the crash' })).toHaveTextContent(
      `/a/f's block 0 holds bytes never written instead of "op2.0": stale data`,
    );
  });

  it('with no journal, lists what fsck finds and what repair does', async () => {
    render(<CrashExplorerPanel workload={WORKLOAD} geometry={CRASH_DEMO_DISK} initialMode="none" />);
    expect(writes()).toHaveLength(11);
    await userEvent.click(screen.getByRole('button', { name: /^Write 3: inode table block 0/ }));
    expect(within(screen.getByRole('list', { name: 'fsck findings' })).getAllByRole('listitem')[0]).toHaveTextContent(
      'directory 1 has no "." entry naming itself',
    );
    expect(screen.getByRole('list', { name: 'Repairs' })).toHaveTextContent(
      'directory inode 1 is named by no directory reached from /: freed with its 1 blocks',
    );
    expect(screen.getByText('After repair fsck finds nothing.')).toBeInTheDocument();
    const disk = within(screen.getByRole('table')).getAllByRole('row');
    expect(disk.map((r) => r.textContent)).toContain(
      '3inode table block 0 (inodes 0–3)0: dir links 3 size 4096 blocks [0]; 1: dir links 2 size 4096 blocks [1]; 2: free; 3: free',
    );
  });

  it('steps with the keyboard and says what refuses a geometry', async () => {
    const { unmount } = render(<CrashExplorerPanel workload={CRASH_DEMO_WORKLOAD} geometry={CRASH_DEMO_DISK} />);
    await userEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(screen.getByRole('status')).toHaveTextContent(/every write had reached|all 12 durable operations survived/);
    unmount();
    render(<CrashExplorerPanel workload={WORKLOAD} geometry={{ ...CRASH_DEMO_DISK, journalBlocks: 2 }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('the journal needs from 3 blocks');
  });
});
