import { forEachRun } from './freeRuns';
import { kernelInvariants } from './kernelFrames';
import { findRegion } from './pageTable';
import { isLockedFrame, PINNED_TYPE } from './physical';
import { CONSTRAINTS, framesOf, GENERAL, POOL_OF_TYPE, poolPagesOf } from './pools';
import { copyPending } from './share';
import type { MemoryState } from './state';
import { POOL_NAMES, PTE } from './types';

/**
 * Everything that must hold between operations; an empty list when it does. Used by the tests after every
 * step of random operation sequences. O(frames + swap slots + mapped pages + TLB entries).
 */
export function checkInvariants(m: MemoryState): string[] {
  const bad: string[] = [];
  const frameSeen = new Uint8Array(m.frames);
  const slotSeen = new Uint8Array(m.swap.slots);
  const pool = new Int32Array(GENERAL + 1);
  const mapped = new Map<number, number>();
  const claim = (f: number, what: string): void => {
    if (f < 0 || f >= m.frames) bad.push(`${what} maps frame ${f}, outside memory`);
    else if (frameSeen[f] !== 0) bad.push(`frame ${f} is owned twice (${what})`);
    else frameSeen[f] = 1;
  };
  for (const [pid, space] of m.spaces) {
    let end = space.explicit ? 0 : 1;
    for (const r of space.regions) {
      const where = `process ${pid} region at page ${r.start}`;
      if (r.start < end) bad.push(`${where} overlaps the one before it or page 0`);
      if (r.start + r.pages > m.virtualPages) bad.push(`${where} ends past the address space`);
      end = r.start + r.pages;
      if (r.share >= 0) mapped.set(r.share, (mapped.get(r.share) ?? 0) + 1);
      for (let i = 0; i < r.pages; i++) {
        const vpn = r.start + i;
        const slot = r.slot[i]!;
        const f = r.frame[i]!;
        if (slot >= 0) {
          if (slot >= m.swap.slots || slotSeen[slot] !== 0)
            bad.push(`swap slot ${slot} is owned twice or outside swap (${where})`);
          else slotSeen[slot] = 1;
          if (m.swap.owner[slot] !== pid || m.swap.vpn[slot] !== vpn)
            bad.push(`swap slot ${slot} does not map back to page ${vpn} of ${pid}`);
          if (PINNED_TYPE[r.type]) bad.push(`pinned page ${vpn} of ${pid} is in swap`);
        } else if (f >= 0) {
          claim(f, `page ${vpn} of ${pid}`);
          if (m.owner[f] !== pid || m.vpn[f] !== vpn || m.share[f] !== -1 || m.type[f] !== r.type)
            bad.push(`frame ${f} does not map back to page ${vpn} of ${pid}`);
        } else if (r.share < 0) {
          bad.push(`page ${vpn} of ${pid} is neither in a frame nor in swap`);
        }
      }
    }
  }
  for (const [id, s] of m.shares) {
    if (s.users.length === 0 || mapped.get(id) !== s.users.length)
      bad.push(`share "${s.key}" has refcount ${s.users.length} but ${mapped.get(id) ?? 0} mappings`);
    if (m.shareIds.get(s.key) !== id) bad.push(`share "${s.key}" is not found by its key`);
    for (let k = 0; k < s.pages; k++) {
      const f = s.frames[k]!;
      claim(f, `page ${k} of share "${s.key}"`);
      const r = findRegion(m, m.owner[f]!, m.vpn[f]!);
      if (m.share[f] !== id || !r || r.share !== id || m.vpn[f]! - r.start !== k)
        bad.push(`frame ${f} does not map back to page ${k} of share "${s.key}"`);
    }
  }
  checkFrames(m, frameSeen, pool, bad);
  let slotsUsed = 0;
  for (let s = 0; s < m.swap.slots; s++) {
    if (m.swap.owner[s] !== -1) slotsUsed++;
    if ((m.swap.owner[s] !== -1) !== (slotSeen[s] === 1))
      bad.push(`swap slot ${s} is ${slotSeen[s] ? 'mapped but marked free' : 'marked used but unmapped'}`);
  }
  if (slotsUsed !== m.swap.used) bad.push(`swap.used is ${m.swap.used} but ${slotsUsed} slots are used`);
  for (let p = 0; p <= GENERAL; p++) {
    const name = POOL_NAMES[p] ?? 'general memory';
    if (pool[p] !== m.poolPages[p])
      bad.push(`pool ${name} is counted as ${m.poolPages[p]} frames but holds ${pool[p]}`);
    if (p < GENERAL && pool[p]! > framesOf(m, m.config.pools[POOL_NAMES[p]!]))
      bad.push(`pool ${name} holds ${pool[p]} frames, over its limit`);
  }
  for (const c of CONSTRAINTS) {
    if (poolPagesOf(m, c.pools) > framesOf(m, m.config.constraints[c.name]))
      bad.push(`constraints.${c.name} is exceeded`);
  }
  checkTlb(m, bad);
  bad.push(...kernelInvariants(m));
  return bad;
}

function checkFrames(m: MemoryState, seen: Uint8Array, pool: Int32Array, bad: string[]): void {
  let free = 0;
  let locked = 0;
  for (let f = 0; f < m.frames; f++) {
    if (m.owner[f]! < 0) {
      free++;
      if (seen[f]) bad.push(`frame ${f} is mapped but marked free`);
    } else {
      if (!seen[f]) bad.push(`frame ${f} is owned by ${m.owner[f]} but no page table maps it`);
      if (isLockedFrame(m, f)) locked++;
      pool[POOL_OF_TYPE[m.type[f]!]!]!++;
    }
  }
  if (free !== m.free) bad.push(`free count is ${m.free} but ${free} frames are free`);
  if (locked !== m.locked) bad.push(`locked count is ${m.locked} but ${locked} frames are pinned or shared`);
  let runFree = 0;
  forEachRun(m.runs, m.frames, (start, length) => {
    runFree += length;
    for (let f = start; f < start + length; f++)
      if (m.owner[f]! >= 0) bad.push(`free-run tree calls used frame ${f} free`);
  });
  if (runFree !== free) bad.push(`free-run tree counts ${runFree} free frames, the frame table ${free}`);
}

/** Every cached translation must agree with the page table (a stale entry would read another page). */
function checkTlb(m: MemoryState, bad: string[]): void {
  const t = m.tlb;
  for (let i = 0; i < t.asid.length; i++) {
    if (t.asid[i] === -1) continue;
    const r = findRegion(m, t.asid[i]!, t.vpn[i]!);
    const k = r ? t.vpn[i]! - r.start : -1;
    const f =
      !r || r.slot[k]! >= 0 ? -1 : r.frame[k]! >= 0 || r.share < 0 ? r.frame[k]! : m.shares.get(r.share)!.frames[k]!;
    if (f !== t.frame[i])
      bad.push(`TLB entry ${i} maps page ${t.vpn[i]} of ${t.asid[i]} to frame ${t.frame[i]}, the page table to ${f}`);
    if (r && (t.perm[i]! & ~r.prot) !== 0) bad.push(`TLB entry ${i} grants more than the page table`);
    if (r && copyPending(m, r, k) && (t.perm[i]! & PTE.WRITE) !== 0)
      bad.push(`TLB entry ${i} lets a write skip copy-on-write`);
  }
}
