import { gossipTheory, type ClusterState } from '../../core/index';
import type { InfectionData, InfectionSeries } from '../../protocol';

/**
 * The gossip infection curve at `tick`: for each item made by then, how many validators held it by the end of each
 * round since it was made (a round is a heartbeat period), up to the tick's round, the protocol's last round, or
 * the round every validator had it, beside push gossip's expected rounds. Reads each node's first-got tick (the
 * protocol keeps one per node and item), never the log: nodes × items × rounds. Null without the P2P protocol.
 */
export function infectionData(cl: ClusterState, tick: number): InfectionData | null {
  const pr = cl.protocol;
  if (!pr) return null;
  const validators = pr.validators.filter(Boolean).length;
  const every = pr.spec.heartbeatEvery;
  const end = pr.spec.rounds * every;
  const items: InfectionSeries[] = [];
  pr.spec.items.forEach((item, k) => {
    if (item.tick > tick) return;
    const got = pr.firstGot.flatMap((g, i) => {
      const t = g[k] as number;
      return t >= 0 && t <= tick && pr.validators[i] ? [t] : [];
    });
    const last = Math.floor((Math.min(tick, Math.max(end, item.tick)) - item.tick) / every);
    const perRound: number[] = [];
    for (let r = 0; r <= last; r++) {
      const holders = got.filter((t) => t <= item.tick + r * every).length;
      perRound.push(holders);
      if (holders === validators) break;
    }
    const all = perRound.at(-1) === validators;
    items.push({
      item: k,
      kind: item.kind,
      node: item.node,
      madeAt: item.tick,
      perRound,
      reached: got.length,
      rounds: all ? perRound.length - 1 : null,
    });
  });
  return {
    view: 'infection',
    tick,
    validators,
    fanout: pr.spec.fanout,
    roundTicks: every,
    ...gossipTheory(validators, pr.spec.fanout),
    items,
  };
}
