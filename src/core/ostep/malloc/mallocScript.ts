import type { MallocAnswers } from '../answers';
import type { OstepScript } from '../script';
import type { OptValues } from '../optparse';
import { workloadScript } from '../workloadScript';
import { MALLOC_DEFAULTS, MALLOC_SPECS, MAX_MALLOC_OPS, mallocProblem, type MallocProblem } from './mallocCommand';
import { mallocPlan, type MallocPlanStep } from './mallocPlan';
import { readMallocRun } from './mallocRead';
import { mallocFlagsOf, mallocScenario } from './mallocScenario';
import { mallocText } from './mallocText';

const USAGE = `Usage: sim ostep malloc [options]      (OSTEP vm-freespace/malloc.py, run on our simulator's heap)
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

/** malloc.py's problem: the heap and the steps malloc.py takes (which its generator draws need the heap to know). */
interface MallocTask {
  problem: MallocProblem;
  plan: MallocPlanStep[];
}

function task(v: OptValues): MallocTask | string {
  const problem = mallocProblem(v);
  if (typeof problem === 'string') return problem;
  const plan = mallocPlan(problem);
  return typeof plan === 'string' ? plan : { problem, plan };
}

/** The flags as given, for the scenario's description. */
function source(v: OptValues): string {
  const heap = `-S ${v.heapSize as number} -b ${v.baseAddr as number} -H ${v.headerSize as number} -a ${v.alignment as number} -p ${v.policy as string} -l ${v.order as string}${v.coalesce ? ' -C' : ''}`;
  const ops =
    v.opsList !== ''
      ? `-A ${v.opsList as string}`
      : `-s ${v.seed as number} -n ${v.opsNum as number} -r ${v.opsRange as number} -P ${v.opsPAlloc as number}`;
  return `${heap} ${ops}`;
}

/**
 * OSTEP's malloc.py: its flags become a scenario with a heap whose one process mallocs and frees as malloc.py
 * does; the answer, OSTEP's text and the heap pictures are read from the run's malloc and free events.
 */
export const mallocScript: OstepScript<MallocAnswers> = workloadScript({
  name: 'malloc',
  path: 'vm-freespace/malloc.py',
  usage: USAGE,
  specs: MALLOC_SPECS,
  defaults: MALLOC_DEFAULTS,
  problem: task,
  scenarioOf: (t, v) => mallocScenario(t.problem.config, t.plan, source(v)),
  read(r, t, v) {
    const run = readMallocRun(r, t.problem.config, t.plan);
    return run && { answer: { steps: run.steps }, text: mallocText(v, run.steps), heap: run.heap };
  },
  flagsOf: mallocFlagsOf,
});
