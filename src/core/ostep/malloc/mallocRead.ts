import type { HeapConfig } from '../../heap/types';
import type { SimEvent } from '../../kernel/events';
import type { RunResult } from '../../kernel/result';
import type { FreeChunk, HeapPicture, MallocStep } from '../answers';
import type { MallocPlanStep } from './mallocPlan';

type HeapEvent = Extract<SimEvent, { kind: 'malloc' | 'free' }>;

/** The steps of a malloc.py run (the JSON answer) and the heap before the first step and after each one. */
export interface MallocRun {
  steps: MallocStep[];
  heap: HeapPicture[];
}

/**
 * malloc.py's answer read from the run of its scenario: each malloc and free event is one step, in order, and
 * OSTEP's skipped frees (not operations) come in where the plan has them. The heap pictures are rebuilt from
 * the events alone: the free list each one carries, and the chunks that mallocs handed out and frees took back.
 * Null when the run does not take the planned steps (an operation refused: a bug of ours).
 */
export function readMallocRun(r: RunResult, config: HeapConfig, plan: readonly MallocPlanStep[]): MallocRun | null {
  const events = r.events.filter((e): e is HeapEvent => e.kind === 'malloc' || e.kind === 'free');
  /** allocated chunks by the allocation that holds them (OSTEP's ptr index) */
  const allocated = new Map<number, FreeChunk>();
  let freeList: FreeChunk[] = [{ addr: config.base, size: config.size }];
  const steps: MallocStep[] = [];
  const pictures = [picture(config, freeList, allocated, null, introduction(config))];
  let next = 0;
  for (const planned of plan) {
    if (planned.kind === 'skip') {
      steps.push({ op: 'free', ptrIndex: planned.index, skipped: true });
      const why = `Free(ptr[${planned.index}]) is skipped: OSTEP frees only indexes below the number of successful allocations so far (${planned.successes}).`;
      pictures.push({ ...(pictures.at(-1) as HeapPicture), explanation: why });
      continue;
    }
    const ev = events[next++];
    if (ev?.kind !== (planned.kind === 'alloc' ? 'malloc' : 'free')) return null;
    freeList = ev.freeList;
    if (ev.kind === 'malloc') {
      const { chunk, ptr, examined, chosen } = ev.step;
      if (chunk) allocated.set(ev.allocation, chunk);
      steps.push({
        op: 'alloc',
        ptrIndex: ev.allocation,
        size: ev.step.request,
        ok: chunk !== null,
        blockAddr: chunk?.addr ?? null,
        userPtr: ptr,
        searched: examined.length,
        freeList,
      });
      pictures.push(
        picture(
          config,
          freeList,
          allocated,
          { searched: examined, chosen },
          `ptr[${ev.allocation}]: ${ev.step.explanation}`,
        ),
      );
      continue;
    }
    const s = ev.step;
    // The plan frees only pointers that were handed out.
    if (!s) return null;
    if (s.ok && s.owner !== null) allocated.delete(s.owner);
    const owner =
      s.ok && s.owner !== ev.allocation
        ? ` ptr[${ev.allocation}]'s address now belongs to ptr[${s.owner}], so that chunk is the one freed.`
        : '';
    steps.push({ op: 'free', ptrIndex: ev.allocation, skipped: false, result: s.ok ? 0 : -1, freeList });
    pictures.push(picture(config, freeList, allocated, null, `Free(ptr[${ev.allocation}]):${owner} ${s.explanation}`));
  }
  return next === events.length ? { steps, heap: pictures } : null;
}

/** The heap after a step: chunks in address order, the free list, and what an allocation's search examined. */
function picture(
  c: HeapConfig,
  freeList: FreeChunk[],
  allocated: ReadonlyMap<number, FreeChunk>,
  search: { searched: number[]; chosen: number | null } | null,
  explanation: string,
): HeapPicture {
  const free = freeList.map((f) => ({ addr: f.addr, size: f.size, free: true, ptrIndex: null }));
  const used = [...allocated].map(([ptrIndex, a]) => ({ addr: a.addr, size: a.size, free: false, ptrIndex }));
  const chunks = [...free, ...used].sort((a, b) => a.addr - b.addr);
  return {
    base: c.base,
    size: c.size,
    header: c.header,
    chunks,
    freeList: freeList.map((f) => ({ ...f })),
    searched: search?.searched ?? [],
    chosen: search?.chosen ?? null,
    explanation,
  };
}

function introduction(c: HeapConfig): string {
  const extras = [
    c.header > 0 ? `${c.header}-byte headers` : '',
    c.align !== null ? `sizes rounded up to a multiple of ${c.align}` : '',
  ].filter(Boolean);
  return `The heap: ${c.size} bytes at ${c.base}..${c.base + c.size}, one free chunk. ${c.policy} fit, ${c.order} list, ${c.coalesce ? 'coalescing after each free' : 'no coalescing'}${extras.length > 0 ? `; ${extras.join(', ')}` : ''}.`;
}
