import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { advanceTo } from '../../kernel/engine';
import type { SimEvent } from '../../kernel/events';
import { nextEventTime } from '../../kernel/nextEvent';
import { createState } from '../../kernel/state';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { scenarioOf } from '../../testing/scenarioOf';
import { checkInvariants } from '../invariants';
import { specRange } from '../mmuMode';
import { clearTablePage, mapTwoLevel, zeroPages } from '../twoLevelMap';
import { addressSpaceOf, pageSizeOf, SMALL_TABLES } from '../twoLevelWalk';
import { memoryRun } from './samples';

const K = 1024;
const PHYSICAL = 32 * K;

/** How many drawn scenarios validation accepted: a property whose draws are all refused would prove nothing. */
const played = { count: 0 };

/** A scenario of processes on 32 KiB of 1 KiB frames under `mmu`, or null when validation refuses what was drawn. */
function scenarioWith(mmu: unknown, jobs: { bytes: number; offsets: number[]; arrival: number }[]): Scenario | null {
  const base = scenarioOf(
    { policy: 'RR', quantum: 2 },
    jobs.map((j) => ({ bursts: [j.offsets.length + 1], arrival: j.arrival })),
  );
  const v = validateScenario({
    ...base,
    processes: base.processes.map((p, i) => ({
      ...p,
      needs: { memoryBytes: jobs[i]!.bytes, gpus: 0, networkMbps: 0 },
      accesses: { kind: 'sequence', every: 1, offsets: jobs[i]!.offsets, writeEvery: 2 },
    })),
    memory: { physicalBytes: PHYSICAL, pageSize: K, mmu },
  });
  if (v.ok) played.count++;
  return v.ok ? v.scenario : null;
}

/** Runs to the end, checking memory's invariants (every frame owned once among them) after every decision point. */
function runChecked(s: Scenario): readonly SimEvent[] {
  const st = createState(s);
  advanceTo(st, 0);
  for (let i = 0; i < 10_000 && !st.finished; i++) {
    expect(checkInvariants(memoryRun(st).memory)).toEqual([]);
    advanceTo(st, nextEventTime(st));
  }
  expect(st.finished).toBe(true);
  return st.events;
}

const offsets = fc.array(fc.integer({ min: 0, max: 6 * K }), { minLength: 1, maxLength: 8 });
const job = fc.record({ bytes: fc.integer({ min: 0, max: 5 * K }), offsets, arrival: fc.integer({ min: 0, max: 6 }) });

describe('register modes in the kernel (fast-check)', () => {
  beforeEach(() => {
    played.count = 0;
  });

  it('base and bounds: every translation lands in [base, base + bounds) at base + VA; every VA ≥ bounds is refused', () => {
    fc.assert(
      fc.property(
        fc.array(job, { minLength: 1, maxLength: 4 }),
        fc.array(
          fc.record({ base: fc.integer({ min: 0, max: PHYSICAL }), bounds: fc.integer({ min: 0, max: 4 * K }) }),
          {
            maxLength: 4,
          },
        ),
        fc.constantFrom('end', 'signal'),
        (jobs, given, violation) => {
          const processes = given.slice(0, jobs.length).map((r, i) => ({ pid: i + 1, ...r }));
          const s = scenarioWith({ mode: 'base-bounds', violation, processes }, jobs);
          if (!s) return;
          const events = runChecked(s);
          const registers = new Map<number, { base: number; bounds: number }>();
          for (const e of events) {
            if (e.kind === 'mmuLoad') {
              const listed = processes.find((p) => p.pid === e.pid);
              const bounds = listed?.bounds ?? jobs[e.pid - 1]!.bytes;
              registers.set(e.pid, { base: listed?.base ?? e.frames[0]! * K, bounds });
            }
            const r = 'pid' in e ? registers.get(e.pid) : undefined;
            if (e.kind === 'regRef') {
              expect(e.address).toBeLessThan(r!.bounds);
              expect(e.physical).toBe(r!.base + e.address);
            }
            if (e.kind === 'segfault') {
              expect(e.fault).toBe('bounds');
              expect(e.address).toBeGreaterThanOrEqual(r!.bounds);
              expect(e.killed).toBe(violation === 'end');
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(played.count).toBeGreaterThan(20);
  });

  it("segmentation: every translation lands inside its own segment's bytes; a violation lies outside every segment", () => {
    const segment = fc.record({
      size: fc.integer({ min: 0, max: 2 * K }),
      grows: fc.constantFrom<'up' | 'down'>('up', 'down'),
      base: fc.integer({ min: 0, max: PHYSICAL }),
    });
    fc.assert(
      fc.property(
        fc.array(job, { minLength: 1, maxLength: 3 }),
        fc.array(fc.array(segment, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
        fc.boolean(),
        (jobs, tables, placedByKernel) => {
          const processes = tables.slice(0, jobs.length).map((segments, i) => ({
            pid: i + 1,
            segments: placedByKernel ? segments.map(({ size, grows }) => ({ size, grows })) : segments,
          }));
          const mmu = { mode: 'segmented', addressSpace: 6 * K, violation: 'signal', overlap: true, processes };
          const s = scenarioWith(mmu, jobs);
          if (!s) return;
          const events = runChecked(s);
          const ranges = new Map<number, { from: number; to: number }[]>();
          for (const e of events) {
            if (e.kind === 'mmuLoad') {
              const l = e.layout;
              if (l.mode !== 'segmented') throw new Error('a segmented MMU loads segment tables');
              ranges.set(
                e.pid,
                l.table.segments.map((sg) => specRange({ base: sg.base, size: sg.bounds, grows: sg.grows })),
              );
            }
            if (e.kind === 'regRef')
              expect(ranges.get(e.pid)!.some((r) => e.physical >= r.from && e.physical < r.to)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(played.count).toBeGreaterThan(20);
  });

  it('two-level paging: every walk agrees with the flat table of the same mapping, PDE then PTE read each time', () => {
    const g = SMALL_TABLES;
    const pageBytes = pageSizeOf(g);
    const vpages = addressSpaceOf(g) / pageBytes;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: vpages - 1 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: addressSpaceOf(g) - 1 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 10 }),
        (vpns, addresses, at) => {
          // Pages handed out in order: the directory first, then a table page or a data page as the mapping needs.
          const pages = zeroPages(128, g);
          let next = 1;
          clearTablePage(pages, 0);
          const flat = new Map<number, number>();
          for (const vpn of vpns) {
            const pfn = next++;
            expect(mapTwoLevel(pages, 0, vpn, pfn, () => next++, g)).toBeNull();
            flat.set(vpn, pfn);
          }
          const base = at * K;
          const mmu = { mode: 'two-level', violation: 'signal', processes: [{ pid: 1, base, pdbr: 0, pages }] };
          const s = scenarioWith(mmu, [{ bytes: 0, offsets: addresses, arrival: 0 }]);
          if (!s) throw new Error('a two-level memory of 4 KiB fits 32 KiB');
          const seen: number[] = [];
          for (const e of runChecked(s)) {
            if (e.kind === 'regRef') {
              const pfn = flat.get(Math.floor(e.address / pageBytes));
              expect(e.physical).toBe(base + pfn! * pageBytes + (e.address % pageBytes));
              expect(e.reads).toBe(2);
              seen.push(e.address);
            }
            if (e.kind === 'segfault') {
              expect(flat.has(Math.floor(e.address / pageBytes))).toBe(false);
              seen.push(e.address);
            }
          }
          expect(seen).toEqual(addresses);
        },
      ),
      { numRuns: 60 },
    );
  });
});
