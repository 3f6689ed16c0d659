import type { MallocAnswers } from '../answers';
import type { OstepScript } from '../script';
import { MALLOC_DEFAULTS, MALLOC_SPECS, MAX_MALLOC_OPS, mallocProblem } from './mallocCommand';
import { runMalloc } from './mallocRun';
import { mallocText } from './mallocText';

const USAGE = `Usage: sim ostep malloc [options]      (OSTEP vm-freespace/malloc.py, run on our heap allocator)
  -s SEED, --seed=SEED  the random seed (default 0)
  -S HEAPSIZE, --size=HEAPSIZE  size of the heap (default 100)
  -b BASEADDR, --baseAddr=BASEADDR  base address of heap (default 1000)
  -H HEADERSIZE, --headerSize=HEADERSIZE  size of the header (default 0)
  -a ALIGNMENT, --alignment=ALIGNMENT  align allocated units to size; -1->no align (default -1)
  -p POLICY, --policy=POLICY  list search (BEST, WORST, FIRST; NEXT is ours) (default BEST)
  -l ORDER, --listOrder=ORDER  list order (ADDRSORT, SIZESORT+, SIZESORT-, INSERT-FRONT, INSERT-BACK) (default ADDRSORT)
  -C, --coalesce        coalesce the free list?
  -n OPSNUM, --numOps=OPSNUM  number of random ops to generate (default 10, at most ${MAX_MALLOC_OPS} here)
  -r OPSRANGE, --range=OPSRANGE  max alloc size (default 10)
  -P OPSPALLOC, --percentAlloc=OPSPALLOC  percent of ops that are allocs (default 50)
  -A OPSLIST, --allocList=OPSLIST  instead of random, list of ops (+10,-0,etc)
  -c, --compute         compute answers for me`;

/** OSTEP's malloc.py: its flags become a configuration of our heap allocator; the answers are its step records. */
export const mallocScript: OstepScript<MallocAnswers> = {
  name: 'malloc',
  path: 'vm-freespace/malloc.py',
  usage: USAGE,
  specs: MALLOC_SPECS,
  defaults: MALLOC_DEFAULTS,
  solve(v) {
    const p = mallocProblem(v);
    if (typeof p === 'string') return { ok: false, error: p };
    const run = runMalloc(p);
    if (typeof run === 'string') return { ok: false, error: run };
    return { ok: true, answer: { steps: run.steps }, text: mallocText(v, run.steps), heap: run.heap };
  },
};
