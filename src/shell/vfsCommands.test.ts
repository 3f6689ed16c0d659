import { describe, expect, it } from 'vitest';
import { terminalHost } from '../cli/terminalHost';
import { runLine } from './commands';
import { complete } from './complete';
import { completionPaths } from './vfsPlace';

/** A validator appending to the ledger and a writer, with memory management on, on a small disk. */
const NODE = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'RR', quantum: 2 },
  processes: [
    {
      pid: 1,
      name: 'validator',
      type: 'BLOCKCHAIN_VALIDATOR',
      arrival: 0,
      bursts: [12],
      files: { every: 3, requests: [{ kind: 'write', path: '/ledger/chain.log', bytes: 100 }] },
    },
    { pid: 2, name: 'writer', type: 'DATA_PROCESSING', arrival: 0, bursts: [40] },
  ],
  memory: { physicalBytes: 1048576, pageSize: 4096 },
  fs: { blockSize: 1024, blocks: 32, inodes: 16 },
  operations: [{ tick: 0, op: 'fs', action: { kind: 'open', pid: 2, path: '/log', flags: 'a' } }],
};

async function session(lines: string[], scenario: object = NODE): Promise<string[]> {
  const made = terminalHost(scenario, () => undefined);
  if (!made.ok) throw new Error(made.errors.join('; '));
  const outputs: string[] = [];
  for (const line of lines) outputs.push((await runLine(line, made.host)).lines.map((l) => l.text).join('\n'));
  return outputs;
}

describe('the console across mount points', () => {
  it('ls / shows the mount points; ls /proc the live processes and the kernel files; mount the table', async () => {
    const [, root, proc, mount, mounts] = await session(['goto 5', 'ls /', 'ls /proc', 'mount', 'cat /proc/mounts']);
    expect(root).toMatch(/dr-xr-xr-x .* proc\/ \(proc\)/);
    expect(root).toMatch(/ledger\/ \(ledger\)/);
    expect(proc?.split('\n').map((l) => l.split(/\s+/).at(-1))).toEqual([
      'name',
      '1/',
      '2/',
      'meminfo',
      'mounts',
      'runqueue',
      'uptime',
    ]);
    expect(mount).toMatch(/^disk0 on \/ type block \(rw\)/);
    expect(mounts?.split('\n')).toEqual([
      'disk0 / block rw 0 0',
      'proc /proc proc ro 0 0',
      'ledger /ledger ledger append 0 0',
    ]);
  });

  it('cat prints /proc at the tick shown, a process its status and descriptors; stat gives size 0; cd goes in', async () => {
    const [, uptime, status, fd, stat, cd, rel, meminfo] = await session([
      'goto 5',
      'cat /proc/uptime',
      'cat /proc/2/status',
      'cat /proc/2/fd',
      'stat /proc/1/status',
      'cd /proc/1',
      'cat ../2/fd',
      'cat /proc/meminfo',
    ]);
    expect(uptime).toBe('5 ticks');
    expect(status).toMatch(/^Name:\twriter\nPid:\t2\nType:\tDATA_PROCESSING\nState:\t/);
    expect(status).toMatch(/FDs:\t3$/);
    expect(fd).toBe('3 -> /log (append, offset 0, open-file entry 0)');
    expect(stat).toContain('Size: 0 bytes');
    expect(stat).toContain('Inode: none on the disk');
    expect(cd).toBe('/proc/1');
    expect(rel).toBe(fd);
    expect(meminfo).toMatch(/^FramesTotal:\t256\nFramesFree:\t\d+/);
  });

  it('a process gone from /proc when it ends; a missing one is no such file', async () => {
    const [, ls, gone] = await session(['run', 'ls /proc', 'cat /proc/1/status']);
    expect(ls).not.toMatch(/ 1\//);
    expect(gone).toBe('cat: /proc/1/status: no such file or directory');
  });

  it('cat /ledger shows the blocks the validator appended; the ledger refuses changes, /proc too', async () => {
    const [, head, block, ls, rm, mkdir, write] = await session([
      'run',
      'cat /ledger/HEAD',
      'cat /ledger/000001',
      'ls /ledger',
      'rm /ledger/000001',
      'mkdir /proc',
      'write /proc/uptime 10',
    ]);
    expect(head).toMatch(/^block 000002 of 3, hash [0-9a-f]{64}\n/);
    expect(block).toMatch(
      /^height: 1\ntick: \d+\nprevious hash: [0-9a-f]{64}\nhash: [0-9a-f]{64}\nbytes: \d+\ntransactions: 2\n  /,
    );
    expect(ls).toMatch(/-r--r--r-- .* 000000\n/);
    expect(rm).toMatch(/refused, EPERM: \/ledger\/000001: the ledger is append-only/);
    expect(mkdir).toMatch(/refused, EEXIST: \/proc exists/);
    expect(write).toMatch(/refused, EACCES/);
  });

  it('cat of a block file says what it is without faking its bytes; of a directory, that it is one', async () => {
    const [, cat, dir] = await session(['write /f 3000', 'cat /f', 'cat /']);
    expect(cat).toBe(
      "/f: a regular file of 3000 bytes (2.93 KiB) in 3 blocks of 1 KiB; the simulator keeps each file's size and blocks, not its bytes, so there is no text to show",
    );
    expect(dir).toBe('cat: /: is a directory');
  });

  it('/proc with no processes and no memory management: the kernel files, no meminfo', async () => {
    const { processes: _, memory: __, operations: ___, ...bare } = NODE;
    const [ls] = await session(['ls /proc'], { ...bare, processes: [] });
    expect(ls?.split('\n').map((l) => l.split(/\s+/).at(-1))).toEqual(['name', 'mounts', 'runqueue', 'uptime']);
  });

  it('Tab completes names in /proc and /ledger as on the disk', () => {
    const made = terminalHost(NODE, () => undefined);
    if (!made.ok) throw new Error(made.errors.join('; '));
    const view = made.host.view();
    expect(complete('cat /proc/u', [], completionPaths(view)).line).toBe('cat /proc/uptime ');
    expect(complete('cd /led', [], completionPaths(view)).line).toBe('cd /ledger');
  });
});
