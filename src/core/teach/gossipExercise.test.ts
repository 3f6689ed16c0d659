import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runClusterState } from '../network/cluster/run';
import { gossipProblem, makeGossipExercise } from './gossipExercise';
import type { Difficulty } from './types';

const spec = (seed: number, difficulty: Difficulty) => ({ kind: 'gossip' as const, seed, difficulty });

describe('the gossip exercise', () => {
  it('asks when chosen validators first hold the block, then how many hold it at a tick', () => {
    const ex = makeGossipExercise(spec(42, 2));
    expect(ex.questions.map((q) => q.id)).toEqual(['first-v6', 'first-v0', 'first-v4', 'holders']);
    expect(ex.title).toBe('Gossip: a block among 7 validators on a full mesh');
    expect(ex.tables[0]?.rows).toEqual([['50', 'v5', 'v1']]);
  });

  it('worked by hand on a full mesh: the push arrives a link later, every heartbeat of that round is answered', () => {
    // v5 makes the block at 24; its round at 50 pushes to v1 (20 ticks a link): v1 holds it at 70. The others'
    // heartbeats of tick 50 reach v5 at 70, and its answers arrive at 90.
    const ex = makeGossipExercise(spec(42, 2));
    expect(ex.questions.map((q) => q.expected)).toEqual(['90', '90', '90', '2']);
    expect(ex.questions[1]?.steps[0]).toBe(
      "v0: its heartbeat of tick 50 reached v5 at tick 70; v5 holds the block and the heartbeat's digest lacks it, so v5 answered with the block (anti-entropy); 1 link × 20 ticks: it arrives at tick 90.",
    );
  });

  it("agrees with the protocol's own record of who held the block when, and with the links' latency", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.constantFrom<Difficulty>(1, 2, 3), (seed, d) => {
        const ex = makeGossipExercise(spec(seed, d));
        const p = gossipProblem(spec(seed, d));
        const cl = runClusterState(p.scenario);
        const first = (cl.protocol?.firstGot ?? []).map((g) => g[0] as number);
        for (const q of ex.questions.filter((x) => x.id.startsWith('first-')))
          expect(q.expected).toBe(String(first[cl.ids.indexOf(q.id.slice('first-'.length))]));
        const holding = first.filter((t) => t >= 0 && t <= p.countAt).length;
        expect(ex.questions.at(-1)?.expected).toBe(String(holding));
        // Each copy arrives at its sending tick plus a link's latency for each link it crosses.
        let checked = 0;
        for (const step of ex.questions.at(-1)?.steps ?? []) {
          const travel =
            /(?:round at tick|at tick) (\d+)[^;]*;.* (\d+) links? × (\d+) ticks: it arrives at tick (\d+)/.exec(step);
          if (!travel) continue;
          const [sent, links, latency, arrives] = travel.slice(1).map(Number) as [number, number, number, number];
          expect(arrives).toBe(sent + links * latency);
          checked++;
        }
        expect(checked).toBe(first.filter((t) => t >= 0).length - 1);
      }),
      { seed: 9, numRuns: 30 },
    );
  });

  it('is the same exercise for the same seed', () => {
    expect(makeGossipExercise(spec(5, 3))).toEqual(makeGossipExercise(spec(5, 3)));
  });
});
