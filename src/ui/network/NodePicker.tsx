import { memo } from 'react';
import type { ClusterFrame } from '../../protocol';
import { nodeText, sameNodes } from './topologyText';

interface Props {
  cluster: ClusterFrame;
  choose(node: number): void;
}

/**
 * Which node the process, memory and file-system views show: a labelled select, one option a node. Drawn again only
 * when a node changes, not with every frame of a playing run.
 */
export const NodePicker = memo(
  function NodePicker({ cluster, choose }: Props) {
    return (
      <label className="node-picker">
        Show node{' '}
        <select value={cluster.shown} onChange={(e) => choose(Number(e.target.value))}>
          {cluster.nodes.map((n, i) => (
            <option key={n.id} value={i}>
              {nodeText(cluster, i)}
            </option>
          ))}
        </select>
      </label>
    );
  },
  (a, b) => a.choose === b.choose && sameNodes(a.cluster, b.cluster),
);
