import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  checkInvariants,
  compact,
  contextSwitch,
  createMemory,
  deallocate,
  DEFAULT_MEMORY,
  freeProcess,
  pageTableOf,
  readTag,
  swapIn,
  translate,
  writeTag,
  type MemoryState,
} from './memory';
import { PLACEMENTS, PTE, type MemoryConfig, type MemoryType } from './types';

const PAGE = 4096;
const TYPES: MemoryType[] = ['USER', 'AI_DATA', 'AI_MODEL', 'SYSTEM', 'NETWORK_BUFFER', 'BLOCKCHAIN_STATE'];

const anyPid = fc.integer({ min: 1, max: 4 });
/** Weighted so processes hold pages most of the time: allocations and accesses outnumber frees. */
const op = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('alloc' as const),
      pid: anyPid,
      pages: fc.integer({ min: 1, max: 6 }),
      type: fc.constantFrom(...TYPES),
      share: fc.boolean(),
      readOnly: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dealloc' as const), pid: anyPid, pick: fc.nat() }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constantFrom('read' as const, 'write' as const),
      pid: anyPid,
      pick: fc.nat(),
      tag: fc.integer(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapIn' as const), pid: anyPid, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const), movePinned: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('free' as const), pid: anyPid }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('switch' as const), pid: anyPid }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Every mapped page's tag, by "pid:vpn". */
function tagsOf(m: MemoryState): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const pid of [1, 2, 3, 4])
    for (const row of pageTableOf(m, pid)) out.set(`${pid}:${row.vpn}`, readTag(m, pid, row.vpn * PAGE));
  return out;
}

/** Keys a write by `pid` may change: all of pid's pages (the op picks one) and every page of a shared mapping. */
function writtenKeys(m: MemoryState, pid: number): Set<string> {
  const keys = new Set<string>();
  for (const [p, space] of m.spaces) {
    for (const r of space.regions) {
      if (p === pid || r.share >= 0) for (let i = 0; i < r.pages; i++) keys.add(`${p}:${r.start + i}`);
    }
  }
  return keys;
}

function apply(m: MemoryState, o: Op, tick: number): void {
  const rows = 'pid' in o ? pageTableOf(m, o.pid) : [];
  const row = 'pick' in o && rows.length > 0 ? rows[o.pick % rows.length]! : undefined;
  switch (o.kind) {
    case 'alloc': {
      // One shared model of 2 pages, so that several processes do map it.
      const shared = o.share && o.type === 'AI_MODEL';
      const protection = { read: true, write: !o.readOnly, execute: false };
      allocate(m, o.pid, (shared ? 2 : o.pages) * PAGE, o.type, {
        shareKey: shared ? 'model' : undefined,
        protection,
        tick,
      });
      return;
    }
    case 'dealloc': {
      const starts = [...new Set(m.spaces.get(o.pid)?.regions.map((r) => r.start))];
      if (starts.length > 0) expect(deallocate(m, o.pid, starts[o.pick % starts.length]! * PAGE).ok).toBe(true);
      return;
    }
    case 'read':
      if (row) translate(m, o.pid, row.vpn * PAGE + 8, 'read', tick);
      return;
    case 'write':
      if (row && writeTag(m, o.pid, row.vpn * PAGE, o.tag)) expect(readTag(m, o.pid, row.vpn * PAGE)).toBe(o.tag);
      return;
    case 'swapIn': {
      const out = rows.filter((r) => r.swapSlot !== null);
      if (out.length > 0) swapIn(m, o.pid, out[o.pick % out.length]!.vpn, tick);
      return;
    }
    case 'compact':
      compact(m, { movePinned: o.movePinned });
      return;
    case 'free':
      freeProcess(m, o.pid);
      return;
    case 'switch':
      contextSwitch(m, o.pid);
  }
}

const config = fc.record({
  placement: fc.constantFrom(...PLACEMENTS),
  replacement: fc.constantFrom('LRU' as const, 'FIFO' as const, 'CLOCK' as const, 'RANDOM' as const),
  copyOnWrite: fc.boolean(),
  tlbMode: fc.constantFrom('flush' as const, 'asid' as const),
  pageTableLevels: fc.constantFrom(1 as const, 2 as const),
});

describe('memory under random operations', () => {
  it('keeps every invariant, pinned pages resident, limits held, and contents unchanged by anything but writes', () => {
    fc.assert(
      fc.property(config, fc.array(op, { minLength: 20, maxLength: 60 }), (overrides, ops) => {
        // Pools that add up to more than memory, so types compete for frames and swapping happens.
        const pools = { aiModels: 0.3, aiData: 0.5, ledger: 0.2, chainState: 0.3, network: 0.3, system: 0.5 };
        const constraints = {
          aiTotal: 0.7,
          aiModels: 0.25,
          aiData: 0.45,
          blockchainTotal: 0.4,
          ledger: 0.2,
          chainState: 0.3,
          system: 0.45,
        };
        const cfg: MemoryConfig = {
          ...DEFAULT_MEMORY,
          physicalBytes: 24 * PAGE,
          swapBytes: 12 * PAGE,
          tlbEntries: 4,
          pools,
          constraints,
          ...overrides,
        };
        const m = createMemory(cfg, 7);
        ops.forEach((o, tick) => {
          const before = tagsOf(m);
          apply(m, o, tick + 1);
          const problems = checkInvariants(m);
          if (problems.length > 0) throw new Error(`after op ${tick} ${JSON.stringify(o)}: ${problems.join('; ')}`);
          for (const pid of [1, 2, 3, 4]) {
            for (const r of pageTableOf(m, pid)) if (r.flags & PTE.PINNED) expect(r.frame).not.toBeNull();
          }
          // A write changes its own page and, through sharing, pages of shared mappings; nothing else changes.
          const changed = o.kind === 'write' ? writtenKeys(m, o.pid) : new Set<string>();
          for (const [key, tag] of tagsOf(m)) {
            if (before.has(key) && !changed.has(key))
              expect(tag, `${key} after ${JSON.stringify(o)}`).toBe(before.get(key));
          }
        });
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
