import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimState } from '../../kernel/state';
import { migrateOp, migrationScenario, type MigrationPlan } from '../../testing/migrationCluster';
import type { MigrationMethod } from '../migration/types';
import type { ClusterMigration } from './migrations';
import { runCluster, runClusterState } from './run';
import type { ClusterState } from './state';

const method: fc.Arbitrary<MigrationMethod> = fc.oneof(
  fc.constant({ kind: 'stopAndCopy' as const }),
  fc.record({
    kind: fc.constant('preCopy' as const),
    maxRounds: fc.integer({ min: 1, max: 8 }),
    dirtyPagesLimit: fc.integer({ min: 0, max: 8 }),
    downtimeLimitTicks: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({ kind: fc.constant('postCopy' as const), pushShare: fc.double({ min: 0.1, max: 1, noNaN: true }) }),
);

/** CPU bursts with I/O between them: [cpu, io, cpu, …]. */
const bursts = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 3 })
  .map((pairs) => pairs.flatMap(([c, io]) => [c, io]).slice(0, -1));

const node = fc.constantFrom('n0', 'n1', 'n2');

/** A workload on n0 and up to four migrations among n0, n1, n2 (some refused: a process not there, to itself…). */
const plan: fc.Arbitrary<MigrationPlan> = fc
  .record({
    processes: fc.array(fc.record({ bursts, memoryBytes: fc.integer({ min: 1, max: 64 }).map((k) => k * 4096) }), {
      minLength: 1,
      maxLength: 3,
    }),
    moves: fc.array(
      fc.record({
        tick: fc.integer({ min: 0, max: 400 }),
        process: fc.integer({ min: 1, max: 3 }),
        from: node,
        to: node,
        method,
        writes: fc.record({
          pages: fc.integer({ min: 1, max: 64 }),
          writesPerTick: fc.double({ min: 0, max: 2, noNaN: true }),
        }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    crash: fc.option(fc.record({ tick: fc.integer({ min: 0, max: 600 }), node: fc.constantFrom('n1', 'n2') })),
    bandwidthMbps: fc.integer({ min: 20, max: 1000 }),
    latency: fc.integer({ min: 1, max: 20 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((p) => ({
    processes: p.processes,
    bandwidthMbps: p.bandwidthMbps,
    latency: p.latency,
    seed: p.seed,
    operations: [
      // Validation refuses a migration to its own node; the run refuses the rest it cannot do.
      ...p.moves.filter((m) => m.from !== m.to).map(({ tick, ...m }) => migrateOp(tick, m)),
      ...(p.crash ? [{ tick: p.crash.tick, op: 'net', fault: { kind: 'crash', node: p.crash.node } }] : []),
    ].filter(
      (op) =>
        !p.crash || (op as { tick: number }).tick <= p.crash.tick || !JSON.stringify(op).includes(`"${p.crash.node}"`),
    ),
  }));

/** Each process's copies (node, pid), by its cluster-wide identity: where it started, then where each migration landed it. */
function incarnations(cl: ClusterState): Map<string, [number, number][]> {
  const all = new Map<string, [number, number][]>();
  for (const p of (cl.nodes[0] as SimState).scenario.processes) all.set(`n0:${p.pid}`, [[0, p.pid]]);
  for (const m of cl.migrations as ClusterMigration[]) if (m.landed) all.get(m.origin)?.push(m.landed);
  return all;
}

const LOST = new Set(['sourceDown', 'lostInFlight', 'lostWithTarget']);

describe('migration in the cluster, as properties', () => {
  it('conserves each process’s CPU work and memory; it never runs on two nodes at once; every loss is accounted for', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const scenario = migrationScenario(p);
        const cl = runClusterState(scenario);
        const r = runCluster(scenario);
        expect(r.network.checker.findings).toEqual([]);
        const crashed = new Set(
          cl.log.flatMap((e) => (e.kind === 'fault' && e.fault.kind === 'crash' ? [cl.ids.indexOf(e.fault.node)] : [])),
        );
        for (const [origin, copies] of incarnations(cl)) {
          const spec = scenario.processes.find((s) => `n0:${s.pid}` === origin);
          const owed = (spec?.bursts ?? []).reduce((n, b, i) => (i % 2 === 0 ? n + b : n), 0);
          const got = copies.reduce(
            (n, [at, pid]) => n + ((cl.nodes[at] as SimState).procs.find((q) => q.pid === pid)?.cpuTime ?? 0),
            0,
          );
          const lost =
            copies.some(([at]) => crashed.has(at)) ||
            cl.migrations.some((m) => m.origin === origin && m.reason !== null && LOST.has(m.reason));
          // Every tick of its work done exactly once, or the shortfall is a loss the run shows.
          if (!lost) expect(got).toBe(owed);
          expect(got).toBeLessThanOrEqual(owed);
          // Its runs on different nodes never overlap.
          const runs = copies
            .flatMap(([at, pid]) =>
              (cl.nodes[at] as SimState).segments
                .filter((s) => s.kind === 'run' && s.pid === pid)
                .map((s) => [s.start, s.end, at]),
            )
            .sort((a, b) => (a[0] as number) - (b[0] as number));
          for (let i = 1; i < runs.length; i++) {
            const [prev, cur] = [runs[i - 1] as number[], runs[i] as number[]];
            if (prev[2] !== cur[2]) expect(cur[0]).toBeGreaterThanOrEqual(prev[1] as number);
          }
        }
        for (const m of cl.migrations) {
          if (m.phase !== 'done' || !m.result) continue;
          // The target holds each page as the source last wrote it before it stopped (post-copy: and no older).
          if (m.result.method === 'postCopy')
            m.result.target.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(m.result?.sourceAtSwitch[i] as number));
          else expect(m.result.target).toEqual(m.result.sourceAtSwitch);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the same scenario runs the same, bit for bit', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const s = migrationScenario(p);
        expect(runCluster(s).network.traceHash).toBe(runCluster(s).network.traceHash);
      }),
      { numRuns: 20 },
    );
  });
});
