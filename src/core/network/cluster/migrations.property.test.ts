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

type Crash = { tick: number; node: string; restartAfter: number | null };

/** The node is down at `tick` (a migration listed before the crash at its tick still finds it up). */
const crashedThen = (c: Crash, tick: number): boolean =>
  tick > c.tick && (c.restartAfter === null || tick <= c.tick + c.restartAfter);

const crashOps = (c: Crash) => [
  { tick: c.tick, op: 'net', fault: { kind: 'crash', node: c.node } },
  ...(c.restartAfter === null
    ? []
    : [{ tick: c.tick + c.restartAfter, op: 'net', fault: { kind: 'restart', node: c.node } }]),
];

const partitionOps = (p: { tick: number; alone: string; healAfter: number }) => [
  {
    tick: p.tick,
    op: 'net',
    fault: { kind: 'partition', groups: [[p.alone], ['n0', 'n1', 'n2'].filter((n) => n !== p.alone)] },
  },
  { tick: p.tick + p.healAfter, op: 'net', fault: { kind: 'heal' } },
];

/**
 * A workload on n0, up to four migrations among n0, n1, n2 (some refused: a process not there, a cut path…), and
 * perhaps a crash of n1 or n2 (and its restart) and a partition that heals.
 */
const move = fc.record({
  tick: fc.integer({ min: 0, max: 400 }),
  process: fc.constantFrom<number | string>(1, 2, 'job1'),
  from: node,
  to: node,
  method,
  writes: fc.record({
    pages: fc.integer({ min: 1, max: 64 }),
    writesPerTick: fc.double({ min: 0, max: 2, noNaN: true }),
  }),
});

const plan: fc.Arbitrary<MigrationPlan> = fc
  .record({
    processes: fc.array(fc.record({ bursts, memoryBytes: fc.integer({ min: 1, max: 64 }).map((k) => k * 4096) }), {
      minLength: 1,
      maxLength: 3,
    }),
    // The first moves job1 off n0, so every run migrates something; the others may chain it on or be refused.
    first: move.map((m) => ({ ...m, process: 1, from: 'n0', to: m.to === 'n0' ? 'n1' : m.to, tick: m.tick % 200 })),
    moves: fc.array(move, { maxLength: 3 }),
    // Faults a little after the first move, so they often befall a migration under way.
    crash: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 300 }),
        node: fc.constantFrom('n0', 'n1', 'n2'),
        restartAfter: fc.option(fc.integer({ min: 1, max: 200 })),
      }),
    ),
    partition: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 300 }),
        alone: fc.constantFrom('n0', 'n2'),
        healAfter: fc.integer({ min: 1, max: 300 }),
      }),
    ),
    bandwidthMbps: fc.integer({ min: 20, max: 1000 }),
    latency: fc.integer({ min: 1, max: 20 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((p) => {
    const crash = p.crash && { ...p.crash, tick: p.first.tick + p.crash.after };
    const moves = [p.first, ...p.moves];
    return {
      processes: p.processes,
      bandwidthMbps: p.bandwidthMbps,
      latency: p.latency,
      seed: p.seed,
      operations: [
        // Validation refuses a migration to its own node, or naming a crashed node; the run refuses what it cannot do.
        ...moves
          .filter(
            (m) => m.from !== m.to && !(crash && crashedThen(crash, m.tick) && [m.from, m.to].includes(crash.node)),
          )
          .map(({ tick, ...m }) => migrateOp(tick, m)),
        ...(crash ? crashOps(crash) : []),
        ...(p.partition ? partitionOps({ ...p.partition, tick: p.first.tick + p.partition.after }) : []),
      ],
    };
  });

/** Each process's copies (node, pid), by its cluster-wide identity: where it started, then where each migration landed it. */
function incarnations(cl: ClusterState): Map<string, [number, number][]> {
  const all = new Map<string, [number, number][]>();
  for (const p of (cl.nodes[0] as SimState).scenario.processes) all.set(`n0:${p.pid}`, [[0, p.pid]]);
  for (const m of cl.migrations as ClusterMigration[]) if (m.landed) all.get(m.origin)?.push(m.landed);
  return all;
}

const LOST = new Set(['sourceDown', 'lostInFlight', 'lostWithTarget', 'sourceLostPages']);

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
  it('a crash of the target before the process lands there leaves it on its source, its work whole', () => {
    fc.assert(
      fc.property(
        fc.record({
          bursts,
          tick: fc.integer({ min: 0, max: 100 }),
          method: method.filter((m) => m.kind !== 'postCopy'),
          writesPerTick: fc.double({ min: 0, max: 1, noNaN: true }),
          at: fc.double({ min: 0, max: 0.999, noNaN: true }),
        }),
        ({ bursts: b, tick, method: m, writesPerTick, at }) => {
          const op = migrateOp(tick, {
            process: 1,
            from: 'n0',
            to: 'n1',
            method: m,
            writes: { pages: 8, writesPerTick },
          });
          const base = { processes: [{ bursts: b }, { bursts: [50] }], latency: 3, bandwidthMbps: 50 };
          const calm = runClusterState(migrationScenario({ ...base, operations: [op] })).migrations[0];
          if (!calm?.result) return; // it ended before it could stop: nothing to crash into
          const landing = tick + calm.result.stop.startTick + calm.result.stop.downtimeTicks;
          const crash = {
            tick: tick + Math.floor(at * (landing - tick)),
            op: 'net',
            fault: { kind: 'crash', node: 'n1' },
          };
          const cl = runClusterState(migrationScenario({ ...base, operations: [op, crash] }));
          const mig = cl.migrations[0] as ClusterMigration;
          expect(['targetDown', 'returned', 'ended']).toContain(mig.reason);
          const owed = b.reduce((n, x, i) => (i % 2 === 0 ? n + x : n), 0);
          const onSource = (cl.nodes[0] as SimState).procs.filter((q) => q.name === 'job1');
          expect(onSource.reduce((n, q) => n + q.cpuTime, 0)).toBe(owed);
          expect(onSource.every((q) => q.state === 'TERMINATED')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
