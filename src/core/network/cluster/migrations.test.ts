import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimState } from '../../kernel/state';
import { validateScenario } from '../../scenario/validate';
import { cluster, valid } from '../../testing/cluster';
import { migrateOp, migrationScenario, type MigrationPlan } from '../../testing/migrationCluster';
import type { MigrateSpec } from '../config';
import { clusterMigrations } from './migrationResult';
import { startMigration } from './migrations';
import { runCluster, runClusterState } from './run';
import { createCluster } from './state';
import { advanceCluster } from './step';

const texts = (r: ReturnType<typeof runCluster>) =>
  r.network.events
    .filter((e) => e.kind === 'migration' || e.kind === 'faultRefused' || e.kind === 'balance')
    .map((e) => `${e.tick} ${e.text}`);

/** CPU ticks each node gave the pids, summed. */
const cpuOf = (nodes: readonly SimState[]): number =>
  nodes.reduce((n, st) => n + st.procs.reduce((m, p) => m + p.cpuTime, 0), 0);

const moveJob1 = (tick: number, method: MigrateSpec['method'], extra: Record<string, unknown> = {}) =>
  migrateOp(tick, { process: 1, from: 'n0', to: 'n1', method, ...extra });

const PRE = { kind: 'preCopy', maxRounds: 30, dirtyPagesLimit: 2, downtimeLimitTicks: 0 } as const;

describe('process migration in the cluster', () => {
  it('stop-and-copy: stopped at once, its 16 pages cross in 58 ticks, it resumes on n1 with its 90 ticks left', () => {
    const plan: MigrationPlan = {
      processes: [{ bursts: [100] }],
      operations: [moveJob1(10, { kind: 'stopAndCopy' })],
    };
    const r = runCluster(migrationScenario(plan));
    // 65536 bytes at 100 Mbit/s (1250 bytes a tick): 53 ticks on the wire, and 5 of latency.
    expect(texts(r)).toEqual([
      '10 n0:1 starts to migrate from n0 to n1 by stopAndCopy: 16 pages of 4096 bytes over 1 link at 100 Mbit/s, 5 ticks (0.5 ms) of latency',
      '10 n0:1: Stop-and-copy stops the process and sends all 16 pages: it is down for 58 ticks (5.8 ms), the whole migration. It had 10 CPU ticks there; 90 ticks of bursts go with it.',
      '68 n0:1 resumes on n1 as P1',
      '68 n0:1: stopAndCopy moved 16 pages in 0 rounds over 58 ticks (5.8 ms), with 58 ticks (5.8 ms) of downtime.',
    ]);
    expect(r.network.migrations).toEqual([
      {
        process: 'n0:1',
        name: 'job1',
        from: 'n0',
        to: 'n1',
        method: 'stopAndCopy',
        by: 'operation',
        startTick: 10,
        outcome: 'done',
        rounds: 0,
        pagesTransferred: 16,
        totalTicks: 58,
        downtimeTicks: 58,
      },
    ]);
    const cl = runClusterState(migrationScenario(plan));
    expect(cl.nodes.map((st) => st.procs.map((p) => [p.pid, p.state, p.cpuTime]))).toEqual([
      [[1, 'TERMINATED', 10]],
      [[1, 'TERMINATED', 90]],
      [],
    ]);
    expect(r.network.checker).toMatchObject({ ok: true });
    expect(r.network.checker.checked).toContain(
      '1 migrations: each process on one node at a time, and exactly once after its migration',
    );
  });

  it('pre-copy: rounds while it runs on n0, driven by the CPU ticks it really gets, then a short stop', () => {
    const plan: MigrationPlan = {
      processes: [{ bursts: [400], memoryBytes: 256 * 1024 }, { bursts: [400] }],
      operations: [moveJob1(10, PRE, { writes: { pages: 8, writesPerTick: 0.5 } })],
    };
    const cl = runClusterState(migrationScenario(plan));
    const [m] = clusterMigrations(cl);
    expect(m).toBeDefined();
    const res = m as NonNullable<typeof m>;
    expect(res.outcome).toBe('done');
    expect(res.rounds.length).toBeGreaterThan(1);
    expect(res.rounds[0]).toMatchObject({ index: 1, sends: { kind: 'everyPage' }, sent: 64 });
    // Two processes share n0's CPU under RR: in each round job1 ran about half its ticks, and no more.
    expect(res.work[0]?.to).toBeLessThan(res.rounds.reduce((n, x) => n + x.durationTicks, 0));
    expect(res.stop.why).toMatchObject({ kind: 'dirtyAfterRounds', stop: { kind: 'dirtyUnderLimit' } });
    expect(res.totals.downtimeTicks).toBeLessThan(res.totals.totalTicks);
    expect(res.target).toEqual(res.sourceAtSwitch);
    expect(cpuOf(cl.nodes)).toBe(800);
    expect(runCluster(migrationScenario(plan)).network.checker.ok).toBe(true);
  });

  it('post-copy: down only while its CPU state crosses (the latency), then pages follow while it runs on n1', () => {
    const plan: MigrationPlan = {
      processes: [{ bursts: [300] }],
      operations: [moveJob1(20, { kind: 'postCopy', pushShare: 1 }, { writes: { pages: 4, writesPerTick: 1 } })],
    };
    const r = runCluster(migrationScenario(plan));
    expect(r.network.migrations?.[0]).toMatchObject({ outcome: 'done', downtimeTicks: 5, pagesTransferred: 16 });
    expect(texts(r)[2]).toBe('25 n0:1 resumes on n1 as P1');
    const cl = runClusterState(migrationScenario(plan));
    expect(cpuOf(cl.nodes)).toBe(300);
    expect(r.network.checker.ok).toBe(true);
  });

  it('three migrations in a row keep one identity, and the pid where it is free', () => {
    const plan: MigrationPlan = {
      processes: [{ bursts: [500] }],
      operations: [
        moveJob1(10, { kind: 'stopAndCopy' }),
        migrateOp(100, { process: 'job1', from: 'n1', to: 'n2', method: PRE }),
        migrateOp(300, { process: 1, from: 'n2', to: 'n1', method: { kind: 'postCopy', pushShare: 0.5 } }),
      ],
    };
    const r = runCluster(migrationScenario(plan));
    expect(r.network.migrations?.map((m) => [m.process, m.from, m.to, m.outcome])).toEqual([
      ['n0:1', 'n0', 'n1', 'done'],
      ['n0:1', 'n1', 'n2', 'done'],
      ['n0:1', 'n2', 'n1', 'done'],
    ]);
    // P1 is taken on n1 by its first stay there (ended), so it comes back as P2.
    expect(texts(r).filter((t) => t.includes(' resumes on '))).toEqual([
      '68 n0:1 resumes on n1 as P1',
      expect.stringMatching(/n0:1 resumes on n2 as P1$/),
      expect.stringMatching(/n0:1 resumes on n1 as P2$/),
    ]);
    expect(cpuOf(runClusterState(migrationScenario(plan)).nodes)).toBe(500);
    expect(r.network.checker.ok).toBe(true);
  });

  it('a process in an I/O burst carries what is left of it, and its later bursts', () => {
    const plan: MigrationPlan = {
      processes: [{ bursts: [5, 50, 20] }],
      operations: [moveJob1(20, { kind: 'stopAndCopy' })],
    };
    const r = runCluster(migrationScenario(plan));
    expect(texts(r)[1]).toMatch(/It had 5 CPU ticks there; 0, 35, 20 ticks of bursts go with it\.$/);
    expect(cpuOf(runClusterState(migrationScenario(plan)).nodes)).toBe(25);
  });
});

describe('a crash during migration', () => {
  it('the target crashing during pre-copy: the migration ends and the process finishes on the source', () => {
    const plan: MigrationPlan = {
      processes: [{ bursts: [400] }],
      operations: [
        moveJob1(10, PRE, { writes: { pages: 16, writesPerTick: 1 } }),
        { tick: 70, op: 'net', fault: { kind: 'crash', node: 'n1' } },
      ],
    };
    const r = runCluster(migrationScenario(plan));
    expect(r.network.migrations?.[0]).toMatchObject({ outcome: 'targetDown', downtimeTicks: null });
    expect(texts(r).at(-1)).toMatch(/the target crashed before the process stopped, so it keeps running on the source/);
    const cl = runClusterState(migrationScenario(plan));
    expect(cl.nodes[0]?.procs.map((p) => [p.state, p.cpuTime, p.killed])).toEqual([['TERMINATED', 400, false]]);
    expect(r.network.checker.ok).toBe(true);
  });

  it('the target crashing while the process is stopped in flight: it resumes on the source, its work whole', () => {
    const plan: MigrationPlan = {
      processes: [{ bursts: [200] }],
      operations: [
        moveJob1(10, { kind: 'stopAndCopy' }),
        { tick: 30, op: 'net', fault: { kind: 'crash', node: 'n1' } },
      ],
    };
    const r = runCluster(migrationScenario(plan));
    expect(r.network.migrations?.[0]).toMatchObject({ outcome: 'returned', downtimeTicks: 58 });
    expect(texts(r).at(-1)).toBe(
      "68 n0:1's migration ends: the target cannot take the stopped process (it crashed, paused or is cut off), so it resumes on the source (P2)",
    );
    expect(cpuOf(runClusterState(migrationScenario(plan)).nodes)).toBe(200);
    expect(r.network.checker.ok).toBe(true);
  });

  it('a partition cutting the path during pre-copy: the process stays on its source; a restarted target is no help', () => {
    const cut = runCluster(
      migrationScenario({
        processes: [{ bursts: [400] }],
        operations: [
          moveJob1(10, PRE, { writes: { pages: 16, writesPerTick: 1 } }),
          { tick: 30, op: 'net', fault: { kind: 'partition', groups: [['n0'], ['n1', 'n2']] } },
        ],
      }),
    );
    expect(cut.network.migrations?.[0]).toMatchObject({ outcome: 'partitioned' });
    const restarted = runCluster(
      migrationScenario({
        processes: [{ bursts: [400] }],
        operations: [
          moveJob1(10, PRE, { writes: { pages: 16, writesPerTick: 1 } }),
          { tick: 30, op: 'net', fault: { kind: 'crash', node: 'n1' } },
          { tick: 40, op: 'net', fault: { kind: 'restart', node: 'n1' } },
        ],
      }),
    );
    expect(restarted.network.migrations?.[0]).toMatchObject({ outcome: 'targetDown' });
    expect(restarted.network.checker.ok).toBe(true);
  });

  it('post-copy with the target crashing before every page came: the process is lost with it, and said so', () => {
    const plan: MigrationPlan = {
      processes: [{ bursts: [300] }],
      bandwidthMbps: 10,
      operations: [
        moveJob1(10, { kind: 'postCopy', pushShare: 1 }),
        { tick: 40, op: 'net', fault: { kind: 'crash', node: 'n1' } },
      ],
    };
    const r = runCluster(migrationScenario(plan));
    expect(r.network.migrations?.[0]).toMatchObject({ outcome: 'lostWithTarget' });
    expect(r.network.events.find((e) => e.kind === 'fault' && e.fault.kind === 'crash')?.text).toBe(
      'n1 crashes: 1 process and their memory lost',
    );
    expect(r.network.checker.ok).toBe(true);
  });
});

/** The cluster at tick 5 of a scenario, and what a refused migration leaves of it. */
const at5 = (plan: Partial<MigrationPlan> = {}) => {
  const cl = createCluster(migrationScenario({ processes: [{ bursts: [100] }], operations: [], ...plan }));
  advanceCluster(cl, 5);
  return cl;
};
const spec = (over: Partial<MigrateSpec> = {}): MigrateSpec => ({
  process: 1,
  from: 'n0',
  to: 'n1',
  method: { kind: 'stopAndCopy' },
  ...over,
});

const refuse = (
  asked: MigrateSpec,
  plan: Partial<MigrationPlan> = {},
  before?: (c: ReturnType<typeof at5>) => void,
) => {
  const cl = at5(plan);
  before?.(cl);
  const copy = JSON.stringify([cl.nodes.map((s) => [s.now, s.processedThrough, s.procs]), cl.log, cl.migrations]);
  const why = startMigration(cl, asked, 'operation');
  expect(JSON.stringify([cl.nodes.map((s) => [s.now, s.processedThrough, s.procs]), cl.log, cl.migrations])).toBe(copy);
  return why;
};

describe('refusals', () => {
  it('names the field and the limit, and changes nothing', () => {
    expect(refuse(spec({ from: 'x' }))).toBe('from: there is no node "x" in the cluster');
    expect(refuse(spec({ to: 'y' }))).toBe('to: there is no node "y" in the cluster');
    expect(refuse(spec({ to: 'n0' }))).toBe(`to: "n0" is the process's own node: a migration goes to another node`);
    expect(refuse(spec({ process: 9 }))).toBe('process: there is no process 9 on n0');
    expect(refuse(spec({ process: 'nobody' }))).toBe('process: there is no process "nobody" on n0');
    expect(refuse(spec(), {}, (cl) => (cl.status[1] = 'down'))).toBe(
      'to: n1 has crashed: a migration needs a target that is up',
    );
    expect(refuse(spec(), {}, (cl) => (cl.status[1] = 'paused'))).toBe(
      'to: n1 is paused: a migration needs a target that is up',
    );
    expect(
      refuse(spec(), {
        memory: { physicalBytes: 64 * 1024, pageSize: 4096 },
        processes: [{ bursts: [100], memoryBytes: 128 * 1024 }],
      }),
    ).toBe('to: n1 has 16 free frames; P1 needs 32 (131072 bytes in pages of 4096)');
    expect(refuse(spec({ method: { kind: 'preCopy', maxRounds: 0, dirtyPagesLimit: 0, downtimeLimitTicks: 0 } }))).toBe(
      'method.maxRounds must be a whole number of rounds from 1 to 100.',
    );
  });

  it('a process whose messages bind it to its node stays there', () => {
    const cl = createCluster(valid(cluster(3)));
    advanceCluster(cl, 1);
    expect(
      startMigration(cl, { process: 'sender', from: 'a', to: 'n2', method: { kind: 'stopAndCopy' } }, 'operation'),
    ).toBe('process: P1 (sender) has messages, which bind it to its node: only a process without them migrates');
  });

  it('a process already migrating is refused a second migration', () => {
    const r = runCluster(
      migrationScenario({
        processes: [{ bursts: [400] }],
        operations: [moveJob1(10, PRE), migrateOp(12, { process: 1, from: 'n0', to: 'n2', method: PRE })],
      }),
    );
    expect(texts(r)).toContain(
      '12 refused: P1 migrates from n0 to n2 by preCopy: process: P1 (job1) is already migrating (n0 to n1, since tick 10)',
    );
  });

  it('validation refuses a migration to itself, or to a node crashed by then', () => {
    const v = validateScenario({
      ...migrationScenario({ processes: [{ bursts: [10] }], operations: [] }),
      operations: [
        { tick: 1, op: 'net', fault: { kind: 'crash', node: 'n2' } },
        migrateOp(2, { process: 1, from: 'n0', to: 'n0', method: { kind: 'stopAndCopy' } }),
        migrateOp(3, { process: 1, from: 'n0', to: 'n2', method: { kind: 'stopAndCopy' } }),
        migrateOp(4, { process: 1, from: 'n0', to: 'n1', method: { kind: 'sideways' } }),
      ],
    });
    expect(v.ok ? [] : v.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'operations[3].fault.method.kind: operations[3].fault.method.kind must be one of stopAndCopy, preCopy, postCopy (got "sideways")',
      `operations[1].fault.to: operations[1].fault.to "n0" is the process's own node: a migration goes to another node`,
      'operations[2].fault.to: operations[2].fault.to "n2" crashed at tick 1 and has not restarted: a migration needs a node that is up',
    ]);
  });
});

describe('the load balancer', () => {
  it('least-loaded moves the busiest node’s longest job to the idlest node, saying why', () => {
    const plan: MigrationPlan = {
      processes: [{ bursts: [300] }, { bursts: [200] }, { bursts: [100] }],
      nodes: 2,
      operations: [],
      balance: { policy: 'leastLoaded', threshold: 2, interval: 100, method: { kind: 'stopAndCopy' } },
    };
    const r = runCluster(migrationScenario(plan));
    expect(texts(r).slice(0, 2)).toEqual([
      '100 load balancer (leastLoaded, threshold 2): n0 runs 3 processes per CPU, n1 0 processes per CPU: the gap is at least 2, so P1 (job1), the one with the most CPU work left, moves to n1',
      '100 n0:1 starts to migrate from n0 to n1 by stopAndCopy: 16 pages of 4096 bytes over 1 link at 100 Mbit/s, 5 ticks (0.5 ms) of latency (the load balancer moves it)',
    ]);
    expect(r.network.migrations?.map((m) => [m.by, m.outcome])).toEqual([['balance', 'done']]);
    expect(cpuOf(runClusterState(migrationScenario(plan)).nodes)).toBe(600);
    expect(r.network.checker.ok).toBe(true);
  });
});

describe('the preset "Network: live migration three ways"', () => {
  it('compares the three downtimes of one process, one identity throughout, its CPU work whole', () => {
    const text = readFileSync(
      new URL('../../../../public/scenarios/network-live-migration.json', import.meta.url),
      'utf8',
    );
    const scenario = valid(JSON.parse(text));
    const r = runCluster(scenario);
    expect(r.network.migrations?.map((m) => [m.process, m.method, m.outcome, m.rounds, m.downtimeTicks])).toEqual([
      ['n0:1', 'stopAndCopy', 'done', 0, 849],
      ['n0:1', 'preCopy', 'done', 2, 24],
      ['n0:1', 'postCopy', 'done', 0, 10],
    ]);
    expect(cpuOf(runClusterState(scenario).nodes)).toBe(7500);
    expect(r.network.checker.ok).toBe(true);
  });
});
