import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { SimState } from '../../kernel/state';
import {
  clusterHash,
  hashAfterSeeks,
  migrateOp,
  migrationScenario,
  type MigrationPlan,
} from '../../testing/migrationCluster';
import { makeWriter } from '../migration/dirtyModel';
import { postCopyMigration } from '../migration/postCopy';
import type { MigrationInput } from '../migration/types';
import type { ClusterMigration } from './migrations';
import { runCluster, runClusterState } from './run';

type PostCopy = Extract<MigrationInput['method'], { kind: 'postCopy' }>;

const postCopyOf = (pushShare: number, writes: { pages: number; writesPerTick: number }, tick = 20) =>
  migrateOp(tick, { process: 1, from: 'n0', to: 'n1', method: { kind: 'postCopy', pushShare }, writes });

const faultEvents = (st: SimState, pid: number) =>
  st.events.flatMap((e) => (e.kind === 'remoteFault' && e.pid === pid ? [e] : []));

const only = (cl: ReturnType<typeof runClusterState>): ClusterMigration => cl.migrations[0] as ClusterMigration;

/** CPU ticks the job's copies got on every node. */
const cpuOfJob = (cl: ReturnType<typeof runClusterState>, name: string): number =>
  cl.nodes.reduce((n, st) => n + st.procs.filter((p) => p.name === name).reduce((m, p) => m + p.cpuTime, 0), 0);

describe('post-copy on the target: remote page faults the kernel makes the process wait for', () => {
  const plan: MigrationPlan = {
    processes: [{ bursts: [300] }],
    operations: [postCopyOf(0.2, { pages: 16, writesPerTick: 1 })],
  };

  it('blocks the landed process on each fault, WAITING in its node, and narrates it', () => {
    const cl = runClusterState(migrationScenario(plan));
    const m = only(cl);
    expect(m.phase).toBe('done');
    const n1 = cl.nodes[1] as SimState;
    const faults = faultEvents(n1, 1);
    expect(faults.length).toBeGreaterThan(0);
    const first = faults[0] as NonNullable<(typeof faults)[number]>;
    expect(explain(first)).toBe(
      `P1 waits for page ${first.pages[0]} from n0 (post-copy fault, ${first.until - first.tick} ticks): WAITING until tick ${first.until}.`,
    );
    // Its node has it WAITING from the fault to the page's arrival, then READY (netDone).
    expect(n1.events).toContainEqual({ tick: first.until, kind: 'netDone', pid: 1 });
    const runs = n1.segments.filter((s) => s.kind === 'run' && s.pid === 1);
    expect(runs.every((s) => s.end <= first.tick || s.start >= first.until)).toBe(true);
    // The faults the result lists are those the node lived, and their waits its waits.
    const r = m.result as NonNullable<ClusterMigration['result']>;
    expect(r.faults.map((f) => f.page)).toEqual(faults.flatMap((e) => e.pages));
    expect(r.totals.faultWaitTicks).toBe(faults.reduce((n, e) => n + e.until - e.tick, 0));
    expect(cpuOfJob(cl, 'job1')).toBe(300);
  });

  it('alone on the target, it lives exactly the model: the same faults, waits, times and writes', () => {
    const cl = runClusterState(migrationScenario(plan));
    const m = only(cl);
    expect(m.result).toEqual(postCopyMigration(m.input, m.input.method as PostCopy));
  });

  it('a busy target runs it less often, so it faults less than the model says, and its result says what it lived', () => {
    const busy: MigrationPlan = {
      processes: [{ bursts: [300] }, { bursts: [400], memoryBytes: 4096 }],
      operations: [postCopyOf(0.2, { pages: 16, writesPerTick: 0.1 })],
    };
    const withNeighbour = {
      ...busy,
      operations: [
        ...busy.operations,
        migrateOp(1, { process: 2, from: 'n0', to: 'n1', method: { kind: 'stopAndCopy' } }),
      ],
    };
    const cl = runClusterState(migrationScenario(withNeighbour));
    const m = cl.migrations.find((x) => x.pid === 1) as ClusterMigration;
    const r = m.result as NonNullable<ClusterMigration['result']>;
    const model = postCopyMigration(m.input, m.input.method as PostCopy);
    expect(r.totals.faultWaitTicks).toBe(
      faultEvents(cl.nodes[1] as SimState, m.landed?.[1] as number).reduce((n, e) => n + e.until - e.tick, 0),
    );
    // The model's process runs every tick it is not waiting; here another shares the CPU: it works less during the
    // degradation, so it touches fewer pages early and waits less.
    expect(r.work[0]?.to).toBeLessThan(model.work[0]?.to as number);
    expect(r.faults.length).toBeLessThan(model.faults.length);
    expect(r.totals.faultWaitTicks).toBeLessThan(model.totals.faultWaitTicks);
    expect(cpuOfJob(cl, 'job1')).toBe(300);
  });

  it('a crash of the source before it sent every page loses the process on the target, said there and in the log', () => {
    const crash = { tick: 40, op: 'net', fault: { kind: 'crash', node: 'n0' } };
    const s = migrationScenario({ ...plan, operations: [...plan.operations, crash] });
    const cl = runClusterState(s);
    const m = only(cl);
    expect(m.phase).toBe('abandoned');
    expect(m.reason).toBe('sourceLostPages');
    const n1 = cl.nodes[1] as SimState;
    const job = n1.procs.find((p) => p.pid === 1);
    expect(job).toMatchObject({ state: 'TERMINATED', killed: true });
    const lost = n1.events.find((e) => e.kind === 'remoteLost');
    expect(lost).toMatchObject({ tick: 41, pid: 1, from: 'n0' });
    expect(explain(lost as NonNullable<typeof lost>)).toMatch(
      /^P1 is lost: \d+ of its pages were still on n0, which crashed before sending them \(post-copy\): they exist nowhere now\.$/,
    );
    const texts = runCluster(s)
      .network.events.filter((e) => e.kind === 'migration')
      .map((e) => `${e.tick} ${e.text}`);
    expect(texts.at(-1)).toBe(
      "41 n0:1's migration ends: the source crashed before it had sent every page (post-copy): the pages it still held exist nowhere, so the process is lost on the target (P1)",
    );
    // It ran on n1 only until then: its work is not whole, and nothing of it runs after the loss.
    expect(job?.cpuTime).toBeLessThan(280);
    expect(n1.segments.filter((x) => x.pid === 1).every((x) => x.end <= 41)).toBe(true);
  });

  it('a crash of the source once every page has left it loses nothing', () => {
    const calm = only(runClusterState(migrationScenario(plan)));
    const lastSend = calm.startTick + (calm.result?.totals.totalTicks as number) - 1 - 5;
    const crash = { tick: lastSend + 1, op: 'net', fault: { kind: 'crash', node: 'n0' } };
    const cl = runClusterState(migrationScenario({ ...plan, operations: [...plan.operations, crash] }));
    expect(only(cl).phase).toBe('done');
    expect(only(cl).result).toEqual(calm.result);
    expect(cpuOfJob(cl, 'job1')).toBe(300);
  });
});

const writes = fc.record({
  pages: fc.integer({ min: 1, max: 16 }),
  writesPerTick: fc.integer({ min: 0, max: 20 }).map((n) => n / 10),
});
const pushShare = fc.integer({ min: 1, max: 10 }).map((n) => n / 10);

describe('post-copy on the target, as properties', () => {
  it('alone on its target the process lives the model exactly; beside others its waits are its node’s', () => {
    fc.assert(
      fc.property(
        // Short: it may end before its last page comes; long: it runs through.
        fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 2000, max: 4000 })),
        pushShare,
        writes,
        fc.integer({ min: 40, max: 400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
        (burst, share, w, mbps, latency, neighbour) => {
          const processes = [{ bursts: [burst] }, ...(neighbour ? [{ bursts: [neighbour] }] : [])];
          const operations = [
            postCopyOf(share, w, 5),
            ...(neighbour ? [migrateOp(1, { process: 2, from: 'n0', to: 'n1', method: { kind: 'stopAndCopy' } })] : []),
          ];
          const cl = runClusterState(
            migrationScenario({ processes, operations, bandwidthMbps: mbps, latency, nodes: 2 }),
          );
          const m = cl.migrations.find((x) => x.pid === 1 && x.from === 0);
          // CPU work is conserved: its copies got its burst, no more, no less, later by the waits.
          expect(cpuOfJob(cl, 'job1')).toBe(burst);
          if (m?.phase !== 'done') return;
          const r = m.result as NonNullable<ClusterMigration['result']>;
          const lived = faultEvents(cl.nodes[1] as SimState, m.landed?.[1] as number);
          expect(r.totals.faultWaitTicks).toBe(lived.reduce((n, e) => n + e.until - e.tick, 0));
          expect(r.faults.map((f) => [f.tick + m.startTick, f.page])).toEqual(
            lived.flatMap((e) => e.pages.map((p) => [e.tick, p])),
          );
          // Memory: every page came, once, and holds the writes of exactly the work ticks it did there.
          expect(r.totals.pagesTransferred).toBe(m.input.pages);
          const write = makeWriter(m.input.dirty, m.input.seed);
          const expected = Array.from({ length: m.input.pages }, () => 0);
          for (let t = 0; t < (r.work[0]?.to as number); t++)
            for (const p of write(t)) expected[p] = (expected[p] as number) + 1;
          expect(r.target).toEqual(expected);
          // Alone, and with work left for the whole degradation (the model's process never ends), it is the model.
          const model = postCopyMigration(m.input, m.input.method as PostCopy);
          const onTarget = (cl.nodes[1] as SimState).procs.find((p) => p.pid === m.landed?.[1])?.cpuTime ?? 0;
          if (!neighbour && onTarget >= (model.work[0]?.to as number)) expect(r).toEqual(model);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the same seed gives the same cluster trace, faults and all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), pushShare, writes, fc.nat(1000), (burst, share, w, seed) => {
        const s = migrationScenario({
          processes: [{ bursts: [burst] }, { bursts: [80, 5, 40] }],
          operations: [postCopyOf(share, w, 3), { tick: 60, op: 'net', fault: { kind: 'crash', node: 'n0' } }],
          seed,
        });
        expect(runCluster(s).network.traceHash).toBe(runCluster(s).network.traceHash);
      }),
      { numRuns: 20 },
    );
  });

  it('a walk back and forth through checkpoints, faults and the loss included, ends with the straight run', () => {
    const s = migrationScenario({
      processes: [{ bursts: [300] }, { bursts: [200] }],
      operations: [
        postCopyOf(0.2, { pages: 16, writesPerTick: 1 }),
        { tick: 90, op: 'net', fault: { kind: 'crash', node: 'n0' } },
      ],
    });
    const straight = runClusterState(s);
    expect(only(straight).reason).toBe('sourceLostPages');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: straight.now + 10 }), { minLength: 1, maxLength: 6 }), (ticks) => {
        expect(hashAfterSeeks(s, ticks)).toBe(clusterHash(straight));
      }),
      { numRuns: 8 },
    );
  });
});
