import { describe, expect, it } from 'vitest';
import type { SimState } from '../../kernel/state';
import { migrateOp, migrationScenario } from '../../testing/migrationCluster';
import { checkCluster } from './checker';
import { runClusterState } from './run';

const moved = () =>
  runClusterState(
    migrationScenario({
      processes: [{ bursts: [100] }],
      operations: [migrateOp(10, { process: 1, from: 'n0', to: 'n1', method: { kind: 'stopAndCopy' } })],
    }),
  );

describe("the checker's migration rules", () => {
  it('passes a migration that left its source and landed on its target', () => {
    expect(checkCluster(moved())).toMatchObject({ ok: true, findings: [] });
  });

  it('finds a process that still lives on its source, and one that is on two nodes at once', () => {
    const cl = moved();
    for (const st of cl.nodes.slice(0, 2)) {
      const p = (st as SimState).procs[0];
      if (p) p.state = 'READY';
    }
    expect(checkCluster(cl).findings.map((f) => [f.rule, f.text])).toEqual([
      ['migratedOnce', 'n0:1 (job1) still lives on n0 after it left'],
      ['migratedOnce', 'n0:1 lives on 2 nodes at once: n0 as P1, n1 as P1'],
    ]);
  });

  it('finds a run on the source after the stop', () => {
    const cl = moved();
    (cl.nodes[0] as SimState).segments.push({ cpu: 0, start: 20, end: 30, pid: 1, kind: 'run' });
    expect(checkCluster(cl).findings).toEqual([
      {
        rule: 'oneNodeAtATime',
        tick: 10,
        text: 'n0:1 (job1) ran on n0 after its stop at tick 10 or on n1 before its landing at tick 68',
      },
    ]);
  });

  it('finds a process that landed but is not there', () => {
    const cl = moved();
    (cl.nodes[1] as SimState).procs.length = 0;
    expect(checkCluster(cl).findings.map((f) => [f.rule, f.text])).toEqual([
      ['migratedOnce', 'n0:1 (job1) landed on n1 as P1 at tick 68 but is not there'],
    ]);
  });
});
