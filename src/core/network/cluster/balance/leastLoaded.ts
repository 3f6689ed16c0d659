import type { BalanceChoice, NodeLoad } from './decision';
import type { BalanceModule } from './module';

/**
 * The busiest node gives its process with the most CPU work left to the idlest, when their loads differ by at
 * least the threshold (ties: the first in cluster order). The process with the most work left gains most from a
 * free CPU and is worth its migration's cost.
 */
export const leastLoaded: BalanceModule<'leastLoaded'> = {
  name: 'leastLoaded',
  label: 'Least loaded',
  description:
    'Moves the busiest node’s longest remaining process to the idlest node when their loads differ by the threshold.',
  decide(nodes: readonly NodeLoad[], threshold: number): BalanceChoice {
    const up = nodes.filter((n) => n.up);
    if (up.length < 2) return { kind: 'tooFewNodes', up: up.length };
    let busiest = up[0] as NodeLoad;
    let idlest = up[0] as NodeLoad;
    for (const n of up) {
      if (n.load > busiest.load) busiest = n;
      if (n.load < idlest.load) idlest = n;
    }
    const loads = { fromLoad: busiest.load, toLoad: idlest.load };
    if (busiest === idlest || busiest.load - idlest.load < threshold)
      return { kind: 'balanced', busiest: busiest.id, idlest: idlest.id, ...loads };
    const best = busiest.movable.reduce<NodeLoad['movable'][number] | null>(
      (b, p) => (b === null || p.remaining > b.remaining ? p : b),
      null,
    );
    if (!best) return { kind: 'nothingMovable', from: busiest.id, to: idlest.id, ...loads };
    return { kind: 'move', from: busiest.id, to: idlest.id, pid: best.pid, name: best.name, ...loads };
  },
};
