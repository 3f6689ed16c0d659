import type { FieldError } from './fieldErrors';
import type { ProcessSpec, ScheduledOperation } from './types';

const named = (p: ProcessSpec): boolean => p.parent !== undefined;

/**
 * The process tree a scenario describes with `parent`: each parent is a listed process or one an earlier create
 * makes, it arrives no later than its child (a create arrives at its tick), it is not the child itself, and
 * following parents never comes back (no cycle). Each refusal names the field.
 */
export function parentErrors(
  processes: readonly ProcessSpec[],
  operations: readonly ScheduledOperation[],
): FieldError[] {
  // most scenarios describe no tree: nothing to look at
  if (!processes.some(named) && !operations.some((op) => op.op === 'create' && named(op.process))) return [];
  const errors: FieldError[] = [];
  /** every process by pid: where it is listed, when it arrives, its parent, and its place (-1: listed) */
  const known = new Map<number, { path: string; arrival: number; parent?: number; place: number }>();
  processes.forEach((p, i) =>
    known.set(p.pid, { path: `processes[${i}]`, arrival: p.arrival, parent: p.parent, place: -1 }),
  );
  operations.forEach((op, i) => {
    if (op.op === 'create')
      known.set(op.process.pid, {
        path: `operations[${i}].process`,
        arrival: op.tick,
        parent: op.process.parent,
        place: i,
      });
  });
  for (const [pid, me] of known) {
    if (me.parent === undefined) continue;
    const path = `${me.path}.parent`;
    const refuse = (limit: string, message: string) => errors.push({ path, limit, message: `${path} ${message}` });
    const parent = known.get(me.parent);
    if (me.parent === pid) refuse('another process', `${pid} is the process itself: a process cannot fork itself`);
    else if (!parent || (me.place >= 0 && parent.place > me.place))
      refuse(
        'pid of a listed process or an earlier create',
        `${me.parent} names no process that can have forked it: it must be the pid of a listed process or an earlier create`,
      );
    else if (parent.arrival > me.arrival)
      refuse(
        `a process arriving at or before ${me.arrival}`,
        `${me.parent} arrives at tick ${parent.arrival}, after its child (${me.arrival}): a parent must be there first`,
      );
  }
  errors.push(...cycleErrors(known));
  return errors;
}

/**
 * Parents that lead back to where they started (possible only among processes arriving at the same tick; a
 * process naming itself is refused on its own).
 */
function cycleErrors(known: ReadonlyMap<number, { path: string; parent?: number }>): FieldError[] {
  const errors: FieldError[] = [];
  const done = new Set<number>();
  for (const start of known.keys()) {
    const trail: number[] = [];
    const onTrail = new Set<number>();
    let at: number | undefined = start;
    while (at !== undefined && !done.has(at) && !onTrail.has(at)) {
      trail.push(at);
      onTrail.add(at);
      at = known.get(at)?.parent;
    }
    const cycle = at !== undefined && !done.has(at) ? trail.slice(trail.indexOf(at)) : [];
    if (at !== undefined && cycle.length > 1) {
      const path = `${(known.get(at) as { path: string }).path}.parent`;
      errors.push({
        path,
        limit: 'no cycle of parents',
        message: `${path}: the parents go round in a cycle (${[...cycle, at].join(' → ')}): a process tree has a root`,
      });
    }
    for (const t of trail) done.add(t);
  }
  return errors;
}
