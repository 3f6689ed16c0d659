import { memo, type KeyboardEvent, type ReactNode } from 'react';
import type { ClusterFrame } from '../../protocol';
import { FaultMenu } from './FaultMenu';
import { linkActions, nodeActions, type FaultAction } from './faultActions';
import { nodeText, sameNodes } from './topologyText';

/** What a fault menu is open for: a node, or a link by its two nodes. */
export type FaultTarget = { node: number } | { link: [number, number] };

export interface OpenMenu {
  target: FaultTarget;
  /** at the pointer (a right-click on the picture), or null beside the list entry that opened it */
  at: { x: number; y: number } | null;
}

export function sameTarget(a: FaultTarget, b: FaultTarget): boolean {
  if ('node' in a) return 'node' in b && a.node === b.node;
  return 'link' in b && a.link[0] === b.link[0] && a.link[1] === b.link[1];
}

export function targetLabel(cluster: ClusterFrame, t: FaultTarget): string {
  if ('node' in t) return `Faults for ${cluster.nodes[t.node]?.id ?? ''}`;
  return `Faults for the link ${cluster.nodes[t.link[0]]?.id ?? ''}–${cluster.nodes[t.link[1]]?.id ?? ''}`;
}

export function targetActions(cluster: ClusterFrame, t: FaultTarget): FaultAction[] {
  return 'node' in t ? nodeActions(cluster, t.node) : linkActions(cluster, t.link[0], t.link[1]);
}

interface Props {
  cluster: ClusterFrame;
  menu: OpenMenu | null;
  open(menu: OpenMenu | null): void;
  apply(action: FaultAction): void;
  choose(node: number): void;
}

/** Enter and Space open a menu as a button does; the context-menu key (and Shift+F10) too, as on the picture. */
function opensMenu(e: KeyboardEvent): boolean {
  return e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10');
}

/**
 * Every node and link with its fault menu, reachable by keyboard: each entry is a button that opens its menu
 * (Enter, Space, or the context-menu key), and each node has a button that shows it in the other views. Drawn
 * again only when a node or the open menu changes, not with every frame of a playing run.
 */
export const NodeFaultList = memo(
  function NodeFaultList({ cluster, menu, open, apply, choose }: Props) {
    const pairs = [
      ...new Map(
        cluster.links.map((l) => [Math.min(l.from, l.to) * 1000 + Math.max(l.from, l.to), l] as const),
      ).values(),
    ].map((l) => [Math.min(l.from, l.to), Math.max(l.from, l.to)] as [number, number]);
    const entry = (target: FaultTarget, text: string, extra?: ReactNode) => {
      const expanded = menu !== null && menu.at === null && sameTarget(menu.target, target);
      return (
        <li key={text}>
          <button
            type="button"
            aria-haspopup="menu"
            aria-expanded={expanded}
            onClick={() => open(expanded ? null : { target, at: null })}
            onKeyDown={(e) => {
              if (!opensMenu(e)) return;
              e.preventDefault();
              open({ target, at: null });
            }}
          >
            {text}
          </button>
          {extra}
          {expanded && (
            <FaultMenu
              label={targetLabel(cluster, target)}
              actions={targetActions(cluster, target)}
              at={null}
              choose={apply}
              close={() => open(null)}
            />
          )}
        </li>
      );
    };
    return (
      <div className="node-fault-list">
        <h3 id="network-nodes-heading">Nodes</h3>
        <ul aria-labelledby="network-nodes-heading">
          {cluster.nodes.map((n, i) =>
            entry(
              { node: i },
              nodeText(cluster, i),
              <button type="button" disabled={i === cluster.shown} onClick={() => choose(i)}>
                {i === cluster.shown ? `Showing ${n.id}` : `Show ${n.id}`}
              </button>,
            ),
          )}
        </ul>
        <h3 id="network-links-heading">Links</h3>
        <ul aria-labelledby="network-links-heading">
          {pairs.map(([a, b]) => entry({ link: [a, b] }, `Link ${cluster.nodes[a]?.id}–${cluster.nodes[b]?.id}`))}
        </ul>
      </div>
    );
  },
  (a, b) =>
    a.menu === b.menu &&
    a.open === b.open &&
    a.apply === b.apply &&
    a.choose === b.choose &&
    sameNodes(a.cluster, b.cluster),
);
