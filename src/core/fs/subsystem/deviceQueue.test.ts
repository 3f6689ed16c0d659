// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { SimEvent } from '../../kernel/events';
import type { SimState } from '../../kernel/state';
import { validateScenario } from '../../scenario/validate';
import type { Scenario } from '../../scenario/types';
import type { DiskPolicyName } from '../../storage/disk/diskTypes';
import { simulate } from '../../testing/run';

const preset = (): Scenario => {
  const v = validateScenario(
    JSON.parse(readFileSync(new URL('../../../../public/scenarios/storage-disk-queue.json', import.meta.url), 'utf8')),
  );
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
};

function runWith(policy: DiskPolicyName, operations: Scenario['operations'] = []) {
  const s = preset();
  const fs = s.fs as NonNullable<Scenario['fs']>;
  const device = fs.device.kind === 'disk' ? { ...fs.device, policy } : fs.device;
  const sim = simulate({ ...s, fs: { ...fs, device }, operations: [...s.operations, ...operations] });
  return sim.state;
}

const nameOf = (st: SimState) => (pid: number) => st.procs.find((p) => p.pid === pid)?.name;

type Ev<K extends SimEvent['kind']> = Extract<SimEvent, { kind: K }>;
const only = <K extends SimEvent['kind']>(events: readonly SimEvent[], kind: K) =>
  events.filter((e): e is Ev<K> => e.kind === kind);

describe("the node disk's queue across processes", () => {
  it.each(['FIFO', 'SSTF', 'SCAN'] as const)(
    '%s: each request that waited is picked once, later, and its process wakes when that request ends',
    (policy) => {
      const st = runWith(policy);
      const queued = only(st.events, 'fileIo').filter((e) => e.queued !== undefined);
      const picked = only(st.events, 'deviceServed').filter((e) => e.reason.kind === 'disk' && e.reason.pick);
      expect(queued.length).toBeGreaterThan(10);
      expect(picked).toHaveLength(queued.length);
      const done = only(st.events, 'fileDone');
      // each process has at most one request at the device: its waits and picks alternate
      for (const pid of [1, 2, 3, 4]) {
        const waits = queued.filter((e) => e.pid === pid);
        const picks = picked.filter((e) => e.forPid === pid);
        expect(picks).toHaveLength(waits.length);
        picks.forEach((p, i) => {
          expect(p.tick).toBeGreaterThanOrEqual((waits[i] as Ev<'fileIo'>).tick);
          expect(p.start).toBe(p.tick);
          expect(done.some((d) => d.pid === pid && d.tick === p.until)).toBe(true);
        });
      }
      expect(st.terminated).toBe(4);
    },
  );

  it('FIFO picks in arrival order; SSTF keeps the arm near and finishes sooner, the inner track waiting longest', () => {
    const fifo = runWith('FIFO');
    const arrivalOrder = only(fifo.events, 'fileIo')
      .filter((e) => e.queued !== undefined)
      .map((e) => e.pid);
    const pickOrder = only(fifo.events, 'deviceServed')
      .filter((e) => e.reason.kind === 'disk' && e.reason.pick)
      .map((e) => e.forPid);
    expect(pickOrder).toEqual(arrivalOrder);
    const sstf = runWith('SSTF');
    expect([fifo.now, sstf.now]).toEqual([1499, 779]);
    const ends = sstf.procs.map((p) => [p.pid, p.completion]);
    expect(ends).toEqual([
      [1, 526],
      [2, 779],
      [3, 528],
      [4, 491],
    ]);
  });

  it('says why each request went next', () => {
    const st = runWith('SSTF');
    const words = only(st.events, 'deviceServed')
      .filter((e) => e.reason.kind === 'disk' && e.reason.pick)
      .map((e) => explain(e, nameOf(st)));
    expect(words[0]).toMatch(
      /^Device: P3 \(etl-batch\)'s request, ticks 19 to 21: request of P3 \(etl-batch\) \(block 3\) next, of 3 requests waiting: nearest track with a request \(the outer track, 0 away\)/,
    );
    const queuedWords = only(st.events, 'fileIo')
      .filter((e) => e.queued !== undefined)
      .map((e) => explain(e, nameOf(st)));
    expect(queuedWords[0]).toContain("it blocks, WAITING in the disk's queue (the disk is busy until tick 19");
  });

  it("a sync is a barrier: the requests waiting before it are served first, in the policy's order", () => {
    // P3 writes into a write-back cache instead of reading; the sync at tick 20 writes its blocks while reads wait
    const s = preset();
    const fs = s.fs as NonNullable<Scenario['fs']>;
    const processes = s.processes.map((p) =>
      p.pid === 3 && p.files
        ? { ...p, files: { ...p.files, requests: [{ kind: 'write' as const, path: '/outer-b', bytes: 4096 }] } }
        : p,
    );
    const st = simulate({
      ...s,
      processes,
      fs: { ...fs, cache: { blocks: 64, writeBack: true } },
      operations: [...s.operations, { tick: 20, op: 'fs', action: { kind: 'sync' } }],
    }).state;
    const at20 = only(st.events, 'deviceServed').filter((e) => e.tick === 20);
    const kernel = at20.findIndex((e) => e.forPid === null);
    expect(kernel).toBeGreaterThan(0);
    expect(at20.slice(0, kernel).every((e) => e.reason.kind === 'disk' && e.reason.pick)).toBe(true);
    expect(at20[kernel - 1]?.until).toBe(at20[kernel]?.start);
    expect(st.terminated).toBe(4);
  });

  it('a process killed while its request waits leaves the rest to run to the end', () => {
    const st = runWith('SSTF', [{ tick: 30, op: 'kill', pid: 2 }]);
    expect(st.terminated).toBe(4);
    expect(only(st.events, 'fileDone').some((e) => e.pid === 2 && e.tick > 30)).toBe(false);
  });
});
