import { heapConfigError, HEAP_LIMIT } from '../../heap/config';
import type { HeapConfig } from '../../heap/types';
import { MAX_MALLOC_OPS, type MallocOptions } from './mallocFlags';
const FLAG: Record<keyof HeapConfig, string> = {
  base: '-b/--baseAddr',
  size: '-S/--size',
  header: '-H/--headerSize',
  align: '-a/--alignment (-1 = none)',
  policy: '-p/--policy',
  order: '-l/--listOrder',
  coalesce: '-C/--coalesce',
};

/** One -A operation: `+SIZE` allocates, `-INDEX` frees the pointer of the INDEX-th allocation. */
export type MallocOp = { kind: 'alloc'; size: number } | { kind: 'free'; index: number };

/** A malloc.py problem: the heap, and either the -A operations or the random generator's settings. */
export interface MallocProblem {
  config: HeapConfig;
  ops: MallocOp[] | null;
  random: { seed: number; count: number; range: number; percent: number };
}

/**
 * malloc.py's options -> the problem, or one message naming the flag and its limit (where OSTEP crashes). An
 * answer held whole (a heap picture per step) is bounded by MAX_MALLOC_OPS; a text that is `streamed` (printed as
 * it is made) is not: its memory follows the heap's live allocations, not the number of operations.
 */
export function mallocProblem(v: MallocOptions, trace: 'held' | 'streamed' = 'held'): MallocProblem | string {
  const config: HeapConfig = {
    base: v.baseAddr,
    size: v.heapSize,
    header: v.headerSize,
    align: v.alignment === -1 ? null : v.alignment,
    policy: v.policy,
    order: v.order,
    coalesce: v.coalesce,
  };
  const bad = heapConfigError(config);
  if (bad) return `${FLAG[bad.field]}: ${bad.message}`;
  const percent = v.opsPAlloc;
  // OSTEP asserts percent > 0 before it reads the operations, so -P matters with -A too.
  if (percent < 1) return `-P/--percentAlloc must be at least 1 percent (got ${percent})`;
  const count = v.opsNum;
  if (trace === 'held' && count > MAX_MALLOC_OPS)
    return `-n/--numOps must be at most ${MAX_MALLOC_OPS} when the answer is held whole (got ${count}; the command line prints OSTEP's text as it is made, without this limit)`;
  const range = v.opsRange;
  if (range < 0 || range > HEAP_LIMIT) return `-r/--range must be between 0 and ${HEAP_LIMIT} (got ${range})`;
  const list = v.opsList;
  const ops = list === '' ? null : parseOps(list, trace);
  if (typeof ops === 'string') return ops;
  return { config, ops, random: { seed: v.seed, count, range, percent } };
}

/** -A's list: `+SIZE` or `-INDEX` items, each number as Python's int() reads it (spaces, underscores). */
function parseOps(list: string, trace: 'held' | 'streamed'): MallocOp[] | string {
  const items = list.split(',');
  if (trace === 'held' && items.length > MAX_MALLOC_OPS)
    return `-A/--allocList lists ${items.length} operations; at most ${MAX_MALLOC_OPS} when the answer is held whole (the command line prints OSTEP's text as it is made, without this limit)`;
  const ops: MallocOp[] = [];
  for (const [i, item] of items.entries()) {
    // OSTEP splits the item at its own sign, so a repeated sign (`++3`, `--3`) leaves nothing to read.
    const m = /^([+-])(\s*([+-]?)\d+(?:_\d+)*\s*)$/.exec(item);
    const n = m && m[3] !== m[1] ? Number((m[2] as string).trim().replaceAll('_', '')) : Number.NaN;
    if (!m || !Number.isSafeInteger(n))
      return `-A/--allocList: operation ${i} is ${JSON.stringify(item)}; each must be +SIZE or -INDEX (e.g. -A +10,+20,-0)`;
    if (m[1] === '+') {
      if (n < 0 || n > HEAP_LIMIT)
        return `-A/--allocList: operation ${i} (${item}) allocates ${n} bytes; an allocation takes between 0 and ${HEAP_LIMIT}`;
      ops.push({ kind: 'alloc', size: n });
    } else {
      if (n < 0) return `-A/--allocList: operation ${i} (${item}) frees ptr[${n}]; pointer indexes start at 0`;
      ops.push({ kind: 'free', index: n });
    }
  }
  return ops;
}
