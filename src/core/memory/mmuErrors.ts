import type { FieldError } from '../scenario/fieldErrors';
import type { ProcessSpec, ScheduledOperation } from '../scenario/types';
import { framesCovering, specRange, type RegisterMmu, type SegmentSpec, type TwoLevelMmu } from './mmuMode';
import { memoryBytesOf } from './registerLayout';
import { twoLevelErrors } from './twoLevelWalk';
import type { MemoryConfig } from './types';

/** Operations that work on a process's pages, which only paging has. */
const PAGING_OPERATIONS: ReadonlySet<string> = new Set(['allocate', 'deallocate', 'access', 'compact']);

/** A segment with its base, where the scenario gave one, and where it sits in the scenario. */
interface Located {
  path: string;
  pid: number;
  index: number;
  from: number;
  to: number;
}

/**
 * The register modes' rules that tie `memory.mmu` to the rest of the scenario, each naming the field and its limit:
 * registers within physical memory, a segment no larger than its slot of the address space, no two processes on one
 * frame (nor two segments of one process on the same bytes unless `overlap`), every listed pid a process, each once,
 * a process either fully placed by the scenario or fully by the kernel; and no paging feature (shared memory, the
 * page operations) beside them. Empty under paging. `path` is where the memory section sits (`memory`).
 */
export function mmuErrors(
  c: MemoryConfig,
  processes: readonly ProcessSpec[],
  operations: readonly ScheduledOperation[],
  path = 'memory',
): FieldError[] {
  const mmu = c.mmu;
  if (mmu === undefined || mmu.mode === 'paging') return [];
  const errors: FieldError[] = [];
  const at = `${path}.mmu`;
  const refuse = (where: string, limit: string, message: string): void => {
    errors.push({ path: where, limit, message: `${where}: ${message}` });
  };
  const all = [...processes, ...operations.flatMap((op) => (op.op === 'create' ? [op.process] : []))];
  const known = new Set(all.map((p) => p.pid));
  const seen = new Set<number>();
  const located: Located[] = [];
  const segmentsOf = listedSegments(mmu);
  segmentsOf.forEach(({ pid, segments, path: where }) => {
    if (!known.has(pid)) refuse(`${where}.pid`, 'a pid of the scenario', `P${pid} is no process of this scenario`);
    if (seen.has(pid)) refuse(`${where}.pid`, 'each pid once', `P${pid} is listed twice`);
    seen.add(pid);
    const based = segments.filter((s) => s.spec.base !== undefined).length;
    if (based !== 0 && based !== segments.length)
      refuse(
        where,
        'every segment with a base or none',
        'give every segment a base, or none (the kernel then places them together in a run of free frames)',
      );
    const slot = mmu.mode === 'segmented' ? Math.floor(mmu.addressSpace / segments.length) : Infinity;
    for (const [index, { spec, path: sp }] of segments.entries()) {
      if (spec.size > slot)
        refuse(
          `${sp}.size`,
          `at most ${slot} bytes`,
          `a segment of ${spec.size} bytes does not fit its slot of the address space: ${mmu.mode === 'segmented' ? mmu.addressSpace : 0} bytes ÷ ${segments.length} segments = ${slot} bytes`,
        );
      if (spec.base === undefined) continue;
      const r = specRange({ base: spec.base, size: spec.size, grows: spec.grows });
      const name = mmu.mode === 'base-bounds' ? 'base + bounds' : spec.grows === 'up' ? 'base + size' : 'base − size';
      if (r.from < 0)
        refuse(
          `${sp}.base`,
          `at least ${spec.size} (its size)`,
          `growing down from ${spec.base}, ${name} = ${r.from} is below physical address 0`,
        );
      else if (r.to > c.physicalBytes)
        refuse(
          `${sp}.base`,
          `within physical memory, memory.physicalBytes (${c.physicalBytes})`,
          `${name} = ${r.to} is beyond physical memory, memory.physicalBytes (${c.physicalBytes} bytes)`,
        );
      else located.push({ path: sp, pid, index, from: r.from, to: r.to });
    }
  });
  overlapErrors(located, c.pageSize, mmu.mode === 'segmented' && mmu.overlap, refuse);
  if (mmu.mode === 'two-level') twoLevelMemoryErrors(mmu, refuse);
  for (const p of all) {
    if (segmentsOf.some((e) => e.pid === p.pid)) continue;
    if (mmu.mode === 'two-level' && p.accesses)
      refuse(
        `${at}.processes`,
        `an entry for P${p.pid}`,
        `P${p.pid} makes references, but under two-level paging a process's memory is its entry here (pdbr and pages)`,
      );
    if (mmu.mode === 'segmented' && p.needs.memoryBytes > mmu.addressSpace)
      refuse(
        `${at}.addressSpace`,
        `at least ${p.needs.memoryBytes} bytes`,
        `P${p.pid} is not listed, so it gets one segment of its memory need, ${p.needs.memoryBytes} bytes, larger than the address space (${mmu.addressSpace} bytes)`,
      );
  }
  processes.forEach((p, i) => {
    if (p.sharedMemory !== undefined)
      refuse(
        `processes[${i}].sharedMemory`,
        'memory.mmu.mode paging',
        `shared memory maps pages: it needs paging, not ${mmu.mode}`,
      );
  });
  operations.forEach((op, i) => {
    if (PAGING_OPERATIONS.has(op.op))
      refuse(
        `operations[${i}].op`,
        'memory.mmu.mode paging',
        `${op.op} works on pages: it needs paging, not ${mmu.mode}`,
      );
  });
  return errors;
}

/** Each listed process's segments with their paths (a base-and-bounds pair is one segment growing up). */
function listedSegments(
  mmu: RegisterMmu,
): { pid: number; path: string; segments: { spec: SegmentSpec; path: string }[] }[] {
  if (mmu.mode === 'base-bounds')
    return mmu.processes.map((e, i) => ({
      pid: e.pid,
      path: `memory.mmu.processes[${i}]`,
      segments: [{ spec: { base: e.base, size: e.bounds, grows: 'up' }, path: `memory.mmu.processes[${i}]` }],
    }));
  if (mmu.mode === 'two-level')
    return mmu.processes.map((e, i) => ({
      pid: e.pid,
      path: `memory.mmu.processes[${i}]`,
      segments: [
        {
          spec: { base: e.base, size: memoryBytesOf(e.pages, mmu.geometry), grows: 'up' },
          path: `memory.mmu.processes[${i}]`,
        },
      ],
    }));
  return mmu.processes.map((e, i) => ({
    pid: e.pid,
    path: `memory.mmu.processes[${i}]`,
    segments: e.segments.map((s, k) => ({ spec: s, path: `memory.mmu.processes[${i}].segments[${k}]` })),
  }));
}

/** Two-level memories the walk cannot read (twoLevelErrors: the geometry, pages of the right size, the PDBR). */
function twoLevelMemoryErrors(mmu: TwoLevelMmu, refuse: (where: string, limit: string, message: string) => void): void {
  mmu.processes.forEach((e, i) => {
    const why = twoLevelErrors(e.pages, e.pdbr, mmu.geometry);
    if (why !== null) refuse(`memory.mmu.processes[${i}]`, 'a memory the two-level walk can read', why);
  });
}

/**
 * Two processes on one frame (a frame has one owner), or two segments of one process on the same bytes when
 * `overlap` is false. O(n log n) in segments.
 */
function overlapErrors(
  located: Located[],
  pageSize: number,
  overlap: boolean,
  refuse: (where: string, limit: string, message: string) => void,
): void {
  const owner = new Map<number, Located>();
  for (const s of located)
    for (const f of framesCovering(s.from, s.to, pageSize)) {
      const other = owner.get(f);
      if (other && other.pid !== s.pid) {
        refuse(
          `${s.path}.base`,
          'frames no other process covers',
          `it covers frame ${f}, which P${other.pid} (${other.path}) covers too: a frame has one owner`,
        );
        break;
      }
      owner.set(f, s);
    }
  if (overlap) return;
  // Sorted by process then start, a segment overlaps an earlier one when it starts before the furthest end so far.
  const sorted = located.filter((s) => s.to > s.from).sort((a, b) => a.pid - b.pid || a.from - b.from);
  let reach: Located | undefined;
  for (const b of sorted) {
    if (reach?.pid === b.pid && b.from < reach.to)
      refuse(
        `${b.path}.base`,
        'no bytes another segment of the process covers (memory.mmu.overlap is false)',
        `segment ${b.index} (${b.from}–${b.to}) overlaps segment ${reach.index} (${reach.from}–${reach.to}) of P${b.pid}; set memory.mmu.overlap to allow it`,
      );
    if (reach?.pid !== b.pid || b.to > reach.to) reach = b;
  }
}
