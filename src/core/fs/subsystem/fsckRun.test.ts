import fc from 'fast-check';
import { namespaceOps } from '../../testing/fsOps';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { subsystemInvariants } from '../../kernel/subsystems';
import type { Scenario, ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { run, simulate } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import { CORRUPTION_NAMES, type FsOp } from '../fsOp';
import { fsView } from './view';

/** One process and a small disk; the operations at their ticks, in order. */
function withOps(actions: [tick: number, action: FsOp][], files?: unknown): Scenario {
  const operations: ScheduledOperation[] = actions.map(([tick, action]) => ({ tick, op: 'fs', action }));
  const scenario = scenarioOf({ policy: 'FIFO' }, [{ bursts: [6] }], { operations });
  const v = validateScenario({
    ...scenario,
    processes: files === undefined ? scenario.processes : scenario.processes.map((p) => ({ ...p, files })),
    fs: { blockSize: 1024, blocks: 32, inodes: 16, cache: { blocks: 0 } },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

const said = (s: Scenario) =>
  run(s)
    .events.filter((e) => e.kind === 'fsOp')
    .map((e) => explain(e));

describe('fsck and corrupt on the node', () => {
  it('corrupt makes an orphan, fsck frees it saying so and counts it; a corruption with nothing to change is refused', () => {
    const s = withOps([
      [0, { kind: 'corrupt', corruption: 'type-switch' }],
      [0, { kind: 'write', path: '/f', bytes: 100 }],
      [1, { kind: 'corrupt', corruption: 'orphan' }],
      [2, { kind: 'fsck' }],
      [3, { kind: 'fsck' }],
    ]);
    const words = said(s);
    expect(words[0]).toBe(
      'File system: corrupt type-switch is refused, EINVAL: nothing to corrupt: the file system has no file inode to corrupt; nothing changes.',
    );
    expect(words[2]).toMatch(
      /^File system: corrupt orphan breaks it on purpose: INODE (\d+) orphan \(fsck.py's words\); fsck finds and repairs it\.$/,
    );
    const inode = /INODE (\d+)/.exec(words[2] as string)?.[1];
    expect(words[3]).toBe(
      `File system: fsck checked blocks, directories, orphans, link counts and bitmaps: 4 of 5 passes found nothing; fixed 1: file inode ${inode} is named by no directory reached from /: freed with its 0 blocks.`,
    );
    expect(words[4]).toContain('5 of 5 passes found nothing; the file system is consistent, nothing to fix.');
    expect(run(s).fs?.stats).toMatchObject({ fsckRuns: 2, fsckFixes: 1, corruptions: 1, operationsRefused: 1 });
    expect(subsystemInvariants(simulate(s).state)).toEqual([]);
  });

  it('a path through a file corrupted into a directory is refused with EIO, not a crash; after fsck it is a directory', () => {
    const s = withOps([
      [0, { kind: 'write', path: '/f', bytes: 100 }],
      [1, { kind: 'corrupt', corruption: 'type-switch' }],
      [2, { kind: 'write', path: '/f/g', bytes: 10 }],
      [2, { kind: 'mkdir', path: '/proc/../f/h' }],
      [3, { kind: 'fsck' }],
      [4, { kind: 'write', path: '/f/g', bytes: 10 }],
    ]);
    const words = said(s);
    expect(words[2]).toMatch(/refused, EIO: the file system has errors until fsck repairs them/);
    expect(words[3]).toMatch(/refused, EIO/);
    // fsck keeps the inode a directory, as Linux's does: it gets an empty directory block
    expect(words[4]).toMatch(/directory inode 1's block 1 holds no directory entries: made an empty directory block/);
    expect(words[5]).toBe('File system: write /f/g 10.');
    expect(subsystemInvariants(simulate(s).state)).toEqual([]);
  });

  it('a random corruption comes from the run’s random stream: the same in every replay', () => {
    const s = withOps([
      [0, { kind: 'mkdir', path: '/d' }],
      [0, { kind: 'write', path: '/d/f', bytes: 3000 }],
      [1, { kind: 'corrupt', corruption: 'random' }],
      [2, { kind: 'fsck' }],
    ]);
    expect(said(s)).toEqual(said(s));
    expect(run(s).traceHash).toBe(run(s).traceHash);
    expect(subsystemInvariants(simulate(s).state)).toEqual([]);
  });

  it('fsck finds nothing to fix after any sequence of operations (property)', () => {
    const path = fc.constantFrom('/a', '/b', '/a/c', '/a/d', '/b/e');
    const op = namespaceOps(path, fc.constantFrom(0, 1, 1024, 1500, 5000));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 14 }), (ops) => {
        const r = run(withOps([...ops.map((o): [number, FsOp] => [0, o]), [1, { kind: 'fsck' }]]));
        const fsck = r.events.filter((e) => e.kind === 'fsOp').at(-1);
        expect(fsck && 'fsck' in fsck ? fsck.fsck : null).toEqual([]);
        expect(r.fs?.stats).toMatchObject({ fsckRuns: 1, fsckFixes: 0 });
      }),
      { seed: 20261206, numRuns: 60 },
    );
  });

  it('a corrupted file system never crashes what comes after, and fsck makes it whole (property)', () => {
    const path = fc.constantFrom('/a', '/b', '/a/c', '/a/d', '/b/e', '/a/c/f');
    const op: fc.Arbitrary<FsOp> = fc.oneof(
      { weight: 4, arbitrary: namespaceOps(path, fc.constantFrom(1, 1024, 5000)) },
      fc.record({ kind: fc.constant('corrupt' as const), corruption: fc.constantFrom(...CORRUPTION_NAMES) }),
      fc.record({
        kind: fc.constant('open' as const),
        pid: fc.constant(1),
        path,
        flags: fc.constantFrom('r' as const, 'a' as const),
      }),
      fc.record({ kind: fc.constant('close' as const), pid: fc.constant(1), fd: fc.constantFrom(3, 4) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 16 }), fc.array(op, { maxLength: 8 }), path, (before, after, file) => {
        const r = run(
          withOps(
            [
              ...before.map((o): [number, FsOp] => [0, o]),
              ...after.map((o): [number, FsOp] => [2, o]),
              [5, { kind: 'fsck' }],
            ],
            {
              every: 1,
              requests: [
                { kind: 'read', path: file, bytes: 2048 },
                { kind: 'write', path: file, bytes: 1024 },
              ],
            },
          ),
        );
        expect(r.events.filter((e) => e.kind === 'fsOp').length).toBe(before.length + after.length + 1);
        // Left corrupted, the picture the Files view draws is still made.
        const left = simulate(withOps([...before, ...after].map((o): [number, FsOp] => [0, o]))).state;
        expect(fsView(left).picture().tree[0]?.path).toBe('/');
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });
});
