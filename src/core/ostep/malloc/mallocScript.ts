import type { MallocAnswers, MallocStep } from '../answers';
import { scriptFlags, type OstepScript } from '../script';
import { workloadScript } from '../workloadScript';
import { mallocProblem, type MallocProblem } from './mallocCommand';
import { MALLOC_FLAGS, type MallocOptions } from './mallocFlags';
import { mallocPlan, mallocSteps, type MallocPlanStep, type MallocTaken } from './mallocPlan';
import { readMallocRun } from './mallocRead';
import { mallocFlagsOf, mallocScenario } from './mallocScenario';
import { mallocLines, mallocText } from './mallocText';

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

const workload = workloadScript({
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

/**
 * OSTEP's malloc.py: its flags become a scenario with a heap whose one process mallocs and frees as malloc.py
 * does; the answer, OSTEP's text and the heap pictures are read from the run's malloc and free events. On a
 * command line the text is streamed instead: the steps come straight from the allocator the engine runs
 * (mallocSteps), each printed before the next is taken, so -n is no limit on memory (a test holds it to the
 * text of the engine's run).
 */
export const mallocScript: OstepScript<MallocAnswers, typeof MALLOC_FLAGS> = {
  ...workload,
  stream(v) {
    const problem = mallocProblem(v, 'streamed');
    if (typeof problem === 'string') return { ok: false, error: problem };
    // -A may ask what OSTEP crashes on (freeing a failed allocation): refused before anything is printed.
    const plan = problem.ops ? mallocPlan(problem) : [];
    if (typeof plan === 'string') return { ok: false, error: plan };
    return { ok: true, lines: mallocLines(v, answerSteps(mallocSteps(problem))) };
  },
};

/** The allocator's steps as the answer's. */
function* answerSteps(steps: Iterable<MallocTaken>): Generator<MallocStep> {
  for (const s of steps) {
    if (s.kind === 'skip') {
      yield { op: 'free', ptrIndex: s.index, skipped: true };
    } else if (s.kind === 'alloc') {
      const { chunk, ptr, examined } = s.step;
      yield {
        op: 'alloc',
        ptrIndex: s.index,
        size: s.size,
        ok: chunk !== null,
        blockAddr: chunk?.addr ?? null,
        userPtr: ptr,
        searched: examined.length,
        freeList: s.freeList,
      };
    } else {
      yield { op: 'free', ptrIndex: s.index, skipped: false, result: s.step.ok ? 0 : -1, freeList: s.freeList };
    }
  }
}
