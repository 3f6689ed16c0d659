import type { MallocAnswers } from '../answers';
import { scriptFlags, type OstepScript } from '../script';
import { workloadScript } from '../workloadScript';
import { mallocProblem, type MallocProblem } from './mallocCommand';
import { MALLOC_FLAGS, type MallocOptions } from './mallocFlags';
import { mallocPlan, type MallocPlanStep } from './mallocPlan';
import { readMallocRun } from './mallocRead';
import { mallocFlagsOf, mallocScenario } from './mallocScenario';
import { mallocText } from './mallocText';

/** malloc.py's problem: the heap and the steps malloc.py takes (which its generator draws need the heap to know). */
interface MallocTask {
  problem: MallocProblem;
  plan: MallocPlanStep[];
}

function task(v: MallocOptions): MallocTask | string {
  const problem = mallocProblem(v);
  if (typeof problem === 'string') return problem;
  const plan = mallocPlan(problem);
  return typeof plan === 'string' ? plan : { problem, plan };
}

/** The flags as given, for the scenario's description. */
function source(v: MallocOptions): string {
  const heap = `-S ${v.heapSize} -b ${v.baseAddr} -H ${v.headerSize} -a ${v.alignment} -p ${v.policy} -l ${v.order}${v.coalesce ? ' -C' : ''}`;
  const ops = v.opsList !== '' ? `-A ${v.opsList}` : `-s ${v.seed} -n ${v.opsNum} -r ${v.opsRange} -P ${v.opsPAlloc}`;
  return `${heap} ${ops}`;
}

/**
 * OSTEP's malloc.py: its flags become a scenario with a heap whose one process mallocs and frees as malloc.py
 * does; the answer, OSTEP's text and the heap pictures are read from the run's malloc and free events.
 */
export const mallocScript: OstepScript<MallocAnswers, typeof MALLOC_FLAGS> = workloadScript({
  ...scriptFlags(
    { name: 'malloc', path: 'vm-freespace/malloc.py', runsOn: "run on our simulator's heap" },
    MALLOC_FLAGS,
    { width: 22 },
  ),
  problem: task,
  scenarioOf: (t, v) => mallocScenario(t.problem.config, t.plan, source(v)),
  read(r, t, v) {
    const run = readMallocRun(r, t.problem.config, t.plan);
    return run && { answer: { steps: run.steps }, text: mallocText(v, run.steps), heap: run.heap };
  },
  flagsOf: mallocFlagsOf,
});
