import { memo, type KeyboardEvent, type ReactNode } from 'react';
import type { ClusterFrame } from '../../protocol';
import { FaultMenu } from './FaultMenu';
import { flightsOnLinks, flightText, linkActions, messageActions, nodeActions, type MenuAction } from './faultActions';
import { nodeText, sameNodes } from './topologyText';

/** What a fault menu is open for: a node, a link by its two nodes, or a message on its way by its number. */
export type FaultTarget = { node: number } | { link: [number, number] } | { message: number };

export interface OpenMenu {
  target: FaultTarget;
  /** at the pointer (a right-click on the picture), or null beside the list entry that opened it */
  at: { x: number; y: number } | null;
}

export function sameTarget(a: FaultTarget, b: FaultTarget): boolean {
  if ('node' in a) return 'node' in b && a.node === b.node;
  if ('message' in a) return 'message' in b && a.message === b.message;
  return 'link' in b && a.link[0] === b.link[0] && a.link[1] === b.link[1];
}

export function targetLabel(cluster: ClusterFrame, t: FaultTarget): string {
  if ('node' in t) return `Faults for ${cluster.nodes[t.node]?.id ?? ''}`;
  if ('message' in t) return `Faults for message #${t.message}`;
  return `Faults for the link ${cluster.nodes[t.link[0]]?.id ?? ''}–${cluster.nodes[t.link[1]]?.id ?? ''}`;
}

export function targetActions(cluster: ClusterFrame, t: FaultTarget): MenuAction[] {
  if ('node' in t) return nodeActions(cluster, t.node);
  if ('message' in t) return messageActions(cluster, t.message);
  return linkActions(cluster, t.link[0], t.link[1]);
}

interface Props {
  cluster: ClusterFrame;
  menu: OpenMenu | null;
  open(menu: OpenMenu | null): void;
  apply(action: MenuAction): void;
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
    const entry = (target: FaultTarget, text: string, extra?: ReactNode) => (
      <FaultEntry key={text} cluster={cluster} target={target} text={text} menu={menu} open={open} apply={apply}>
        {extra}
      </FaultEntry>
    );
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

interface EntryProps extends Omit<Props, 'choose'> {
  target: FaultTarget;
  text: string;
  children?: ReactNode;
}

/** One entry of a list: a button that opens its fault menu below it, and what else the entry offers. */
function FaultEntry({ cluster, target, text, menu, open, apply, children }: EntryProps) {
  const expanded = menu !== null && menu.at === null && sameTarget(menu.target, target);
  const actions = expanded ? targetActions(cluster, target) : [];
  return (
    <li>
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
      {children}
      {actions.length > 0 && (
        <FaultMenu
          label={targetLabel(cluster, target)}
          actions={actions}
          at={null}
          choose={apply}
          close={() => open(null)}
        />
      )}
    </li>
  );
}

/** The most messages in flight the keyboard list names (the earliest to arrive); the rest are counted. */
export const LISTED_FLIGHTS = 30;

/**
 * The messages on their way, earliest arrival first, each with its fault menu (drop, duplicate, delay), for the
 * keyboard and the screen reader: the picture's dots in words. Given the readable frame's cluster, it changes a few
 * times a second while the run plays at speed (a new list for every frame cost the browser most of a display frame).
 */
export const FlightFaultList = memo(function FlightFaultList({ cluster, menu, open, apply }: Omit<Props, 'choose'>) {
  const flights = flightsOnLinks(cluster);
  const listed = flights.slice(0, LISTED_FLIGHTS);
  return (
    <div className="node-fault-list">
      <h3 id="network-flights-heading">Messages in flight</h3>
      {flights.length === 0 ? (
        <p>No message is on a link now.</p>
      ) : (
        <ul aria-labelledby="network-flights-heading">
          {listed.map((f) => (
            <FaultEntry
              key={f.id}
              cluster={cluster}
              target={{ message: f.id }}
              text={`${flightText(cluster, f)}, arrives at tick ${f.arrivesAt}`}
              menu={menu}
              open={open}
              apply={apply}
            />
          ))}
        </ul>
      )}
      {flights.length > listed.length && <p>and {flights.length - listed.length} more on their way.</p>}
    </div>
  );
});
