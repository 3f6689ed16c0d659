import type { NetFault } from '../../core/index';
import { unpackFlights, type ClusterFrame, type FlightView } from '../../protocol';

/** A fault a person may apply now, with the words on its menu item; `group` heads the items that share it. */
export interface FaultAction {
  label: string;
  fault: NetFault;
  group?: string;
}

/** A menu item that asks more before it acts: the migration dialog for a process of node `from` (a place). */
export interface MigrateAction {
  label: string;
  migrateFrom: number;
  group?: string;
}

export type MenuAction = FaultAction | MigrateAction;

/** Ticks a "delay" from the menu holds the next message back. */
export const MENU_DELAY_TICKS = 20;

/** The clock skews a node's menu offers, in ticks (negative: behind): about one and four heartbeats of the presets. */
export const MENU_SKEWS = [50, -50, 200, -200] as const;

const ahead = (ticks: number) => `${Math.abs(ticks)} ticks ${ticks > 0 ? 'ahead' : 'behind'}`;

/** What a malicious node can do, in plain words: each doctors or invents a message to a node it has written to. */
function attackActions(node: string): FaultAction[] {
  const group = `Turn ${node} malicious`;
  return [
    {
      label: `${node} replays its last message to its receiver, as it was`,
      fault: { kind: 'attack', node, attack: 'replay' },
    },
    {
      label: `${node} tampers with its last message: sends it again with a byte of its body changed`,
      fault: { kind: 'attack', node, attack: 'tamper' },
    },
    {
      label: `${node} impersonates another node to its last receiver, signing with its own key`,
      fault: { kind: 'attack', node, attack: 'impersonate' },
    },
    {
      label: `${node} forges a message from another node to its last receiver, with a made-up signature`,
      fault: { kind: 'attack', node, attack: 'forge' },
    },
  ].map((a) => ({ ...a, group }) as FaultAction);
}

/** The node's clock set ahead or behind by the menu's amounts, and set right again when it is off. */
function skewActions(node: string, skew: number): FaultAction[] {
  const group = `${node}'s clock`;
  const set = MENU_SKEWS.filter((t) => t !== skew).map((ticks): FaultAction => ({
    label: `Set ${node}'s clock ${ahead(ticks)}`,
    fault: { kind: 'skew', node, ticks },
    group,
  }));
  if (skew === 0) return set;
  return [
    { label: `Set ${node}'s clock right (now ${ahead(skew)})`, fault: { kind: 'skew', node, ticks: 0 }, group },
    ...set,
  ];
}

/**
 * What can befall node `i` now, by its state: a crashed node only restarts; a paused one resumes or crashes; an
 * up one crashes, pauses, or is cut off from the others. A node that is not down is also cut off, or made a bridge
 * between the others split in two halves (a partial partition); its clock set ahead or behind; turned malicious;
 * and, when it runs processes and another node is up, one of them migrated (a dialog asks which, where and how).
 * Heal is offered while the network is partitioned.
 */
export function nodeActions(cluster: ClusterFrame, i: number): MenuAction[] {
  const n = cluster.nodes[i];
  if (!n) return [];
  const node = n.id;
  const others = cluster.nodes.filter((_, j) => j !== i).map((m) => m.id);
  const actions: MenuAction[] = [];
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
    if (others.length >= 2) {
      const half = Math.ceil(others.length / 2);
      const [left, right] = [others.slice(0, half), others.slice(half)];
      actions.push({
        label: `Split the others in two (${left.join(', ')} | ${right.join(', ')}), ${node} bridging them`,
        fault: { kind: 'partition', groups: [left, right], bridge: [node] },
      });
    }
  }
  if (cluster.nodes.some((m) => m.side !== 0)) actions.push({ label: 'Heal the partition', fault: { kind: 'heal' } });
  if (n.status === 'down') return actions;
  actions.push(...skewActions(node, n.skew), ...attackActions(node));
  const targets = cluster.nodes.some((m, j) => j !== i && m.status === 'up');
  if (n.status === 'up' && n.processes.length > 0 && targets)
    actions.push({ label: `Migrate a process from ${node}…`, migrateFrom: i });
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

/** The messages in the frame that are on a link (not one to its own node or held at a paused one). */
export function flightsOnLinks(cluster: ClusterFrame): FlightView[] {
  return unpackFlights(cluster.flights).filter((f) => f.link >= 0);
}

/** A message on its way in words: its number, what it is, its link. */
export function flightText(cluster: ClusterFrame, f: FlightView): string {
  return `message #${f.id} (${f.kind}, ${cluster.nodes[f.from]?.id}→${cluster.nodes[f.to]?.id})`;
}

/** What can befall message `id` while it is on a link: dropped, doubled, or held; nothing once it is off the wire. */
export function messageActions(cluster: ClusterFrame, id: number): FaultAction[] {
  const f = flightsOnLinks(cluster).find((m) => m.id === id);
  const [from, to] = [cluster.nodes[f?.from ?? -1]?.id, cluster.nodes[f?.to ?? -1]?.id];
  if (!f || from === undefined || to === undefined) return [];
  const text = flightText(cluster, f);
  const on = { from, to, message: id };
  return [
    { label: `Drop ${text}`, fault: { kind: 'drop', ...on } },
    { label: `Duplicate ${text}`, fault: { kind: 'duplicate', ...on } },
    { label: `Delay ${text} by ${MENU_DELAY_TICKS} ticks`, fault: { kind: 'delay', ...on, ticks: MENU_DELAY_TICKS } },
  ];
}
