import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation, validateScenario, type Scenario } from '../core/index';
import { scenarioOf } from '../core/testing/scenarioOf';
import { PROTOCOL_VERSION, SEGMENT_FIELDS, type FromSim, type TimelinePatch, type WireFrame } from '../protocol';
import { packGpuSegments, packSegments } from './frame';
import { createHandler } from './handler';
import { seekOrStep } from './testing/moves';

/** 60 processes on 2 CPUs and a GPU, arriving over the run: over 1,024 events, so there are checkpoints to restore. */
const scenario = (() => {
  const jobs = Array.from({ length: 60 }, (_, i) => ({
    arrival: i * 5,
    bursts: [3 + (i % 5), 2 + (i % 3), 1 + (i % 4)],
    gpus: i % 4 === 0 ? 1 : 0,
  }));
  const v = validateScenario(scenarioOf({ policy: 'RR', quantum: 2 }, jobs, { node: { cpus: 2, gpus: 1 } }));
  if (!v.ok) throw new Error(v.errors[0]?.message);
  return v.scenario;
})();
const end = new Simulation(scenario).runToEnd();

/**
 * The receiver's copy of a timeline, as the page keeps it: every row sent, and how many it shows. A patch cuts to its
 * `from`, takes back the rows it names held (which the receiver must have been sent), then writes its rows after them.
 */
interface Copy {
  sent: number[];
  shown: number;
}
const applied = ({ sent, shown }: Copy, p: TimelinePatch): Copy => {
  const from = Math.min(p.from, shown);
  const held = p.kind === 'held' ? p.held : 0;
  expect((from + held) * SEGMENT_FIELDS).toBeLessThanOrEqual(sent.length);
  const next = sent.slice();
  const at = (from + held) * SEGMENT_FIELDS;
  p.data.forEach((v, k) => (next[at + k] = v));
  return { sent: next, shown: from + held + p.data.length / SEGMENT_FIELDS };
};
const rowsOf = ({ sent, shown }: Copy) => sent.slice(0, shown * SEGMENT_FIELDS);
const noCopy: Copy = { sent: [], shown: 0 };

describe('timeline patches', () => {
  it('rebuild, on the receiver, every CPU and GPU segment at each tick moved to, across moves and operations', () => {
    const move = fc.oneof(
      seekOrStep(end),
      // A kill of the nth process alive where the run stands: the run changes from there on, rows sent before and
      // kept by the worker included.
      fc.record({ type: fc.constant('kill'), nth: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 10 }), (moves) => {
        const handle = createHandler({ nowMs: () => 0 });
        let id = 0;
        const ask = (msg: object) => handle({ ...msg, id: ++id })[0] as FromSim;
        let cpu = noCopy;
        let gpu = noCopy;
        let current: Scenario = scenario;
        const take = (reply: FromSim): WireFrame => {
          if (reply.type !== 'frame' && reply.type !== 'loaded' && reply.type !== 'operated')
            throw new Error(`expected a frame, got ${reply.type}`);
          if (reply.type !== 'frame') current = reply.scenario;
          cpu = applied(cpu, reply.frame.timeline);
          gpu = applied(gpu, reply.frame.gpuTimeline);
          return reply.frame;
        };
        ask({ type: 'hello', protocol: PROTOCOL_VERSION });
        let f = take(ask({ type: 'load', scenario }));
        take(ask({ type: 'seek', tick: end }));
        for (const m of moves) {
          if (m.type === 'kill') {
            const alive = f.processPatch.count === 0 ? [] : aliveAt(current, f.tick);
            if (alive.length === 0) continue;
            f = take(ask({ type: 'operation', request: { op: 'kill', pid: alive[m.nth % alive.length] } }));
          } else f = take(ask(m));
          // A run of its own, to the same tick, of the scenario as it stands (the operations made so far).
          const fresh = new Simulation(current);
          fresh.seek(f.tick);
          expect(rowsOf(cpu)).toEqual([...packSegments(fresh.state.segments, 0)]);
          expect(rowsOf(gpu)).toEqual([...packGpuSegments(fresh.state.gpuSegments, 0)]);
        }
      }),
      { seed: 3, numRuns: 60 },
    );
  });
});

/** The pids of the processes arrived and not ended at `tick`. */
function aliveAt(s: Scenario, tick: number): number[] {
  const sim = new Simulation(s);
  sim.seek(tick);
  return sim.state.procs.filter((p) => p.state !== 'NEW' && p.state !== 'TERMINATED').map((p) => p.pid);
}
