import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deepCopy } from '../../../core/deepCopy';
import { valid } from '../../../core/testing/cluster';
import { createCluster, type ClusterState } from '../../../core/network/cluster/state';
import { advanceCluster } from '../../../core/network/cluster/step';

/**
 * Tests' cluster for the Network view's panels: the preset "Network: every analysis panel" (a ring of six with
 * gossip, 1% loss, copies and reordering, a partition and a crash that heal, signed traffic and two attacks), as it
 * stands at each of `ticks` (ascending; Infinity: its end) from one run, as the worker holds it when seeking.
 */
export function panelsClusters(ticks: readonly number[]): ClusterState[] {
  const text = readFileSync(join(__dirname, '../../../../public/scenarios/network-panels.json'), 'utf8');
  const cl = createCluster(valid(JSON.parse(text)));
  return ticks.map((tick) => {
    advanceCluster(cl, tick);
    return deepCopy(cl);
  });
}
