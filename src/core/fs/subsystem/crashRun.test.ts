import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { subsystemInvariants } from '../../kernel/subsystems';
import type { Scenario, ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, run, simulate } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import { fileTree } from '../crash/fileTree';
import type { FsOp } from '../fsOp';
import { fsRun } from './fileRequests';

/** One long process and a small disk (device: 2 ticks a request, 1 a block); the operations at their ticks. */
function node(actions: [tick: number, action: FsOp][], fs: Record<string, unknown> = {}, files?: unknown): Scenario {
  const operations: ScheduledOperation[] = actions.map(([tick, action]) => ({ tick, op: 'fs', action }));
  const scenario = scenarioOf({ policy: 'FIFO' }, [{ bursts: [200] }], { operations });
  const v = validateScenario({
    ...scenario,
    processes: files === undefined ? scenario.processes : scenario.processes.map((p) => ({ ...p, files })),
    fs: {
      blockSize: 1024,
      blocks: 32,
      inodes: 16,
      device: { requestTicks: 2, blockTicks: 1 },
      cache: { blocks: 8, writeBack: true },
      ...fs,
    },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

const said = (s: Scenario) =>
  run(s).events.flatMap((e) => (e.kind === 'fsOp' || e.kind === 'fsCommit' ? [explain(e)] : []));
const pathsAfter = (s: Scenario) => [...fileTree(fsRun(simulate(s).state).fs).keys()];

describe('crash on the running node', () => {
  it('is refused with EINVAL where the scenario does not say how changes reach the disk, and changes nothing', () => {
    const s = node([
      [0, { kind: 'mkdir', path: '/a' }],
      [1, { kind: 'crash' }],
    ]);
    expect(said(s)[1]).toBe(
      'File system: crash is refused, EINVAL: this file system does not follow what reaches its disk: set the scenario\'s fs.journal ("none", "data", "ordered" or "writeback") to crash it; nothing changes.',
    );
    expect(pathsAfter(s)).toEqual(['/a']);
    expect(run(s).fs?.journal).toBeUndefined();
  });

  it('commits commitTicks after the first change: a crash before its first write lands loses both changes, one after its last keeps them', () => {
    const ops: [number, FsOp][] = [
      [0, { kind: 'mkdir', path: '/a' }],
      [1, { kind: 'write', path: '/a/f', bytes: 2048 }],
    ];
    const cfg = { journal: 'ordered', commitTicks: 10 };
    const lines = said(node(ops, cfg));
    // At tick 10: mkdir (the inode bitmap, the inode table, / and /a's blocks, the data bitmap) and the write.
    expect(lines[2]).toMatch(
      /^File system: commit of 2 changes \(mkdir \/a and write \/a\/f 2048\): (\d+) block writes, (\d+) of them into the journal \(ordered mode\), then home; the device writes them from tick 10 until (\d+),/,
    );
    const until = Number(/until (\d+)/.exec(lines[2] as string)?.[1]);
    const early = node([...ops, [11, { kind: 'crash' }]], cfg);
    expect(pathsAfter(early)).toEqual([]);
    expect(said(early)[3]).toContain(
      'the power fails (ordered journal); 2 changes not on disk are lost (mkdir /a and write /a/f 2048)',
    );
    expect(said(early)[3]).toContain('mount: no commit was being written (the last had been checkpointed home)');
    const late = node([...ops, [until, { kind: 'crash' }]], cfg);
    expect(pathsAfter(late)).toEqual(['/a', '/a/f']);
    expect(said(late)[3]).toContain('every change had reached the disk');
    expect(run(late).fs?.journal).toMatchObject({ crashes: 1, operationsLost: 0, commits: 1 });
    for (const s of [early, late]) expect(subsystemInvariants(simulate(s).state)).toEqual([]);
  });

  it('sync commits at once; a crash inside its transaction discards it, one after its TxE replays it', () => {
    const ops: [number, FsOp][] = [
      [0, { kind: 'mkdir', path: '/a' }],
      [0, { kind: 'sync' }],
    ];
    const cfg = { journal: 'data' };
    const r = run(node(ops, cfg));
    const commit = eventsOf(r, 'fsCommit')[0];
    expect(commit).toMatchObject({ tick: 0, mode: 'data', changes: 1, named: ['mkdir /a'], start: 0 });
    // data mode: TxB, the logged blocks, TxE, then the checkpoint of each; the first lands at 2 + 1.
    const logged = (commit?.journal ?? 0) - 2;
    const txe = 2 + logged + 2;
    const torn = node([...ops, [txe - 1, { kind: 'crash' }]], cfg);
    expect(pathsAfter(torn)).toEqual([]);
    expect(said(torn).at(-1)).toContain('has no TxE on disk');
    const replayed = node([...ops, [txe, { kind: 'crash' }]], cfg);
    expect(pathsAfter(replayed)).toEqual(['/a']);
    expect(said(replayed).at(-1)).toContain('committed (its TxE is on disk): replay writes its');
    expect(run(replayed).fs?.journal).toMatchObject({ crashes: 1, transactionsReplayed: 1, operationsLost: 0 });
  });

  it('with no journal a crash between in-place writes leaves problems: EIO until fsck, whose fixes count as after the crash', () => {
    // No journal: the bitmaps and inode table go home first, the directory blocks after them.
    const ops: [number, FsOp][] = [
      [0, { kind: 'mkdir', path: '/a' }],
      [0, { kind: 'sync' }],
      [4, { kind: 'crash' }],
      [5, { kind: 'touch', path: '/b' }],
      [6, { kind: 'fsck' }],
      [7, { kind: 'touch', path: '/b' }],
    ];
    const s = node(ops, { journal: 'none' });
    const lines = said(s);
    expect(lines[3]).toContain('mkdir /a was being written: 2 of its 5 block writes had landed');
    expect(lines[3]).toContain('fsck finds 2 problems (inode 1 is free but its bitmap bit is 1, …)');
    expect(lines[3]).toContain('with no journal nothing puts them right but fsck');
    expect(lines[4]).toBe(
      'File system: touch /b is refused, EIO: the file system has errors until fsck repairs them (the crash at tick 4 left 2 problems, the first: inode 1 is free but its bitmap bit is 1); nothing changes.',
    );
    expect(lines[5]).toContain('fixed 3: inode bitmap bit 1 set to 0');
    expect(lines[6]).toMatch(/^File system: commit of 1 change \(fsck\)/);
    expect(pathsAfter(s)).toEqual(['/b']);
    const j = run(s).fs?.journal;
    expect(j).toMatchObject({ crashes: 1, operationsLost: 1, transactionsReplayed: 0, fsckFixesAfterCrash: 3 });
    expect(subsystemInvariants(simulate(s).state)).toEqual([]);
  });

  it('closes every descriptor, empties the page cache, and fails a request the device held with EIO when its wait ends', () => {
    const files = { every: 1, requests: [{ kind: 'write', path: '/log', bytes: 4096 }] };
    const s = node(
      [
        [0, { kind: 'open', pid: 1, path: '/log', flags: 'a' }],
        [3, { kind: 'crash' }],
        [4, { kind: 'close', pid: 1, fd: 3 }],
      ],
      { journal: 'writeback', cache: { blocks: 0 } },
      files,
    );
    const r = run(s);
    const refused = eventsOf(r, 'fileRefused');
    expect(refused[0]).toMatchObject({ pid: 1, request: 'write', path: '/log', error: { code: 'EIO' } });
    expect(explain(eventsOf(r, 'fsOp')[1] as never)).toContain(
      "P1's write of /log was on the device: it fails with EIO when its wait ends",
    );
    expect(eventsOf(r, 'fsOp')[2]).toMatchObject({ error: { code: 'EBADF' } });
    expect(subsystemInvariants(simulate(s).state)).toEqual([]);
  });

  it('refuses commitTicks without a journal and a journal on a disk larger than the crash machinery follows', () => {
    const scenario = scenarioOf({ policy: 'FIFO' }, [{ bursts: [1] }]);
    const errors = (fs: unknown) => {
      const v = validateScenario({ ...scenario, fs });
      return v.ok ? [] : v.errors.map((e) => `${e.path}: ${e.limit}`);
    };
    expect(errors({ commitTicks: 5 })).toEqual(['fs.commitTicks: fs.journal set']);
    expect(errors({ journal: 'data', blocks: 2048, inodes: 512 })).toEqual([
      'fs.blocks: at most 1024 with fs.journal',
      'fs.inodes: at most 256 with fs.journal',
    ]);
    expect(errors({ journal: 'sometimes' })).toEqual(['fs.journal: one of none, data, ordered, writeback']);
  });
});
