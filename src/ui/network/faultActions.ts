import type { NetFault } from '../../core/index';
import type { ClusterFrame } from '../../protocol';

/** A fault a person may apply now, with the words on its menu item. */
export interface FaultAction {
  label: string;
  fault: NetFault;
}

/** Ticks a "delay" from the menu holds the next message back. */
export const MENU_DELAY_TICKS = 20;

/**
 * What can befall node `i` now, by its state: a crashed node only restarts; a paused one resumes or crashes; an
 * up one crashes, pauses, or is cut off from the others. Heal is offered while the network is partitioned.
 */
export function nodeActions(cluster: ClusterFrame, i: number): FaultAction[] {
  const n = cluster.nodes[i];
  if (!n) return [];
  const node = n.id;
  const others = cluster.nodes.filter((_, j) => j !== i).map((m) => m.id);
  const actions: FaultAction[] = [];
  if (n.status === 'down') actions.push({ label: `Restart ${node}`, fault: { kind: 'restart', node } });
  else {
    actions.push({ label: `Crash ${node}`, fault: { kind: 'crash', node } });
    actions.push(
      n.status === 'paused'
        ? { label: `Resume ${node}`, fault: { kind: 'resume', node } }
        : { label: `Pause ${node}`, fault: { kind: 'pause', node } },
    );
    if (others.length > 0)
      actions.push({
        label: `Partition ${node} from the others`,
        fault: { kind: 'partition', groups: [[node], others] },
      });
  }
  if (cluster.nodes.some((m) => m.side !== 0)) actions.push({ label: 'Heal the partition', fault: { kind: 'heal' } });
  return actions;
}

/** What can befall the link between nodes a and b: its next message in either direction dropped, doubled or held. */
export function linkActions(cluster: ClusterFrame, a: number, b: number): FaultAction[] {
  const [x, y] = [cluster.nodes[a]?.id, cluster.nodes[b]?.id];
  if (x === undefined || y === undefined) return [];
  return [
    [x, y],
    [y, x],
  ].flatMap(([from, to]) => {
    const [f, t] = [from as string, to as string];
    return [
      { label: `Drop the next message ${f}→${t}`, fault: { kind: 'drop', from: f, to: t } },
      { label: `Duplicate the next message ${f}→${t}`, fault: { kind: 'duplicate', from: f, to: t } },
      {
        label: `Delay the next message ${f}→${t} by ${MENU_DELAY_TICKS} ticks`,
        fault: { kind: 'delay', from: f, to: t, ticks: MENU_DELAY_TICKS },
      },
    ] satisfies FaultAction[];
  });
}
