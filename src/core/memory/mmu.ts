import { directoryPresent, findRegion, frameOfPage } from './pageTable';
import { LATENCY, policyOf } from './physical';
import { copyOnWrite, copyPending } from './share';
import type { MemoryState } from './state';
import { tlbFill, tlbFind, tlbFlush } from './tlb';
import {
  MEMORY_TYPE_INFO,
  MEMORY_TYPES,
  PTE,
  type Access,
  type TranslationResult,
  type TranslationStep,
} from './types';

const NEED: Readonly<Record<Access, number>> = { read: PTE.READ, write: PTE.WRITE, execute: PTE.EXECUTE };
const TOUCH: Readonly<Record<Access, number>> = {
  read: PTE.REFERENCED,
  write: PTE.REFERENCED | PTE.DIRTY,
  execute: PTE.REFERENCED,
};

/** Points the MMU at `toPid`'s address space; in 'flush' mode that empties the TLB. */
export function contextSwitch(m: MemoryState, toPid: number): void {
  if (toPid === m.current) return;
  m.current = toPid;
  if (m.config.tlbMode === 'flush') {
    tlbFlush(m.tlb);
    m.counters.tlbFlushes++;
  }
}

/**
 * Translates one access step by step. The MMU serves the running process, so translating for another
 * pid switches to it first. Cost in ticks: one per page-table level walked on a TLB miss (each level is
 * one read of a SYSTEM page, latency 1), plus the page's memory-type latency when the access completes (its
 * tier's: MEMORY_TYPE_INFO). A process's own reference stalls it on its CPU for that cost (subsystem/references).
 * A swapped-out page faults (notPresent); bringing it in is swapIn's, with its own cost.
 */
export function translate(m: MemoryState, pid: number, va: number, access: Access, tick: number): TranslationResult {
  const steps: TranslationStep[] = [];
  const pa = resolve(m, pid, va, access, tick, steps);
  let walks = 0;
  let tlbHit = false;
  for (const s of steps) {
    if (s.step === 'walk') walks++;
    if (s.step === 'tlb' && s.hit) tlbHit = true;
  }
  if (pa >= 0) {
    const frame = Math.floor(pa / m.pageSize);
    return { ok: true, physical: pa, frame, tlbHit, steps, cost: walks + LATENCY[m.type[frame]!]! };
  }
  const last = steps[steps.length - 1];
  return { ok: false, fault: last?.step === 'fault' ? last.kind : 'invalid', steps, cost: walks };
}

/**
 * The same translation without step objects: the physical address, or -1 on any fault. A TLB hit is
 * handled inline (no allocation, no walk); anything else goes through resolve.
 */
export function translateFast(m: MemoryState, pid: number, va: number, access: Access, tick: number): number {
  const t = m.tlb;
  if (pid === m.current && Number.isInteger(va) && va >= 0) {
    const size = m.pageSize;
    const vpn = Math.floor(va / size);
    const n = t.vpn.length;
    const need = access === 'read' ? PTE.READ : access === 'write' ? PTE.WRITE : PTE.EXECUTE;
    for (let i = 0; i < n; i++) {
      if (t.vpn[i] !== vpn || t.asid[i] !== pid) continue;
      if ((t.perm[i]! & need) === 0) break;
      const f = t.frame[i]!;
      t.used[i] = ++t.clock;
      m.bits[f]! |= need === PTE.WRITE ? PTE.REFERENCED | PTE.DIRTY : PTE.REFERENCED;
      if (tick > m.tick) m.tick = tick;
      m.counters.translations++;
      m.counters.tlbHits++;
      m.typeRefs[m.type[f]!]!++;
      policyOf(m).onAccess(m.repl, f, tick);
      return f * size + (va - vpn * size);
    }
  }
  const pa = resolve(m, pid, va, access, tick, null);
  return pa >= 0 ? pa : -1;
}

/**
 * One translation; pushes its steps when `steps` is given. Returns the physical address, or -1 (invalid),
 * -2 (protection), -3 (not present).
 */
function resolve(
  m: MemoryState,
  pid: number,
  va: number,
  access: Access,
  tick: number,
  steps: TranslationStep[] | null,
): number {
  contextSwitch(m, pid);
  if (tick > m.tick) m.tick = tick;
  const c = m.counters;
  c.translations++;
  if (!(Number.isSafeInteger(va) && va >= 0 && va < m.virtualPages * m.pageSize)) {
    c.invalidFaults++;
    steps?.push({
      step: 'fault',
      kind: 'invalid',
      detail: `address ${va} is outside the ${m.config.virtualBits}-bit address space`,
    });
    return -1;
  }
  const vpn = Math.floor(va / m.pageSize);
  const offset = va - vpn * m.pageSize;
  steps?.push(splitStep(m, vpn, offset));
  const t = m.tlb;
  const entry = tlbFind(t, pid, vpn);
  if (entry >= 0) {
    c.tlbHits++;
    steps?.push({ step: 'tlb', hit: true, frame: t.frame[entry]! });
    // A cached permission that refuses the access sends it to the page table (protection or copy-on-write).
    if ((t.perm[entry]! & NEED[access]) !== 0) {
      t.used[entry] = ++t.clock;
      return complete(m, t.frame[entry]!, offset, access, tick, steps);
    }
  } else {
    c.tlbMisses++;
    steps?.push({ step: 'tlb', hit: false });
  }

  const r = walk(m, pid, vpn, steps);
  if (!r) {
    c.invalidFaults++;
    steps?.push({
      step: 'fault',
      kind: 'invalid',
      detail: `no mapping for page ${vpn} (address ${va}) of process ${pid}`,
    });
    return -1;
  }
  const i = vpn - r.start;
  if (r.slot[i]! >= 0) {
    c.pageFaults++;
    steps?.push({
      step: 'fault',
      kind: 'notPresent',
      detail: `page ${vpn} of process ${pid} is in swap slot ${r.slot[i]}`,
    });
    return -3;
  }
  if ((r.prot & NEED[access]) === 0) {
    c.protectionFaults++;
    steps?.push({
      step: 'fault',
      kind: 'protection',
      detail: `${access} to page ${vpn}, which allows only ${protText(r.prot)}`,
    });
    return -2;
  }
  let f = frameOfPage(m, r, i);
  let pending = copyPending(m, r, i);
  if (pending && access === 'write') {
    const copy = copyOnWrite(m, pid, r, i);
    if (typeof copy === 'string') {
      c.protectionFaults++;
      steps?.push({ step: 'fault', kind: 'protection', detail: `write to shared page ${vpn} needs a copy: ${copy}` });
      return -2;
    }
    steps?.push({ step: 'copyOnWrite', from: f, frame: copy });
    f = copy;
    pending = false;
  }
  tlbFill(t, pid, vpn, f, pending ? r.prot & ~PTE.WRITE : r.prot);
  return complete(m, f, offset, access, tick, steps);
}

function complete(
  m: MemoryState,
  f: number,
  offset: number,
  access: Access,
  tick: number,
  steps: TranslationStep[] | null,
): number {
  m.bits[f]! |= TOUCH[access];
  const type = m.type[f]!;
  m.typeRefs[type]!++;
  policyOf(m).onAccess(m.repl, f, tick);
  const address = f * m.pageSize + offset;
  if (steps) {
    const memoryType = MEMORY_TYPES[type]!;
    const { tier, latency } = MEMORY_TYPE_INFO[memoryType];
    steps.push({ step: 'physical', frame: f, address, memoryType, tier, latency });
  }
  return address;
}

/** The split step: VPN and offset, and for two levels the directory and table indexes. */
export function splitStep(m: MemoryState, vpn: number, offset: number): TranslationStep {
  if (m.config.pageTableLevels === 1) return { step: 'split', vpn, offset, pageSize: m.pageSize };
  const span = 2 ** m.tableBits;
  const directory = Math.floor(vpn / span);
  return { step: 'split', vpn, offset, pageSize: m.pageSize, directory, table: vpn - directory * span };
}

/**
 * The page-table walk, one step per level. Level 1 of a two-level table: `entry` is the directory index
 * of the second-level table when it exists, null when not. The last level: `entry` is the frame when the
 * page is present, null when it is unmapped or in swap.
 */
function walk(m: MemoryState, pid: number, vpn: number, steps: TranslationStep[] | null) {
  const r = findRegion(m, pid, vpn);
  if (m.config.pageTableLevels === 2) {
    const span = 2 ** m.tableBits;
    const directory = Math.floor(vpn / span);
    const present = directoryPresent(m, pid, directory);
    steps?.push({ step: 'walk', level: 1, index: directory, entry: present ? directory : null });
    if (!present) return undefined;
  }
  if (steps) {
    const f = r ? frameOfPage(m, r, vpn - r.start) : -1;
    const level = m.config.pageTableLevels;
    const index = level === 2 ? vpn % 2 ** m.tableBits : vpn;
    steps.push({ step: 'walk', level, index, entry: f >= 0 ? f : null });
  }
  return r;
}

function protText(prot: number): string {
  const names = [
    prot & PTE.READ ? 'read' : '',
    prot & PTE.WRITE ? 'write' : '',
    prot & PTE.EXECUTE ? 'execute' : '',
  ].filter((s) => s !== '');
  return names.length === 0 ? 'no access' : names.join(' and ');
}
