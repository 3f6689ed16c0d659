import type { HeapConfig } from '../../heap/types';
import { DEFAULT_NEEDS, DEFAULT_NODE, DEFAULT_OPTIONS } from '../../scenario/defaults';
import type { Scenario, ScheduledOperation } from '../../scenario/types';
import type { MallocOp } from './mallocCommand';
import { MAX_MALLOC_OPS } from './mallocFlags';
import { mallocPlan, type MallocPlanStep } from './mallocPlan';

/** The one process whose heap malloc.py's steps run on. */
const PID = 0;

/**
 * malloc.py's steps as one of our scenarios: the heap section from -S -b -H -a -p -l -C, and one USER process P0
 * arriving at 0 that does step i at tick i (its one CPU burst outlives the last step). OSTEP's skipped frees
 * are not operations (nothing happens); ptr[k] is the k-th malloc, a failed one included.
 */
export function mallocScenario(config: HeapConfig, plan: readonly MallocPlanStep[], source: string): Scenario {
  const operations = plan.flatMap((s): ScheduledOperation[] => {
    if (s.kind === 'alloc') return [{ tick: 0, op: 'malloc', pid: PID, bytes: s.size }];
    return s.kind === 'free' ? [{ tick: 0, op: 'free', pid: PID, allocation: s.index }] : [];
  });
  return {
    format: 'bcos-scenario',
    version: 3,
    title: 'OSTEP malloc.py',
    description: `Translated from OSTEP vm-freespace/malloc.py (${source}).`,
    seed: 1,
    node: { ...DEFAULT_NODE, cpus: 1, gpus: 0, connections: [] },
    scheduler: { policy: 'FIFO' },
    options: { ...DEFAULT_OPTIONS },
    processes: [
      {
        pid: PID,
        name: 'P0',
        type: 'USER',
        priority: 0,
        arrival: 0,
        bursts: [operations.length + 1],
        needs: { ...DEFAULT_NEEDS },
      },
    ],
    operations: operations.map((op, tick) => ({ ...op, tick })),
    heap: { ...config },
  };
}

/**
 * The malloc.py flags that pose this scenario's problem (-A lists its operations), or why there are none: a heap
 * and only malloc/free operations by its one process, alive at each, at ticks in list order; and no free that
 * malloc.py -A would treat otherwise (it skips a free by its count of successful allocations, and crashes on
 * freeing a failed one).
 */
export function mallocFlagsOf(s: Scenario): string[] | string {
  const heap = s.heap;
  if (!heap) return 'malloc.py runs a heap; the scenario has no heap section';
  if (s.memory) return 'malloc.py has no memory management; the scenario turns it on';
  const [p, ...others] = s.processes;
  if (!p || others.length > 0) return `malloc.py runs one program; the scenario has ${s.processes.length} processes`;
  if (s.operations.length > MAX_MALLOC_OPS)
    return `malloc.py -A takes at most ${MAX_MALLOC_OPS} operations here; the scenario has ${s.operations.length}`;
  const ops: MallocOp[] = [];
  for (const [i, op] of s.operations.entries()) {
    if (op.op !== 'malloc' && op.op !== 'free')
      return `malloc.py only allocates and frees; operations[${i}] is ${op.op}`;
    if (op.pid !== p.pid) return `malloc.py runs one program; operations[${i}] is by P${op.pid}, not P${p.pid}`;
    if (i > 0 && op.tick < (s.operations[i - 1] as ScheduledOperation).tick)
      return `malloc.py takes its steps in list order; operations[${i}] comes before operations[${i - 1}] in time`;
    ops.push(op.op === 'malloc' ? { kind: 'alloc', size: op.bytes } : { kind: 'free', index: op.allocation });
  }
  const first = s.operations[0]?.tick ?? p.arrival;
  const last = s.operations.at(-1)?.tick ?? p.arrival;
  // Alone on the node, the process lives at least as long as its bursts take.
  const life = p.bursts.reduce((a, b) => a + b, 0);
  if (first < p.arrival || last >= p.arrival + life)
    return `malloc.py's program runs every step; P${p.pid} is not alive at every operation (it lives from tick ${p.arrival} for at least ${life} ticks)`;
  const plan = mallocPlan({ config: heap, ops, random: { seed: 0, count: 0, range: 0, percent: 100 } });
  if (typeof plan === 'string') return `malloc.py cannot run these operations: ${plan}`;
  const skip = plan.findIndex((step) => step.kind === 'skip');
  if (skip >= 0) {
    const { index, successes } = plan[skip] as { index: number; successes: number };
    return `operations[${skip}] frees allocation ${index}, which malloc.py -A would skip: it frees only indexes below the number of successful allocations so far (${successes})`;
  }
  const flags = [
    '-S',
    String(heap.size),
    '-b',
    String(heap.base),
    '-H',
    String(heap.header),
    '-a',
    String(heap.align ?? -1),
    '-p',
    heap.policy,
    '-l',
    heap.order,
  ];
  if (heap.coalesce) flags.push('-C');
  const list = ops.map((op) => (op.kind === 'alloc' ? `+${op.size}` : `-${op.index}`)).join(',');
  return list === '' ? [...flags, '-n', '0'] : [...flags, '-A', list];
}
