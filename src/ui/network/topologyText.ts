import type { ClusterFrame } from '../../protocol';

const STATUS_WORDS = { up: 'up', down: 'crashed', paused: 'paused' } as const;

/** One node in words, for the picker, the node list and the screen reader's description of the picture. */
export function nodeText(cluster: ClusterFrame, i: number): string {
  const n = cluster.nodes[i];
  if (!n) return '';
  const partitioned = cluster.nodes.some((m) => m.side !== 0);
  const side = !partitioned ? '' : n.side < 0 ? ', a bridge' : `, side ${n.side + 1}`;
  const live = `${n.processes.length} process${n.processes.length === 1 ? '' : 'es'} running`;
  const clock = n.skew === 0 ? '' : `, clock ${Math.abs(n.skew)} ticks ${n.skew > 0 ? 'ahead' : 'behind'}`;
  return `${n.id}: ${STATUS_WORDS[n.status]}${side}, ${live}${clock}${n.held > 0 ? `, ${n.held} messages held` : ''}`;
}

/** The whole picture in a sentence: the text alternative of the canvas. */
export function topologySummary(cluster: ClusterFrame): string {
  const down = cluster.nodes.filter((n) => n.status === 'down').map((n) => n.id);
  const paused = cluster.nodes.filter((n) => n.status === 'paused').map((n) => n.id);
  const sides = new Set(cluster.nodes.map((n) => n.side).filter((s) => s >= 0)).size;
  const pairs = new Set(cluster.links.map((l) => Math.min(l.from, l.to) * 1000 + Math.max(l.from, l.to))).size;
  const parts = [
    `${cluster.nodes.length} nodes, ${pairs} links`,
    `${cluster.flightsTotal} message${cluster.flightsTotal === 1 ? '' : 's'} in flight`,
    `${cluster.sent} sent, ${cluster.delivered} delivered, ${cluster.lost} lost so far`,
  ];
  if (down.length > 0) parts.push(`crashed: ${down.join(', ')}`);
  if (paused.length > 0) parts.push(`paused: ${paused.join(', ')}`);
  if (sides > 1) parts.push(`partitioned into ${sides} sides`);
  parts.push(`showing ${cluster.nodes[cluster.shown]?.id ?? ''}`);
  return `${parts.join('; ')}.`;
}

/**
 * Whether two frames show the nodes alike (status, side, processes, clock skew, held messages, the shown one): lists
 * redraw only then.
 */
export function sameNodes(a: ClusterFrame, b: ClusterFrame): boolean {
  if (a.shown !== b.shown || a.nodes.length !== b.nodes.length || a.links.length !== b.links.length) return false;
  return a.nodes.every((n, i) => {
    const m = b.nodes[i];
    return (
      m !== undefined &&
      n.id === m.id &&
      n.status === m.status &&
      n.side === m.side &&
      n.processes.length === m.processes.length &&
      n.skew === m.skew &&
      n.held === m.held &&
      n.processes.every((p, k) => p.pid === m.processes[k]?.pid)
    );
  });
}
