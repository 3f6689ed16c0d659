import type { Pcb } from '../process/pcb';
import { ownPcb, pcbOf } from './procs';
import type { SimState } from './state';

/**
 * init, who adopts orphans: the parentless SYSTEM process of lowest pid that has arrived and not ended (Unix's
 * init is such a system process at the root of the tree). Without one, orphans become roots of their own trees,
 * as listed processes without a parent are: the kernel makes up no process, so runs and their traces stay the
 * scenario's own.
 */
export function initOf(st: SimState): Pcb | undefined {
  let init: Pcb | undefined;
  for (const p of st.procs)
    if (
      p.type === 'SYSTEM' &&
      p.parent === null &&
      p.state !== 'TERMINATED' &&
      p.arrival <= st.now &&
      (!init || p.pid < init.pid)
    )
      init = p;
  return init;
}

/** Counts each parent's children as the run starts. */
export function countChildren(procs: readonly Pcb[], index: ReadonlyMap<number, number>): void {
  for (const p of procs) {
    const at = p.parent === null ? undefined : index.get(p.parent);
    if (at !== undefined) (procs[at] as Pcb).children++;
  }
}

/** `orphans` (not ended) go to init, or become roots; one event says so. */
function adopt(st: SimState, from: number, orphans: Pcb[]): void {
  const init = initOf(st);
  // An orphan, or init itself (waiting for memory), may not have arrived: its PCB may be a checkpoint's.
  for (const o of orphans) ownPcb(st, o).parent = init?.pid ?? null;
  if (init) ownPcb(st, init).children += orphans.length;
  st.events.push({
    tick: st.now,
    kind: 'reparent',
    pid: from,
    orphans: orphans.map((o) => o.pid),
    to: init?.pid ?? null,
  });
}

/**
 * A process made by a create operation joins the tree: it counts as its parent's child, or, its parent having
 * ended already, goes to init at once; the listed processes that name it as their parent count as its children.
 */
export function joinTree(st: SimState, p: Pcb): void {
  for (const q of st.procs) if (q.parent === p.pid && q.state !== 'TERMINATED') p.children++;
  if (p.parent === null) return;
  const parent = pcbOf(st, p.parent);
  if (parent && parent.state !== 'TERMINATED') ownPcb(st, parent).children++;
  else if (parent) adopt(st, parent.pid, [p]);
}

/** `p` ended: its parent has one child fewer, and its own children (in pid order) go to init. */
export function orphansOf(st: SimState, p: Pcb): void {
  const parent = p.parent === null ? undefined : pcbOf(st, p.parent);
  if (parent) ownPcb(st, parent).children--;
  if (p.children === 0) return;
  const orphans = st.procs.filter((q) => q.parent === p.pid && q.state !== 'TERMINATED').sort((a, b) => a.pid - b.pid);
  p.children = 0;
  adopt(st, p.pid, orphans);
}
