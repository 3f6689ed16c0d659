import { DEFAULT_NEEDS, DEFAULT_NODE, DEFAULT_OPTIONS, DEFAULT_SEED } from '../../scenario/defaults';
import type { ProcessSpec, Scenario, ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { translatedFrom } from '../workloadScript';
import { forkActions, ROOT_NAME } from './forkActions';
import type { ForkOptions } from './forkFlags';
import { forkRun } from './forkRun';

const SCRIPT = 'cpu-api/fork.py';

/** A process's pid in the scenario: its id in the tree (a is 0) plus one, so a is pid 1. */
const pid = (id: number): number => id + 1;

/**
 * fork.py's problem as one of our scenarios, action k at tick k: a (pid 1) is a SYSTEM process, init, running
 * (FIFO) until every action is done; a fork is a process arriving with its parent, an exit a kill. The kernel
 * re-parents as Unix does (kernel/reparent.ts: an exiting process's children go to init with their subtrees), so
 * the tree it plays is fork.py's with -R only where the exiting process's parent is a, and always where no
 * exiting process has grandchildren. -L's refused exits are not played (nothing happens at their tick).
 */
export function forkScenario(v: ForkOptions): Scenario | string {
  const actions = forkActions(v);
  if (typeof actions === 'string') return actions;
  const run = forkRun(v, actions);
  const processes: ProcessSpec[] = [];
  const operations: ScheduledOperation[] = [];
  let tick = 0;
  for (const t of run.steps) {
    if ('refused' in t) return t.refused;
    tick++;
    const r = t.reason;
    if (r.kind === 'forked')
      processes.push({
        pid: pid(r.child),
        name: run.names[r.child] as string,
        type: 'USER',
        priority: 0,
        arrival: tick,
        bursts: [1],
        needs: { ...DEFAULT_NEEDS },
        parent: pid(r.parent),
      });
    else if (r.kind !== 'exit-refused-has-children') operations.push({ tick, op: 'kill', pid: pid(r.pid) });
  }
  const root: ProcessSpec = {
    pid: 1,
    name: ROOT_NAME,
    type: 'SYSTEM',
    priority: 0,
    arrival: 0,
    bursts: [tick + 1],
    needs: { ...DEFAULT_NEEDS },
  };
  const valid = validateScenario({
    format: 'bcos-scenario',
    version: 3,
    title: 'OSTEP fork.py: a process tree',
    description: translatedFrom(
      SCRIPT,
      v.actionList !== '' ? `-A ${v.actionList}` : `-s ${v.seed} -a ${v.actions} -f ${v.forkPercentage}`,
    ),
    seed: DEFAULT_SEED,
    node: { ...DEFAULT_NODE, cpus: 1, gpus: 0, connections: [] },
    scheduler: { policy: 'FIFO' },
    options: { ...DEFAULT_OPTIONS },
    processes: [root, ...processes],
    operations,
  });
  return valid.ok ? valid.scenario : valid.errors.map((e) => e.message).join('; ');
}

/** The -A list that poses a scenario's process tree again, or why it is not one fork.py makes. */
export function forkFlagsOf(s: Scenario): string[] | string {
  const byPid = new Map(s.processes.map((p) => [p.pid, p]));
  const root = byPid.get(1);
  if (root?.name !== ROOT_NAME || root.parent !== undefined || root.arrival !== 0)
    return `fork.py's tree grows from a, pid 1, arriving at 0; the scenario has ${root ? `P1 ${root.name}` : 'no P1'}`;
  const events: { tick: number; item: string }[] = [];
  for (const p of s.processes) {
    if (p.pid === 1) continue;
    const parent = p.parent === undefined ? undefined : byPid.get(p.parent);
    if (!parent) return `every process of fork.py's tree but a has a parent; P${p.pid} has none`;
    events.push({ tick: p.arrival, item: `${parent.name}+${p.name}` });
  }
  for (const op of s.operations) {
    const who = op.op === 'kill' ? byPid.get(op.pid) : undefined;
    if (!who) return `fork.py's only operations are exits (kills); the scenario has ${op.op}`;
    events.push({ tick: op.tick, item: `${who.name}-` });
  }
  events.sort((a, b) => a.tick - b.tick);
  if (events.some((e, i) => e.tick !== i + 1)) return 'fork.py takes one action a tick, from tick 1';
  return ['-A', events.map((e) => e.item).join(',')];
}
