import type { SimState } from '../../kernel/state';
import type { CheckFinding } from './checker';
import { crashedSince, type ClusterMigration } from './migrations';
import type { ClusterState } from './state';

/** Where a migrated process has been: each node and pid it ran as, from when (its landing tick). */
interface Incarnation {
  node: number;
  pid: number;
  from: number;
}

/** The tick the process left its source (its stop) and the tick it landed again, when it got that far. */
function stopAndLanding(m: ClusterMigration): [stop: number, landing: number] | null {
  if (!m.result || !m.landed) return null;
  const stop = m.startTick + m.result.stop.startTick;
  return [stop, stop + m.result.stop.downtimeTicks];
}

/** The ticks `pid` ran on `st`'s CPUs: [first start, last end], or null when it never ran. */
function runSpan(st: SimState, pid: number): [number, number] | null {
  let span: [number, number] | null = null;
  for (const s of st.segments) {
    if (s.kind !== 'run' || s.pid !== pid) continue;
    span = span ? [Math.min(span[0], s.start), Math.max(span[1], s.end)] : [s.start, s.end];
  }
  return span;
}

/**
 * Each migrated process runs on one node at a time (on its source up to its stop, on its new node from its
 * landing), and exists exactly once after its migration: the copy it left has ended, the one it landed as is
 * there (unless that node crashed since, which counted it as lost), and no two copies of it live at the end.
 */
export function migrationFindings(cl: ClusterState): { checked: string[]; findings: CheckFinding[] } {
  if (cl.migrations.length === 0) return { checked: [], findings: [] };
  const findings: CheckFinding[] = [];
  const lives = new Map<string, Incarnation[]>();
  for (const m of cl.migrations) {
    const list = lives.get(m.origin) ?? [{ node: m.from, pid: m.pid, from: 0 }];
    lives.set(m.origin, list);
    const ticks = stopAndLanding(m);
    if (!ticks) continue;
    const [stop, landing] = ticks;
    const [node, pid] = m.landed as [number, number];
    list.push({ node, pid, from: landing });
    const who = `${m.origin} (${m.name})`;
    const left = (cl.nodes[m.from] as SimState).procs.find((p) => p.pid === m.pid);
    if (left && left.state !== 'TERMINATED' && !crashedSince(cl, m.from, stop))
      findings.push({
        rule: 'migratedOnce',
        tick: stop,
        text: `${who} still lives on ${cl.ids[m.from]} after it left`,
      });
    const there = (cl.nodes[node] as SimState).procs.some((p) => p.pid === pid);
    if (!there && !crashedSince(cl, node, landing))
      findings.push({
        rule: 'migratedOnce',
        tick: landing,
        text: `${who} landed on ${cl.ids[node]} as P${pid} at tick ${landing} but is not there`,
      });
    const before = left ? runSpan(cl.nodes[m.from] as SimState, m.pid) : null;
    const after = there ? runSpan(cl.nodes[node] as SimState, pid) : null;
    if ((before && before[1] > stop) || (after && after[0] < landing))
      findings.push({
        rule: 'oneNodeAtATime',
        tick: stop,
        text: `${who} ran on ${cl.ids[m.from]} after its stop at tick ${stop} or on ${cl.ids[node]} before its landing at tick ${landing}`,
      });
  }
  for (const [origin, list] of lives) {
    const live = list.filter(
      ({ node, pid }) =>
        cl.status[node] !== 'down' &&
        (cl.nodes[node] as SimState).procs.some((p) => p.pid === pid && p.state !== 'TERMINATED'),
    );
    if (live.length > 1)
      findings.push({
        rule: 'migratedOnce',
        tick: cl.now,
        text: `${origin} lives on ${live.length} nodes at once: ${live.map(({ node, pid }) => `${cl.ids[node]} as P${pid}`).join(', ')}`,
      });
  }
  return {
    checked: [
      `${cl.migrations.length} migrations: each process on one node at a time, and exactly once after its migration`,
    ],
    findings,
  };
}
