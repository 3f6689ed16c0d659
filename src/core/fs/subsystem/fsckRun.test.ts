import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { subsystemInvariants } from '../../kernel/subsystems';
import type { Scenario, ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { run, simulate } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import type { FsOp } from '../fsOp';

/** One process and a small disk; the operations at their ticks, in order. */
function withOps(actions: [tick: number, action: FsOp][]): Scenario {
  const operations: ScheduledOperation[] = actions.map(([tick, action]) => ({ tick, op: 'fs', action }));
  const v = validateScenario({
    ...scenarioOf({ policy: 'FIFO' }, [{ bursts: [6] }], { operations }),
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
    const op: fc.Arbitrary<FsOp> = fc.oneof(
      fc.record({ kind: fc.constantFrom('mkdir' as const, 'touch' as const, 'rm' as const, 'rmdir' as const), path }),
      fc.record({ kind: fc.constant('write' as const), path, bytes: fc.constantFrom(1, 1024, 5000) }),
      fc.record({ kind: fc.constant('truncate' as const), path, bytes: fc.constantFrom(0, 1500) }),
      fc.record({ kind: fc.constant('link' as const), target: path, path }),
      fc.record({ kind: fc.constant('rename' as const), from: path, to: path }),
    );
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
});
