import type { ClusterFrame } from '../../protocol';
import { nodeText } from './topologyText';

interface Props {
  cluster: ClusterFrame;
  choose(node: number): void;
}

/** Which node the process, memory and file-system views show: a labelled select, one option a node. */
export function NodePicker({ cluster, choose }: Props) {
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
}
