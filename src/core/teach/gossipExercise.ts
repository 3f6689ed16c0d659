import { nextInt, seedRng } from '../kernel/rng';
import { runClusterState } from '../network/cluster/run';
import type { ClusterState } from '../network/cluster/state';
import { validateScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/types';
import { distinctPicks, exerciseId, pickOne } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, Question } from './types';

/** Rounds start every this many ticks on every node, at 0, 50, 100, … */
const ROUND = 50;

/** Validators, topology and fan-out by difficulty: a full mesh first, then a ring where distance counts. */
const LEVEL: Readonly<
  Record<Difficulty, { nodes: [number, number]; ring: boolean; fanout: number[]; asked: number; latency: number[] }>
> = {
  1: { nodes: [4, 5], ring: false, fanout: [1], asked: 2, latency: [5, 10] },
  2: { nodes: [6, 8], ring: false, fanout: [1, 2], asked: 3, latency: [5, 10, 20] },
  3: { nodes: [6, 8], ring: true, fanout: [1, 2], asked: 3, latency: [5, 10] },
};

export interface GossipProblem {
  scenario: Scenario;
  /** the validator that makes the block, and when */
  origin: number;
  madeAt: number;
  latency: number;
  ring: boolean;
  /** the validators whose first tick holding the block is asked, in the order asked */
  asked: number[];
  /** the tick of the "how many hold it" question */
  countAt: number;
}

/**
 * A block gossiped among a handful of validators with one constant latency: the same protocol the cluster runs
 * (network/p2p/protocol.ts), so the answers are its run. The random pushes are given in a table, as they are the
 * one thing a student cannot work out.
 */
export function gossipProblem(spec: ExerciseSpec): GossipProblem {
  const rng = seedRng((spec.seed ^ 0x6055) >>> 0);
  const level = LEVEL[spec.difficulty];
  const n = level.nodes[0] + nextInt(rng, level.nodes[1] - level.nodes[0] + 1);
  const ids = Array.from({ length: n }, (_, i) => `v${i}`);
  const origin = nextInt(rng, n);
  const madeAt = 1 + nextInt(rng, ROUND - 1);
  const latency = pickOne(rng, level.latency);
  const asked = distinctPicks(rng, n, n)
    .filter((i) => i !== origin)
    .slice(0, level.asked);
  const countAt = ROUND + latency + nextInt(rng, 2 * latency);
  const scenario = {
    format: 'bcos-scenario',
    version: 3,
    title: 'Gossip exercise',
    seed: spec.seed,
    scheduler: { policy: 'RR', quantum: 4 },
    node: { id: ids[0] },
    processes: [],
    network: {
      nodes: ids.slice(1).map((id) => ({ id })),
      topology: { kind: level.ring ? 'ring' : 'mesh' },
      links: { latency: { kind: 'constant', ticks: latency } },
      protocol: {
        heartbeatEvery: ROUND,
        suspectAfter: 10 * ROUND,
        rounds: 6,
        fanout: pickOne(rng, level.fanout),
        pushRounds: 2,
        items: [{ tick: madeAt, node: ids[origin], kind: 'block' }],
      },
    },
  };
  const valid = validateScenario(scenario, { envelope: false });
  // The scenario is drawn inside the format's limits; a refusal is a bug in gossipProblem.
  if (!valid.ok) throw new Error(`gossip exercise: ${valid.errors.map((e) => e.message).join('; ')}`);
  return { scenario: valid.scenario, origin, madeAt, latency, ring: level.ring, asked, countAt };
}

/** Links between a and b on the route the network takes. */
function hopsBetween(cl: ClusterState, a: number, b: number): number {
  let hops = 0;
  for (let at = a; at !== b; hops++) at = cl.hops[at]?.[b] as number;
  return hops;
}

interface Arrival {
  tick: number;
  from: number;
  sentAt: number;
  hops: number;
}

/** The first delivery of the block to each node (null for the origin and for a node it never reached). */
function firstArrivals(cl: ClusterState): (Arrival | null)[] {
  const first: (Arrival | null)[] = cl.ids.map(() => null);
  for (let k = 0; k < cl.deliveries.length; k += 2) {
    const m = cl.messages[cl.deliveries[k + 1] as number];
    if (!m || m.body.kind !== 'gossip' || first[m.to.node]) continue;
    const tick = cl.deliveries[k] as number;
    first[m.to.node] = { tick, from: m.from.node, sentAt: m.sentAt, hops: hopsBetween(cl, m.from.node, m.to.node) };
  }
  return first;
}

/** Why the sender sent the block then: its own round's push, or an answer to a heartbeat that lacked it. */
function why(cl: ClusterState, a: Arrival, latency: number): string {
  const from = cl.ids[a.from];
  const travel = `${a.hops} link${a.hops === 1 ? '' : 's'} × ${latency} ticks`;
  if (a.sentAt % ROUND === 0)
    return `${from} pushed it in its round at tick ${a.sentAt} (a random pick, in the table); ${travel}: it arrives at tick ${a.tick}.`;
  return `its heartbeat of tick ${a.sentAt - latency} reached ${from} at tick ${a.sentAt}; ${from} holds the block and the heartbeat's digest lacks it, so ${from} answered with the block (anti-entropy); ${travel}: it arrives at tick ${a.tick}.`;
}

/**
 * Gossip, "which nodes have the block at tick T?": a block made at one validator spreads by push gossip (each
 * holder pushing to random validators in its next rounds) and anti-entropy (a holder answering a heartbeat whose
 * digest lacks it). The student gives when chosen validators first hold it and how many hold it at a tick. The
 * answers are the cluster's own run (src/core/network/cluster, network/p2p).
 */
export function makeGossipExercise(spec: ExerciseSpec): Exercise {
  const p = gossipProblem(spec);
  const cl = runClusterState(p.scenario);
  const arrivals = firstArrivals(cl);
  const name = (i: number) => cl.ids[i] as string;
  const firstTick = (i: number) => (i === p.origin ? p.madeAt : (arrivals[i]?.tick ?? -1));
  const when: Question[] = p.asked.map((i) => {
    const a = arrivals[i];
    return {
      id: `first-${name(i)}`,
      label: `At which tick does ${name(i)} first hold the block?`,
      answerType: 'integer',
      hint: 'a tick',
      expected: String(firstTick(i)),
      steps: a ? [`${name(i)}: ${why(cl, a, p.latency)}`] : [`${name(i)} never gets the block in this run.`],
    };
  });
  const holders = cl.ids.map((_, i) => i).filter((i) => firstTick(i) >= 0 && firstTick(i) <= p.countAt);
  const count: Question = {
    id: 'holders',
    label: `How many validators hold the block at tick ${p.countAt}?`,
    answerType: 'integer',
    hint: 'a count',
    expected: String(holders.length),
    steps: [
      `${name(p.origin)} made it at tick ${p.madeAt}.`,
      ...cl.ids
        .map((_, i) => i)
        .filter((i) => i !== p.origin && arrivals[i])
        .sort((x, y) => firstTick(x) - firstTick(y))
        .map((i) => `${name(i)} from tick ${firstTick(i)}: ${why(cl, arrivals[i] as Arrival, p.latency)}`),
      `By tick ${p.countAt}: ${holders.map(name).join(', ')} — ${holders.length} of ${cl.ids.length}.`,
    ],
  };
  const pr = cl.protocol;
  // Every push a question can rest on: up to the question's tick and the last first arrival asked.
  const until = Math.max(p.countAt, ...p.asked.map(firstTick));
  const pushes = cl.messages.filter((m) => m.body.kind === 'gossip' && m.sentAt % ROUND === 0 && m.sentAt <= until);
  const shape = p.ring ? `a ring (v0 – v1 – … – v${cl.ids.length - 1} – v0)` : 'a full mesh (every pair linked)';
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Gossip: a block among ${cl.ids.length} validators on ${p.ring ? 'a ring' : 'a full mesh'}`,
    intro: [
      `${cl.ids.length} validators, v0 to v${cl.ids.length - 1}, are linked as ${shape}; every link takes ${p.latency} ticks, a message crossing several links takes each in turn, and nothing is lost.`,
      `Every ${ROUND} ticks (at 0, ${ROUND}, ${2 * ROUND}, …) each validator has a round: it sends a heartbeat to each neighbour, carrying a digest of the blocks it holds, and pushes each block it got within its last ${pr?.spec.pushRounds ?? 2} rounds to ${pr?.spec.fanout ?? 1} validator${pr?.spec.fanout === 1 ? '' : 's'} drawn at random (the table lists the draws). A validator that holds blocks and receives a heartbeat whose digest differs answers at once with its blocks (anti-entropy).`,
      `${name(p.origin)} makes a block at tick ${p.madeAt}. A validator holds it from the tick a copy arrives.`,
    ],
    tables: [
      {
        caption: `Random pushes of the block, up to tick ${until}`,
        columns: ['Round (tick)', 'From', 'To'],
        rows: pushes.map((m) => [String(m.sentAt), name(m.from.node), name(m.to.node)]),
      },
    ],
    questions: [...when, count],
    scenario: p.scenario,
    grid: null,
  };
}
