import type { CheckFinding } from '../cluster/checker';
import type { ClusterState } from '../cluster/state';
import { component } from '../cluster/topology';
import { cut } from '../cluster/transport';

/** One item's spread: how many validators held it after each round since it was made, beside the theory. */
export interface InfectionCurve {
  item: number;
  kind: 'transaction' | 'block';
  node: string;
  madeAt: number;
  /** holders (first time) by the end of round r = 0, 1, …, until all that ever got it */
  perRound: number[];
  /** rounds until every validator that got it had it; null when some never did */
  rounds: number | null;
  reached: number;
  validators: number;
}

export interface GossipResult {
  fanout: number;
  /**
   * Push gossip with fan-out f reaches N nodes in about log_(1+f) N + (ln N) / f rounds (Pittel 1987 for f = 1:
   * log2 N + ln N; each round multiplies the informed by up to 1 + f, then the last few take ln N / f more).
   */
  theoreticalRounds: number;
  formula: string;
  items: InfectionCurve[];
  suspicions: number;
  recoveries: number;
}

/** Push gossip's expected rounds to reach `validators` with fan-out `f` (GossipResult's), to two decimals. */
export function gossipTheory(validators: number, f: number): { theoreticalRounds: number; formula: string } {
  const theory = Math.log(validators) / Math.log(1 + f) + Math.log(validators) / f;
  return {
    theoreticalRounds: Math.round(theory * 100) / 100,
    formula: `log_${1 + f}(${validators}) + ln(${validators})/${f}`,
  };
}

export function gossipResult(cl: ClusterState): GossipResult | null {
  const pr = cl.protocol;
  if (!pr) return null;
  const validators = pr.validators.filter(Boolean).length;
  const f = pr.spec.fanout;
  const every = pr.spec.heartbeatEvery;
  return {
    fanout: f,
    ...gossipTheory(validators, f),
    items: pr.spec.items.map((item, k) => {
      const got = pr.firstGot.map((g) => g[k] as number).filter((t, i) => t >= 0 && pr.validators[i]);
      const last = got.length === 0 ? 0 : Math.ceil((Math.max(...got) - item.tick) / every);
      const perRound = Array.from({ length: last + 1 }, (_, r) => got.filter((t) => t <= item.tick + r * every).length);
      return {
        item: k,
        kind: item.kind,
        node: item.node,
        madeAt: item.tick,
        perRound,
        rounds: got.length === validators ? last : null,
        reached: got.length,
        validators,
      };
    }),
    suspicions: cl.log.filter((e) => e.kind === 'suspect').length,
    recoveries: cl.log.filter((e) => e.kind === 'recovered').length,
  };
}

/**
 * Ledger copies agree once the network is whole: at the end, every up validator of one connected part of the
 * network (through links no partition cuts, over up nodes) holds the same items. A finding names two that differ.
 */
export function ledgerFindings(cl: ClusterState): CheckFinding[] {
  const pr = cl.protocol;
  if (!pr) return [];
  const up = (i: number): boolean => cl.status[i] === 'up' && pr.validators[i] === true;
  const seen = new Set<number>();
  const out: CheckFinding[] = [];
  for (let i = 0; i < cl.ids.length; i++) {
    if (!up(i) || seen.has(i)) continue;
    const part = component(
      i,
      cl.neighbours,
      (a, b) => cl.status[b] !== 'down' && cl.status[a] !== 'down' && !cut(cl, a, b),
    ).filter(up);
    for (const j of part) seen.add(j);
    const key = (j: number) => (pr.got[j] as number[]).map((r) => (r >= 0 ? 1 : 0)).join('');
    const differ = part.find((j) => key(j) !== key(i));
    if (differ !== undefined)
      out.push({
        rule: 'ledgersAgree',
        tick: cl.now,
        text: `${cl.ids[i]} and ${cl.ids[differ]} are connected at the end but hold different items (${key(i)} vs ${key(differ)}): their ledger copies disagree`,
      });
  }
  return out;
}
