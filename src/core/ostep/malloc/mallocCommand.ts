import { heapConfigError, HEAP_LIMIT } from '../../heap/config';
import { FIT_POLICIES, type HeapConfig } from '../../heap/types';
import type { OptSpec, OptValues } from '../optparse';

/** OSTEP vm-freespace/malloc.py's options (same names, defaults and types). */
export const MALLOC_SPECS: readonly OptSpec[] = [
  { short: '-s', long: '--seed', dest: 'seed', type: 'int' },
  { short: '-S', long: '--size', dest: 'heapSize', type: 'int' },
  { short: '-b', long: '--baseAddr', dest: 'baseAddr', type: 'int' },
  { short: '-H', long: '--headerSize', dest: 'headerSize', type: 'int' },
  { short: '-a', long: '--alignment', dest: 'alignment', type: 'int' },
  { short: '-p', long: '--policy', dest: 'policy', type: 'string' },
  { short: '-l', long: '--listOrder', dest: 'order', type: 'string' },
  { short: '-C', long: '--coalesce', dest: 'coalesce', type: 'flag' },
  { short: '-n', long: '--numOps', dest: 'opsNum', type: 'int' },
  { short: '-r', long: '--range', dest: 'opsRange', type: 'int' },
  { short: '-P', long: '--percentAlloc', dest: 'opsPAlloc', type: 'int' },
  { short: '-A', long: '--allocList', dest: 'opsList', type: 'string' },
  { short: '-c', long: '--compute', dest: 'solve', type: 'flag' },
  { short: '-h', long: '--help', dest: 'help', type: 'flag' },
];
export const MALLOC_DEFAULTS: OptValues = {
  seed: 0,
  heapSize: 100,
  baseAddr: 1000,
  headerSize: 0,
  alignment: -1,
  policy: 'BEST',
  order: 'ADDRSORT',
  coalesce: false,
  opsNum: 10,
  opsRange: 10,
  opsPAlloc: 50,
  opsList: '',
  solve: false,
  help: false,
};

/** Operations one command may run (each is a step with a heap picture): bounds its time and memory. */
export const MAX_MALLOC_OPS = 1000;

/** OSTEP's three fits, and ours: NEXT fit (first fit from where the last search stopped), which malloc.py lacks. */
const POLICIES = FIT_POLICIES;
const ORDERS = ['ADDRSORT', 'SIZESORT+', 'SIZESORT-', 'INSERT-FRONT', 'INSERT-BACK'] as const;
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

/** malloc.py's options -> the problem, or one message naming the flag and its limit (where OSTEP crashes). */
export function mallocProblem(v: OptValues): MallocProblem | string {
  const policy = v.policy as string;
  const order = v.order as string;
  if (!(POLICIES as readonly string[]).includes(policy))
    return `-p/--policy must be BEST, WORST or FIRST, or NEXT (next fit; ours, not in OSTEP's malloc.py) (got ${JSON.stringify(policy)})`;
  if (!(ORDERS as readonly string[]).includes(order))
    return `-l/--listOrder must be one of ${ORDERS.join(', ')} (got ${JSON.stringify(order)})`;
  const alignment = v.alignment as number;
  const config: HeapConfig = {
    base: v.baseAddr as number,
    size: v.heapSize as number,
    header: v.headerSize as number,
    align: alignment === -1 ? null : alignment,
    policy: policy as HeapConfig['policy'],
    order: order as HeapConfig['order'],
    coalesce: v.coalesce === true,
  };
  const bad = heapConfigError(config);
  if (bad) return `${FLAG[bad.field]}: ${bad.message}`;
  const percent = v.opsPAlloc as number;
  // OSTEP asserts percent > 0 before it reads the operations, so -P matters with -A too.
  if (percent < 1) return `-P/--percentAlloc must be at least 1 percent (got ${percent})`;
  const count = v.opsNum as number;
  if (count > MAX_MALLOC_OPS) return `-n/--numOps must be at most ${MAX_MALLOC_OPS} (got ${count})`;
  const range = v.opsRange as number;
  if (range < 0 || range > HEAP_LIMIT) return `-r/--range must be between 0 and ${HEAP_LIMIT} (got ${range})`;
  const list = v.opsList as string;
  const ops = list === '' ? null : parseOps(list);
  if (typeof ops === 'string') return ops;
  return { config, ops, random: { seed: v.seed as number, count, range, percent } };
}

/** -A's list: `+SIZE` or `-INDEX` items, each number as Python's int() reads it (spaces, underscores). */
function parseOps(list: string): MallocOp[] | string {
  const items = list.split(',');
  if (items.length > MAX_MALLOC_OPS)
    return `-A/--allocList lists ${items.length} operations; at most ${MAX_MALLOC_OPS}`;
  const ops: MallocOp[] = [];
  for (const [i, item] of items.entries()) {
    // OSTEP splits the item at its own sign, so a repeated sign (`++3`, `--3`) leaves nothing to read.
    const m = /^([+-])(\s*([+-]?)\d+(?:_\d+)*\s*)$/.exec(item);
    const n = m && m[3] !== m[1] ? Number((m[2] as string).trim().replaceAll('_', '')) : Number.NaN;
    if (!m || !Number.isSafeInteger(n))
      return `-A/--allocList: operation ${i} is ${JSON.stringify(item)}; each must be +SIZE or -INDEX (e.g. -A +10,+20,-0)`;
    if (m[1] === '+') {
      if (n < 1 || n > HEAP_LIMIT)
        return `-A/--allocList: operation ${i} (${item}) allocates ${n} bytes; an allocation takes between 1 and ${HEAP_LIMIT} (zero-size allocations are undefined in OSTEP)`;
      ops.push({ kind: 'alloc', size: n });
    } else {
      if (n < 0) return `-A/--allocList: operation ${i} (${item}) frees ptr[${n}]; pointer indexes start at 0`;
      ops.push({ kind: 'free', index: n });
    }
  }
  return ops;
}
