import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { SimEvent } from '../../kernel/events';
import type { SimState } from '../../kernel/state';
import { clusterHash, hashAfterSeeks, migrateOp, migrationScenario } from '../../testing/migrationCluster';
import { makeWriter } from '../migration/dirtyModel';
import type { PostCopyWire } from '../migration/postCopyWire';
import type { NetRun } from '../subsystem/state';
import { clusterMigrations, stallsText } from './migrationResult';
import type { ClusterMigration } from './migrations';
import { runCluster, runClusterState } from './run';
import { createCluster, type ClusterState } from './state';
import { advanceCluster } from './step';

/** P1 (300 ticks of work, 16 pages) goes from n0 to n1 by post-copy at tick 20 and lands at 25 (5 ticks of latency). */
const postCopy = migrateOp(20, {
  process: 1,
  from: 'n0',
  to: 'n1',
  method: { kind: 'postCopy', pushShare: 0.2 },
  writes: { pages: 16, writesPerTick: 1 },
});
const LANDED = 25;
const HOP = 5;

const cutN0 = (tick: number) => ({ tick, op: 'net', fault: { kind: 'partition', groups: [['n0'], ['n1', 'n2']] } });
const cutN2 = (tick: number) => ({ tick, op: 'net', fault: { kind: 'partition', groups: [['n0', 'n1'], ['n2']] } });
const heal = (tick: number) => ({ tick, op: 'net', fault: { kind: 'heal' } });
const pause = (tick: number) => ({ tick, op: 'net', fault: { kind: 'pause', node: 'n0' } });
const resume = (tick: number) => ({ tick, op: 'net', fault: { kind: 'resume', node: 'n0' } });

const scenarioWith = (faults: unknown[], burst = 300) =>
  migrationScenario({ processes: [{ bursts: [burst] }], operations: [postCopy, ...faults] });

const only = (cl: ClusterState): ClusterMigration => cl.migrations[0] as ClusterMigration;

/** P1's post-copy events on n1, each as its tick and its words. */
function lived(cl: ClusterState): string[] {
  return (cl.nodes[1] as SimState).events
    .filter((e) => /^(remote|netDone)/.test(e.kind) && 'pid' in e && e.pid === 1)
    .map((e) => `${e.tick} ${explain(e)}`);
}

const migrationTexts = (faults: unknown[]): string[] =>
  runCluster(scenarioWith(faults))
    .network.events.filter((e) => e.kind === 'migration')
    .map((e) => `${e.tick} ${e.text}`);

describe("post-copy's page stream stalls under a partition or a paused source", () => {
  it('a partition that cuts the route stalls the stream; the wait set before it is extended to the page after the heal', () => {
    const faults = [cutN0(40), heal(100)];
    const cl = runClusterState(scenarioWith(faults));
    expect(lived(cl).slice(0, 6)).toEqual([
      '25 P1 waits for page 12 from n0 (post-copy fault, 10 ticks): WAITING until tick 35.',
      "35 P1's wait for the network is over; it is READY again.",
      // Asked at 36, the ask reaches n0 at 41; the cut at 40 keeps the page there until the heal at 100.
      '36 P1 waits for page 10 from n0 (post-copy fault, 10 ticks): WAITING until tick 46.',
      '40 P1 waits for page 10 from n0: the route is cut by a partition (a partition cuts n0–n1): WAITING until it heals.',
      "100 The pages from n0 flow again: P1's page 10 arrives at tick 106, WAITING until then.",
      "106 P1's wait for the network is over; it is READY again.",
    ]);
    expect(migrationTexts(faults).slice(3, 5)).toEqual([
      "40 n0:1's page stream stalls: the route from n0 is cut by a partition (a partition cuts n0–n1); 15 pages are still on n0, and none leaves until it heals",
      "100 n0:1's page stream flows again from n0 after 60 ticks stalled (15 pages are still on n0)",
    ]);
    const m = only(cl);
    expect(m.phase).toBe('done');
    const r = m.result as NonNullable<ClusterMigration['result']>;
    // The stall is in the result: the fault on page 10 waited 70 ticks (36 to 106), and the run is longer for it.
    expect(r.faults.slice(0, 2).map((f) => [f.tick + m.startTick, f.page, f.waitTicks])).toEqual([
      [25, 12, 10],
      [36, 10, 70],
    ]);
    expect(r.totals).toMatchObject({
      totalTicks: 188,
      degradationTicks: 183,
      faultWaitTicks: 152,
      pagesTransferred: 16,
    });
    const [res] = clusterMigrations(cl);
    expect(res?.stalls).toEqual([{ since: 40, until: 100, why: { kind: 'partition', cut: 'a partition cuts n0–n1' } }]);
    expect(stallsText(res as NonNullable<typeof res>)).toBe(
      'Its pages stalled from tick 40 to 100 (the route was cut by a partition).',
    );
    expect((cl.nodes[1] as SimState).procs[0]).toMatchObject({ cpuTime: 280, state: 'TERMINATED' });
  });

  it('a pause of the source stalls it the same way, and its resume lets it flow', () => {
    const cl = runClusterState(scenarioWith([pause(40), resume(100)]));
    expect(lived(cl).slice(3, 6)).toEqual([
      '40 P1 waits for page 10 from n0: n0 is paused: WAITING until it resumes.',
      "100 The pages from n0 flow again: P1's page 10 arrives at tick 106, WAITING until then.",
      "106 P1's wait for the network is over; it is READY again.",
    ]);
    expect(migrationTexts([pause(40), resume(100)]).slice(3, 5)).toEqual([
      "40 n0:1's page stream stalls: n0 is paused; 15 pages are still on n0, and none leaves until it resumes",
      "100 n0:1's page stream flows again from n0 after 60 ticks stalled (15 pages are still on n0)",
    ]);
    expect(only(cl).result?.totals).toMatchObject({ totalTicks: 188, faultWaitTicks: 152 });
  });

  it('a fault made during the cut keeps its ask on the target until the heal: the page comes two hops later', () => {
    // The cut comes at 35, as page 12 arrives; at 36 P1 faults on page 10, which nobody has asked for yet.
    const cl = runClusterState(scenarioWith([cutN0(35), heal(100)]));
    expect(lived(cl).slice(2, 5)).toEqual([
      '36 P1 waits for page 10 from n0: the route is cut by a partition (a partition cuts n0–n1): WAITING until it heals.',
      `100 The pages from n0 flow again: P1's page 10 arrives at tick ${100 + 2 * HOP}, WAITING until then.`,
      `${100 + 2 * HOP} P1's wait for the network is over; it is READY again.`,
    ]);
    const r = only(cl).result as NonNullable<ClusterMigration['result']>;
    expect(r.faults[1]).toMatchObject({ tick: 36 - 20, page: 10, fetch: 'demand', waitTicks: 100 + 2 * HOP - 36 });
  });

  it('a page already on the wire when the route is cut arrives: the wait for it stands', () => {
    // Page 12 left n0 at 30 for 35; a cut at 31 stops what follows, not it.
    const cl = runClusterState(scenarioWith([cutN0(31), heal(100)]));
    expect(lived(cl).slice(0, 3)).toEqual([
      '25 P1 waits for page 12 from n0 (post-copy fault, 10 ticks): WAITING until tick 35.',
      "35 P1's wait for the network is over; it is READY again.",
      '36 P1 waits for page 10 from n0: the route is cut by a partition (a partition cuts n0–n1): WAITING until it heals.',
    ]);
  });

  it('a partition elsewhere leaves the route whole: the run is the one without it, but for the fault itself', () => {
    const calm = only(runClusterState(scenarioWith([])));
    const cl = runClusterState(scenarioWith([cutN2(40), heal(100)]));
    expect(only(cl).stalls).toEqual([]);
    expect(only(cl).result).toEqual(calm.result);
  });

  it('a partition that never heals: the migration is not over, the process still waits, and the result says so', () => {
    const s = scenarioWith([cutN0(40)]);
    const cl = runClusterState(s);
    expect(cl.finished).toBe(true);
    expect(only(cl).phase).toBe('running');
    expect((cl.nodes[1] as SimState).procs[0]).toMatchObject({ state: 'WAITING', cpuTime: 1 });
    const [m] = clusterMigrations(cl);
    expect(m).toMatchObject({
      outcome: 'underWay',
      stalls: [{ since: 40, until: null }],
      waiting: { pid: 1, pages: [10], since: 36 },
    });
    expect(stallsText(m as NonNullable<typeof m>)).toBe(
      'Its pages have stalled since tick 40 (the route is cut by a partition): the migration is not over; P1 on n1 still waits for page 10; the totals are as lived so far.',
    );
    // Lived so far: one page in, the wait for page 10 counted up to where the run stands.
    expect(m?.totals).toMatchObject({ pagesTransferred: 1, faultWaitTicks: 10 + (cl.now - 36) });
    expect(m?.target.filter((v) => v >= 0)).toHaveLength(1);
    expect(runCluster(s).network.migrations?.[0]).toMatchObject({
      outcome: 'underWay',
      totalTicks: null,
      pagesTransferred: 1,
      waiting: { pid: 1, pages: [10], since: 36 },
    });
  });

  it('a crash of the source during the stall loses the process: the pages it kept exist nowhere', () => {
    const cl = runClusterState(
      scenarioWith([cutN0(40), { tick: 60, op: 'net', fault: { kind: 'crash', node: 'n0' } }]),
    );
    expect(only(cl)).toMatchObject({ phase: 'abandoned', reason: 'sourceLostPages', lostPages: 15 });
    expect((cl.nodes[1] as SimState).procs[0]).toMatchObject({ state: 'TERMINATED', killed: true });
  });

  it('a walk back and forth through checkpoints across the stall ends with the straight run', () => {
    const s = scenarioWith([cutN0(40), heal(100), pause(150), resume(170)]);
    const straight = runClusterState(s);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: straight.now + 10 }), { minLength: 1, maxLength: 6 }), (ticks) => {
        expect(hashAfterSeeks(s, ticks)).toBe(clusterHash(straight));
      }),
      { numRuns: 8 },
    );
  });
});

/** A fault on the route n0–n1 or on n0, at a tick. */
type StreamFault = { tick: number; kind: 'cut' | 'cutElsewhere' | 'heal' | 'pause' | 'resume' };

const OPS: Record<StreamFault['kind'], (tick: number) => unknown> = {
  cut: cutN0,
  cutElsewhere: cutN2,
  heal,
  pause,
  resume,
};

/** Whether the source may send at tick t: the faults applied by the end of tick t - 1 leave the route and n0 up. */
function sendsAt(faults: readonly StreamFault[], t: number): boolean {
  let cut = false;
  let paused = false;
  for (const f of faults) {
    if (f.tick >= t) break;
    if (f.kind === 'cut') cut = true;
    else if (f.kind === 'cutElsewhere' || f.kind === 'heal') cut = false;
    else paused = f.kind === 'pause';
  }
  return !cut && !paused;
}

/** P1's waits on n1 as [start, end) stretches, from its fault to its netDone (a stall's extension opens none). */
function waitStretches(events: readonly SimEvent[]): { stretches: [number, number][]; opened: [number, number][] } {
  const stretches: [number, number][] = [];
  const opened: [number, number][] = [];
  let open: number | null = null;
  for (const e of events) {
    if ((e.kind === 'remoteFault' || e.kind === 'remoteStall') && e.pid === 1 && open === null) {
      open = e.tick;
      opened.push(...e.pages.map((p): [number, number] => [e.tick, p]));
    } else if (e.kind === 'netDone' && e.pid === 1 && open !== null) {
      stretches.push([open, e.tick]);
      open = null;
    }
  }
  return { stretches, opened };
}

describe("post-copy's stalled stream, as properties", () => {
  /** Sorted distinct ticks taken two by two: the windows of a fault and its end (the scenario allows no other). */
  const windows = fc
    .uniqueArray(fc.integer({ min: 21, max: 400 }), { maxLength: 6 })
    .map((ts) => [...ts].sort((a, b) => a - b))
    .map((ts) => Array.from({ length: Math.floor(ts.length / 2) }, (_, i) => [ts[2 * i], ts[2 * i + 1]] as const));
  const streamFaults = fc
    .tuple(windows, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), windows)
    .map(([cuts, elsewhere, pauses]) => {
      const faults: StreamFault[] = [
        ...cuts.flatMap(([a, b], i): StreamFault[] => [
          { tick: a as number, kind: elsewhere[i] ? 'cutElsewhere' : 'cut' },
          { tick: b as number, kind: 'heal' },
        ]),
        ...pauses.flatMap(([a, b]): StreamFault[] => [
          { tick: a as number, kind: 'pause' },
          { tick: b as number, kind: 'resume' },
        ]),
      ];
      return faults.sort((x, y) => x.tick - y.tick);
    });

  it('cuts and pauses at random ticks: work conserved, pages exact, waits lived, nothing sent while stalled', () => {
    fc.assert(
      fc.property(
        streamFaults,
        fc.integer({ min: 40, max: 600 }),
        fc.integer({ min: 1, max: 10 }).map((n) => n / 10),
        (faults, burst, pushShare) => {
          const s = migrationScenario({
            processes: [{ bursts: [burst] }],
            operations: [
              migrateOp(20, { ...(postCopy as { fault: object }).fault, method: { kind: 'postCopy', pushShare } }),
              ...faults.map((f) => OPS[f.kind](f.tick)),
            ],
          });
          const cl = createCluster(s);
          advanceCluster(cl, LANDED);
          const m = only(cl);
          // The link's own record of what left and arrived when (the target lets go of it once every page is in).
          const wire: PostCopyWire | undefined = ((cl.nodes[1] as SimState).sub.net as NetRun).remote.get(1)?.wire;
          advanceCluster(cl, Infinity);
          const job = cl.nodes.flatMap((st) => st.procs.filter((p) => p.name === 'job1'));
          expect(job.reduce((n, p) => n + p.cpuTime, 0)).toBe(burst);
          if (!wire) return;
          expect(m.phase).toBe('done');
          const r = m.result as NonNullable<ClusterMigration['result']>;
          for (let page = 0; page < wire.pages; page++) {
            const sent = wire.sentAt[page] as number;
            expect(sendsAt(faults, sent)).toBe(true);
            expect(wire.arrivedAt[page]).toBe(sent + HOP);
          }
          const write = makeWriter(m.input.dirty, m.input.seed);
          const expected = Array.from({ length: m.input.pages }, () => 0);
          for (let t = 0; t < (r.work[0]?.to as number); t++)
            for (const p of write(t)) expected[p] = (expected[p] as number) + 1;
          expect(r.target).toEqual(expected);
          const { stretches, opened } = waitStretches((cl.nodes[1] as SimState).events);
          expect(r.totals.faultWaitTicks).toBe(stretches.reduce((n, [a, b]) => n + b - a, 0));
          expect(r.faults.map((f) => [f.tick + m.startTick, f.page])).toEqual(opened);
          expect(r.totals.pagesTransferred).toBe(m.input.pages);
        },
      ),
      { numRuns: 60 },
    );
  });
});
