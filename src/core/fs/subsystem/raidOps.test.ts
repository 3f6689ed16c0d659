import { describe, expect, it } from 'vitest';
import { Simulation } from '../../kernel/simulation';
import { validateScenario } from '../../scenario/validate';
import { eventsOf } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import { dataPlace } from '../../storage/raid/raidMap';
import { lostText } from '../../storage/raid/raidRebuild';
import { fsRun } from './fileRequests';

const DISK = {
  kind: 'disk' as const,
  sectorAngles: [10, 10, 10],
  skew: 0,
  seekSpeed: 4,
  rotateSpeed: 5,
  policy: 'SSTF' as const,
  window: -1,
};

describe('a RAID of disks losing a second member during the rebuild', () => {
  it('says which logical blocks are lost, those of the rows the spare had not reached', () => {
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [300] }], {
      operations: [
        { tick: 0, op: 'fs', action: { kind: 'mkdir', path: '/a' } },
        { tick: 1, op: 'fs', action: { kind: 'fail', disk: 1 } },
        { tick: 2, op: 'fs', action: { kind: 'rebuild', disk: 1 } },
        { tick: 3, op: 'fs', action: { kind: 'sync' } },
        { tick: 400, op: 'fs', action: { kind: 'fail', disk: 2 } },
      ],
    });
    const v = validateScenario({
      ...base,
      fs: {
        blockSize: 1024,
        blocks: 24,
        inodes: 16,
        cache: { blocks: 0 },
        device: { kind: 'raid', level: 5, disks: 4, chunk: 2, layout: 'LS', member: DISK },
      },
    });
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    const sim = new Simulation(v.scenario);
    sim.seek(400);
    const d = fsRun(sim.state).device;
    if (d?.kind !== 'raid') throw new Error('no RAID');
    const s = d.array.state[1];
    if (s?.kind !== 'rebuilding') throw new Error('the spare is not being rebuilt');
    // Offsets below `done` of the spare are whole again: their rows lack disk 2 alone and rebuild its blocks. A block
    // at or above `done` whose home is disk 1 or 2 has no copy left: the other two disks alone cannot rebuild it.
    const done = s.done;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(8);
    const lost = Array.from({ length: 24 }, (_, b) => b).filter((b) => {
      const home = dataPlace(d.array.config, b);
      return (home.disk === 1 || home.disk === 2) && home.offset >= done;
    });
    expect(lost.length).toBeGreaterThan(0);
    const told = eventsOf(sim.state, 'fsOp').find((e) => e.tick === 400)?.told;
    expect(told).toContain(
      `disk 2 of the RAID 5 fails: 2 members are down: blocks with no copy left are lost (${lostText(lost)})`,
    );
  });
});
