import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../kernel/simulation';
import type { Scenario, ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { namespaceOps } from '../../testing/fsOps';
import { scenarioOf } from '../../testing/scenarioOf';
import type { JournalMode } from '../crash/journalMode';
import type { FsOp } from '../fsOp';
import { fsRun } from '../subsystem/fileRequests';
import type { DeviceConfig } from './deviceConfig';
import { deviceResult } from './deviceRun';
import type { DeviceStep, LandedDevice } from './landedDevice';
import { RAID1_SIMPLE, RAID5_SIMPLE, SMALL_DISK, SSD_8X16 } from '../../testing/smallDevices';

/** Pinned: a failure prints the counterexample and this seed replays it. */
const SEED = 4604;

const PATHS = ['/a', '/b', '/a/c', '/b/e'];

/** Every kind: a disk, an SSD_8X16, RAIDs of simple, disk and SSD_8X16 members (96 device blocks with the journal's). */
const DEVICES: DeviceConfig[] = [
  SMALL_DISK,
  { ...SMALL_DISK, policy: 'SATF' as const },
  SSD_8X16,
  RAID5_SIMPLE,
  RAID1_SIMPLE,
  { kind: 'raid', level: 5, disks: 3, chunk: 2, layout: 'LS', member: { ...SMALL_DISK, tracks: 6 } },
  { kind: 'raid', level: 1, disks: 2, chunk: 1, layout: 'LS', member: SSD_8X16 },
];

interface Case {
  mode: JournalMode;
  layout: 'vsfs' | 'ffs';
  ops: [number, FsOp][];
  crashAt: number;
  commitTicks: number;
  device: DeviceConfig;
  every: number | null;
  cacheBlocks: number;
  /** on a RAID: a member failing at a tick, and its spare arriving some ticks later (or never) */
  failure: { disk: number; at: number; rebuildAfter: number | null } | null;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  mode: fc.constantFrom<JournalMode>('data', 'ordered', 'writeback', 'none'),
  layout: fc.constantFrom('vsfs' as const, 'ffs' as const),
  ops: fc.array(
    fc.tuple(fc.integer({ min: 0, max: 80 }), namespaceOps(fc.constantFrom(...PATHS), fc.constantFrom(0, 700, 3000))),
    { minLength: 1, maxLength: 12 },
  ),
  crashAt: fc.integer({ min: 1, max: 120 }),
  commitTicks: fc.integer({ min: 1, max: 12 }),
  device: fc.constantFrom(...DEVICES),
  every: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  cacheBlocks: fc.constantFrom(0, 4),
  failure: fc.option(
    fc.record({
      disk: fc.integer({ min: 0, max: 1 }),
      at: fc.integer({ min: 0, max: 60 }),
      rebuildAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    }),
    { nil: null },
  ),
});

function scenarioFor(c: Case, crash: boolean): Scenario {
  const operations: ScheduledOperation[] = [
    // Without the crash, an operation refused at once (EEXIST) keeps the node running to the same tick.
    { tick: c.crashAt, op: 'fs', action: crash ? { kind: 'crash' } : { kind: 'mkdir', path: '/' } },
    ...c.ops.map(([tick, action]): ScheduledOperation => ({ tick, op: 'fs', action })),
    ...(c.device.kind === 'raid' && c.failure ? failureOps(c.failure) : []),
  ];
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [90] }], { operations });
  const files =
    c.every === null ? {} : { files: { every: c.every, requests: [{ kind: 'write', path: '/log', bytes: 600 }] } };
  const v = validateScenario({
    ...base,
    processes: base.processes.map((p) => ({ ...p, ...files })),
    fs: {
      blockSize: 1024,
      blocks: 40,
      inodes: 16,
      layout: c.layout,
      device: c.device,
      cache: { blocks: c.cacheBlocks, writeBack: true },
      journal: c.mode,
      commitTicks: c.commitTicks,
    },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

function failureOps(f: NonNullable<Case['failure']>): ScheduledOperation[] {
  return [
    { tick: f.at, op: 'fs', action: { kind: 'fail', disk: f.disk } },
    ...(f.rebuildAfter === null
      ? []
      : [{ tick: f.at + f.rebuildAfter, op: 'fs' as const, action: { kind: 'rebuild' as const, disk: f.disk } }]),
  ];
}

type Serve = Extract<DeviceStep, { kind: 'serve' }>;

/** Of a request, the writes that had landed by `t`: its blocks landed (their places in its list past its reads). */
function writesBy(s: Serve, t: number): number {
  if (s.end <= t) return s.io.writes.length;
  const landed = (s.ends ?? []).filter((e) => e <= t).length;
  const listed = s.io.reads.length + s.io.writes.length;
  const places = (s.order ?? Array.from({ length: listed }, (_, i) => i)).slice(0, landed);
  return places.filter((i) => i >= s.io.reads.length).length;
}

const serves = (l: LandedDevice | undefined): Serve[] => (l?.steps ?? []).filter((s): s is Serve => s.kind === 'serve');

describe('the device after a crash (properties)', () => {
  it("counts only the writes that had landed by the crash tick, on every device kind and journal mode (mount's replay after them)", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        // The node without the crash, the tick before: every request given so far, each with when its blocks land.
        const twin = new Simulation(scenarioFor(c, false));
        twin.seek(c.crashAt - 1);
        const before = fsRun(twin.state);
        const live = before.device;
        if (live === null) throw new Error('no device');
        const landedBase = before.landed?.device.counts.writes ?? live.counts.writes;
        const want = landedBase + serves(before.landed).reduce((n, s) => n + writesBy(s, c.crashAt), 0);
        const sim = new Simulation(scenarioFor(c, true));
        sim.seek(c.crashAt);
        const run = fsRun(sim.state);
        const d = run.device;
        if (d === null) throw new Error('no device');
        // What mount's replay gave the device after the crash: the only requests not yet joined to the landed copy.
        const replay = serves(run.landed).reduce((n, s) => n + s.io.writes.length, 0);
        expect(d.counts.writes - replay).toBe(want);
        expect(d.counts.writes).toBeLessThanOrEqual(live.counts.writes + replay);
        // The file system's own figures of the device follow it.
        expect(run.stats.blocksMoved).toBe(d.counts.blocks);
        expect(run.stats.busyTicks).toBe(d.counts.busyTicks);
        if (d.kind === 'ssd') expect(d.ssd.hostWrites + d.ssd.logical.writeFails).toBe(d.counts.writes);
      }),
      { seed: SEED, numRuns: 120 },
    );
  }, 120_000);

  it('a crash after every request had ended leaves the device exactly as the node without one had it', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const at = 400;
        const twin = new Simulation(scenarioFor({ ...c, crashAt: at }, false));
        twin.seek(at);
        const before = fsRun(twin.state);
        fc.pre(before.busyUntil <= at);
        const sim = new Simulation(scenarioFor({ ...c, crashAt: at }, true));
        sim.seek(at);
        // The landed copy is the device as the crash left it, before mount's replay joined it (none: nothing given).
        const run = fsRun(sim.state);
        const crashed = run.landed?.device ?? run.device;
        if (crashed === null || before.device === null) throw new Error('no device');
        expect(deviceResult(crashed)).toEqual(deviceResult(before.device));
        expect(crashed.counts).toEqual(before.device.counts);
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, 120_000);

  it('the arbitrary reaches crashes that leave writes given but not landed, a request cut inside, on every kind', () => {
    const dropped = new Set<string>();
    const cut = new Set<string>();
    for (const c of fc.sample(caseArb, { seed: SEED, numRuns: 150 })) {
      const twin = new Simulation(scenarioFor(c, false));
      twin.seek(c.crashAt - 1);
      const run = fsRun(twin.state);
      const name = `${c.device.kind}${c.device.kind === 'raid' ? `/${c.device.member.kind ?? 'simple'}` : ''}`;
      const pending = serves(run.landed);
      if (pending.some((s) => writesBy(s, c.crashAt) < s.io.writes.length)) dropped.add(name);
      if (pending.some((s) => s.start < c.crashAt && writesBy(s, c.crashAt) > 0 && s.end > c.crashAt)) cut.add(name);
    }
    expect([...dropped].sort()).toEqual(['disk', 'raid/disk', 'raid/simple', 'raid/ssd', 'ssd']);
    expect([...cut].sort()).toEqual(['disk', 'raid/disk', 'raid/simple', 'raid/ssd', 'ssd']);
  }, 120_000);
});
