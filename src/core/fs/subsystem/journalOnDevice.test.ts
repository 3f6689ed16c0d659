import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { Simulation } from '../../kernel/simulation';
import type { ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import { diskLayout } from '../crash/diskLayout';
import type { DeviceConfig } from '../device/deviceConfig';
import { planOf, type DiskTrack } from './diskTrack';
import { fsRun } from './fileRequests';
import { nodeDiskGeometry } from './journalConfig';
import { commitIo, deviceBlock, journalRegion } from './journalOnDevice';
import { SMALL_DISK } from '../../testing/smallDevices';

const SSTF_DISK: DeviceConfig = SMALL_DISK;

const FS = { blockSize: 1024, blocks: 40, inodes: 16, cache: { blocks: 0 }, journal: 'ordered' as const };

function scenario(operations: ScheduledOperation[]) {
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [300] }], { operations });
  const v = validateScenario({ ...base, fs: { ...FS, device: SSTF_DISK } });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

const MKDIR_SYNC: ScheduledOperation[] = [
  { tick: 0, op: 'fs', action: { kind: 'mkdir', path: '/a' } },
  { tick: 0, op: 'fs', action: { kind: 'sync' } },
];

describe("the journal's blocks on a device that places blocks by number", () => {
  it("puts the data region at the file system's block numbers and the layout's other blocks after them", () => {
    const config = { ...FS, device: SSTF_DISK, cache: { blocks: 0, writeBack: false } };
    const layout = diskLayout(nodeDiskGeometry(config), true);
    expect(journalRegion(config)).toBe(layout.data.start);
    expect(deviceBlock(layout, 40, layout.data.start + 7)).toBe(7);
    expect(deviceBlock(layout, 40, 0)).toBe(40);
    expect(deviceBlock(layout, 40, layout.journal.start)).toBe(40 + layout.journal.start);
  });

  it("writes a commit in its plan's order whatever the disk's policy (TxB, copies, TxE, then home), one request", () => {
    const sim = new Simulation(scenario(MKDIR_SYNC));
    sim.seek(1);
    const run = fsRun(sim.state);
    const track = run.disk as DiskTrack;
    const commit = track.commits[0];
    if (commit === undefined) throw new Error('no commit');
    const [served] = eventsOf(sim.state, 'deviceServed');
    if (served?.reason.kind !== 'disk') throw new Error('no disk request');
    const want = commitIo(run, planOf(track, commit)).writes;
    expect(served.reason.order).toEqual(want.slice(0, 12));
    expect(served.reason.blocks).toBe(want.length);
    expect(served.until).toBe(commit.end);
    expect(commit.landed?.length).toBe(want.length);
    expect(explain(served)).toContain('in FIFO order');
    expect(run.device?.counts.requests).toBe(1);
  });

  it('a crash after the commit block landed: mount reads the journal and writes the copies home, on the device', () => {
    const first = new Simulation(scenario(MKDIR_SYNC));
    first.seek(1);
    const track = fsRun(first.state).disk as DiskTrack;
    const commit = track.commits[0] as DiskTrack['commits'][number];
    const plan = planOf(track, commit);
    const txe = plan.writes.findIndex((w) => w.kind === 'commit');
    const landed = commit.landed as number[];
    const crashAt = landed[txe] as number;
    // The checkpoint had not finished: replay has work to do.
    expect(crashAt).toBeLessThan(commit.end);
    const sim = new Simulation(scenario([...MKDIR_SYNC, { tick: crashAt, op: 'fs', action: { kind: 'crash' } }]));
    sim.seek(crashAt);
    const said = eventsOf(sim.state, 'fsOp').find((e) => e.line === 'crash');
    expect(said && 'told' in said && said.told).toMatch(/replay writes its (\d+) blocks home/);
    const homes = plan.writes.filter((w) => w.kind === 'checkpoint').length;
    const replay = eventsOf(sim.state, 'deviceServed').find((e) => e.tick === crashAt);
    if (replay?.reason.kind !== 'disk') throw new Error('no replay on the disk');
    // The TxB, the copies and the TxE read, the copies written home.
    expect(replay.reason.blocks).toBe(homes + 2 + homes);
    expect(replay.start).toBe(crashAt);
  });
});
