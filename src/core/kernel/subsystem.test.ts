import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../testing/scenarioOf';
import { deepFreeze } from '../deepFreeze';
import { checkpointOf, restoreCheckpoint } from './checkpoint';
import { advanceTo } from './engine';
import { runResult } from './result';
import { createState, mustPcb, type SimState } from './state';
import type { KernelCalls, Subsystem, SubsystemName } from './subsystem';

/** A disk that P1 reads from once: at `at` (CPU ticks into its run) it waits `ticks` for the data. */
interface DiskState {
  at: number;
  ticks: number;
  done: boolean;
  woken: number;
}

const DISK = 'disk' as SubsystemName;
const disk = (st: SimState): DiskState => (st.sub as Record<string, DiskState>)['disk'] as DiskState;

/** A subsystem the engine has never heard of, plugged in through the interface alone. */
const diskSubsystem = {
  name: DISK,
  present: () => true,
  create: () => ({ at: 3, ticks: 4, done: false, woken: 0 }),
  operations: [],
  absent: 'no disk',
  nextEvent: (st: SimState) => {
    const p = mustPcb(st, 1);
    const d = disk(st);
    return d.done || p.state !== 'RUNNING' ? Infinity : p.runSince + d.at - p.cpuTime;
  },
  decide: (st: SimState, kernel: KernelCalls) => {
    const p = mustPcb(st, 1);
    const d = disk(st);
    if (d.done || p.state !== 'RUNNING' || p.cpuTime + st.now - p.runSince !== d.at) return false;
    d.done = true;
    kernel.block(st, p, d.ticks, DISK);
    return true;
  },
  wake: (st: SimState) => {
    disk(st).woken++;
  },
  view: () => null,
} as unknown as Subsystem;

function withDisk(): SimState {
  const st = createState(scenarioOf({ policy: 'FIFO' }, [{ bursts: [10] }, { bursts: [2] }]));
  st.subsystems = deepFreeze([diskSubsystem]);
  (st.sub as Record<string, DiskState>)['disk'] = diskSubsystem.create(st.scenario) as unknown as DiskState;
  return st;
}

describe('a subsystem plugs in without the engine knowing it', () => {
  it('blocks a running process, frees its CPU for another, and wakes it', () => {
    const st = withDisk();
    advanceTo(st, Infinity);
    const r = runResult(st);
    // P1 runs 0..3, waits 3..7 while P2 runs 3..5, then runs its last 7 ticks 7..14.
    expect(r.timeline.map((g) => [g.pid, g.start, g.end])).toEqual([
      [1, 0, 3],
      [2, 3, 5],
      [null, 5, 7],
      [1, 7, 14],
    ]);
    expect(disk(st)).toMatchObject({ done: true, woken: 1 });
    expect(r.processes.map((p) => p.ioTime)).toEqual([4, 0]);
  });

  it('its state is checkpointed with the rest, with no code of its own', () => {
    const st = withDisk();
    advanceTo(st, 5);
    const cp = checkpointOf(st);
    advanceTo(st, Infinity);
    const again = restoreCheckpoint(cp);
    expect(disk(again)).toEqual({ at: 3, ticks: 4, done: true, woken: 0 });
    advanceTo(again, Infinity);
    expect(runResult(again)).toEqual(runResult(st));
  });
});
