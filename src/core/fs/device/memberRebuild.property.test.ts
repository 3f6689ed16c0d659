import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacity } from '../../storage/raid/raidArray';
import { lostBlocks } from '../../storage/raid/raidRebuild';
import type { RaidDeviceConfig, RaidMemberConfig } from './deviceConfig';
import { createRaidRun, failMember, raidFigures, rebuildMember, serveRaidBatch, type RaidRunState } from './nodeRaid';
import { SMALL_DISK, SSD_8X8 } from '../../testing/smallDevices';

/** Pinned: a failure prints the counterexample and this seed replays it. */
const SEED = 1546;

const MEMBERS: RaidMemberConfig[] = [
  SMALL_DISK,
  { ...SMALL_DISK, policy: 'SATF', skew: 2, tracks: 6 } as RaidMemberConfig,
  SSD_8X8,
  { ...SSD_8X8, ftl: 'direct' } as RaidMemberConfig,
];

interface Case {
  config: RaidDeviceConfig;
  logical: number;
  before: number[][];
  failed: number;
  during: { at: number; reads: number[]; writes: number[] }[];
  second: { disk: number; at: number } | null;
}

const blocksArb = (logical: number) => fc.array(fc.integer({ min: 0, max: logical - 1 }), { maxLength: 6 });

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    level: fc.constantFrom(1, 4, 5) as fc.Arbitrary<1 | 4 | 5>,
    wide: fc.boolean(),
    chunk: fc.constantFrom(1, 2),
    member: fc.constantFrom(...MEMBERS),
    logical: fc.integer({ min: 8, max: 40 }),
  })
  .chain(({ level, wide, chunk, member, logical }) => {
    const disks = level === 1 ? (wide ? 4 : 2) : wide ? 4 : 3;
    const config: RaidDeviceConfig = { kind: 'raid', level, disks, chunk, layout: 'LS', member };
    return fc.record({
      config: fc.constant(config),
      logical: fc.constant(logical),
      before: fc.array(blocksArb(logical), { maxLength: 5 }),
      failed: fc.integer({ min: 0, max: disks - 1 }),
      during: fc.array(
        fc.record({ at: fc.integer({ min: 0, max: 3000 }), reads: blocksArb(logical), writes: blocksArb(logical) }),
        { maxLength: 6 },
      ),
      second: fc.option(
        fc.record({ disk: fc.integer({ min: 0, max: disks - 1 }), at: fc.integer({ min: 1, max: 800 }) }),
        {
          nil: null,
        },
      ),
    });
  });

const REBUILD_AT = 1000;

/** Writes before the failure, the failure, the spare at REBUILD_AT, and the requests during the rebuild in time order. */
function run(c: Case, during = c.during): { d: RaidRunState; spells: number; now: number } {
  const d = createRaidRun(c.config, c.logical);
  let now = 0;
  const serve = (at: number, reads: readonly number[], writes: readonly number[]) => {
    const b = serveRaidBatch(d, Math.max(at, now), reads, writes);
    now = Math.max(at, now) + b.ticks;
    return b;
  };
  for (const writes of c.before) serve(now, [], writes);
  expect(failMember(d, c.failed, now)).toBeNull();
  expect(rebuildMember(d, c.failed, Math.max(now, REBUILD_AT))).toBeNull();
  let spells = 0;
  for (const r of [...during].sort((a, b) => a.at - b.at)) {
    const b = serve(REBUILD_AT + r.at, r.reads, r.writes);
    spells += (b.rebuild?.read ?? 0) + (b.rebuild?.write ?? 0);
    expect(b.ticks).toBeGreaterThanOrEqual(b.rebuild?.waited ?? 0);
  }
  return { d, spells, now };
}

/** A RAID 5 of four `member`s, six blocks written, disk 1 failed and rebuilt with nothing else to do. */
const onRaid5 = (member: RaidMemberConfig): Case => ({
  config: { kind: 'raid', level: 5, disks: 4, chunk: 2, layout: 'LS', member },
  logical: 24,
  before: [[0, 1, 2, 3, 4, 5]],
  failed: 1,
  during: [],
  second: null,
});

/** The rebuild's figures once it is whole (a request long after it). */
function rebuildOnRaid5(member: RaidMemberConfig) {
  const { d, now } = run(onRaid5(member));
  serveRaidBatch(d, now + 1_000_000, [], []);
  return raidFigures(d, 1).rebuildWork;
}

const everyBlock = (d: RaidRunState) => Array.from({ length: capacity(d.array) }, (_, b) => b);

describe("a spare rebuilt through its members' disks or SSDs (properties)", () => {
  it('completes, and every block then reads back what was last written: nothing lost with one failure', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { d, spells, now } = run(c);
        const last = serveRaidBatch(d, now + 1_000_000, everyBlock(d), []);
        expect(d.array.state.every((m) => m.kind === 'ok')).toBe(true);
        expect(last.lost).toBe(0);
        expect(d.lostReads).toBe(0);
        const work = raidFigures(d, 1).rebuildWork;
        expect(work?.steps).toBe(d.array.blocksPerDisk);
        // the narration's steps add up to the figures
        expect(spells + (last.rebuild?.read ?? 0) + (last.rebuild?.write ?? 0)).toBe(work?.ticks);
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 60_000);

  it("alone on the members, the rebuild takes the sum of its steps' member times: the rows' reads, the spare's writes", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { d, now } = run(c, []);
        const busy = d.members.map((m) => m.busyTicks);
        const start = Math.max(now, REBUILD_AT);
        const late = start + 1_000_000;
        const last = serveRaidBatch(d, late, [], []);
        const work = raidFigures(d, 1).rebuildWork;
        if (work === undefined) throw new Error('no rebuild figures');
        expect(work.ticks).toBe(work.read + work.write);
        // it ran back to back from the spare's arrival: a request at `late` waits exactly what is left of it
        expect(last.rebuild?.waited).toBe(Math.max(0, start + work.ticks - late));
        const spent = d.members.map((m, i) => m.busyTicks - (busy[i] as number));
        expect(spent[c.failed]).toBe(work.write);
        const sources = spent.filter((_, i) => i !== c.failed && (c.config.level !== 1 || (i ^ 1) === c.failed));
        expect(Math.max(0, ...sources)).toBeLessThanOrEqual(work.read);
        expect(sources.reduce((n, t) => n + t, 0)).toBeGreaterThanOrEqual(work.read);
        if (c.config.level === 1) expect(sources).toEqual([work.read]);
        // the spare is a new SSD_8X8: every offset written once through its FTL, nothing of the failed drive's left
        const spare = d.members[c.failed];
        if (spare?.kind === 'ssd') expect(spare.ssd.hostWrites).toBe(d.array.blocksPerDisk);
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 60_000);

  it('a second failure during the rebuild loses exactly the blocks the array says, and every other block reads back', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.second !== null && c.second.disk !== c.failed),
        (c) => {
          const { d, now } = run(c, []);
          const second = c.second as { disk: number; at: number };
          const at = Math.max(now, REBUILD_AT) + second.at;
          expect(failMember(d, second.disk, at)).toBeNull();
          const lost = lostBlocks(d.array);
          const read = serveRaidBatch(d, at + 1_000_000, everyBlock(d), []);
          expect(read.lost).toBe(lost.length);
          // RAID 4/5 and a two-disk mirror need the second disk for every row not yet rebuilt
          const s = d.array.state[c.failed];
          const needed = c.config.level !== 1 || (second.disk ^ 1) === c.failed;
          if (s?.kind === 'rebuilding' && needed) expect(lost.length).toBeGreaterThan(0);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  }, 60_000);

  it('the time depends on the member kind: the same rebuild on disks and on SSDs takes different times', () => {
    const disk = rebuildOnRaid5(SMALL_DISK);
    const ssd = rebuildOnRaid5(SSD_8X8);
    expect(disk?.steps).toBe(ssd?.steps);
    // an SSD_8X8's row: reads of a tick (none for a page never written) and a program of 3, its first with an erase
    expect(ssd?.write).toBe(8 * 3 + 9);
    expect(disk?.ticks).toBeGreaterThan(10 * (ssd?.ticks ?? 0));
  });
});
