import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import './status.css';

const selectNode = (s: AppState) => s.scenario?.node;

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * The node the scenario runs on: its id, its processors and the peers it is connected to, in one line above the
 * stage. A long list of peers is cut at the line's end; the whole line is its tooltip and is read out in full.
 */
export function NodeIdentity() {
  const node = useApp(selectNode);
  if (!node) return null;
  const processors = `${count(node.cpus, 'CPU')}, ${count(node.gpus, 'GPU')}`;
  const peers =
    node.connections.length === 0
      ? 'No connections'
      : `${count(node.connections.length, 'connection')}: ${node.connections.join(', ')}`;
  return (
    <section className="node-identity" aria-label="Node" title={`Node ${node.id} · ${processors} · ${peers}`}>
      Node <strong className="mono">{node.id}</strong> · {processors} · {peers}
    </section>
  );
}
