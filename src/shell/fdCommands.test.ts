import { describe, expect, it } from 'vitest';
import { terminalHost } from '../cli/terminalHost';
import { runLine } from './commands';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'reader', type: 'DATA_PROCESSING', arrival: 0, bursts: [4] },
    { pid: 2, name: 'guest', type: 'USER', arrival: 0, bursts: [8], user: 'own' },
  ],
  fs: { blockSize: 1024, blocks: 32, inodes: 16 },
};

async function session(lines: string[]): Promise<string[]> {
  const made = terminalHost(SCENARIO, () => undefined);
  if (!made.ok) throw new Error(made.errors.join('; '));
  const outputs: string[] = [];
  for (const line of lines) outputs.push((await runLine(line, made.host)).lines.map((l) => l.text).join('\n'));
  return outputs;
}

describe('descriptor commands', () => {
  it('open, read, seek and close through descriptors, and lsof lists the tables', async () => {
    const [, open, read, seek, dup, lsof, close, none] = await session([
      'write /data 3KiB',
      'open 1 /data r',
      'read 1 3 1KiB',
      'seek 1 3 2048',
      'dup 1 3',
      'lsof',
      'close 1 3',
      'close 1 3',
    ]);
    expect(open).toBe(
      "open:\nt=0 · File system: open 1 /data r: /data opened read-only: P1's descriptor 3 -> open-file entry 0 (inode 1, offset 0).",
    );
    expect(read).toBe(
      "read:\nt=0 · File system: read 1 3 1024: 1024 bytes read from offset 0; entry 0's offset is now 1024.",
    );
    expect(seek).toBe("seek:\nt=0 · File system: seek 1 3 2048: entry 0's offset is now 2048.");
    expect(dup).toContain('descriptor 4 -> open-file entry 0 too (2 references)');
    expect(lsof).toBe(
      [
        'pid  fd  entry  inode  path   mode       offset  refs',
        'P1   3   0      1      /data  read-only  2048    2',
        'P1   4   0      1      /data  read-only  2048    2',
      ].join('\n'),
    );
    expect(close).toContain('open-file entry 0 has 1 reference left');
    expect(none).toBe(
      'close:\nt=0 · File system: close 1 3 is refused, EBADF: descriptor 3 is not open in P1; nothing changes.',
    );
  });

  it('refuse what a process may not do, and close what an ending process held', async () => {
    const [denied, , , rm, lsof, step] = await session([
      'open 2 /x w',
      'write /log 10',
      'open 1 /log a',
      'rm /log',
      'lsof',
      'step 5',
    ]);
    expect(denied).toContain("EACCES: P2's user may not write /: its mode 0755 gives others");
    expect(rm).toBe(
      'rm:\nt=0 · File system: rm /log: the name goes, but inode 1 stays, held by 1 open-file entry, until the last descriptor on it closes.',
    );
    expect(lsof).toContain('/log (deleted)');
    expect(step).toContain(
      't=4 · P1 (reader) has ended: the kernel closes its descriptors (descriptor 3: open-file entry 0 goes; inode 1, unlinked while open, is freed with its blocks).',
    );
  });

  it('names a bad flag', async () => {
    const [bad] = await session(['open 1 /f rw']);
    expect(bad).toBe('open: flags must be r, w or a (got "rw")');
  });
});
