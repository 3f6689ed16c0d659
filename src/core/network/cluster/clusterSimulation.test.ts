import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../scenario/shareJson';
import { valid } from '../../testing/cluster';
import { ClusterSimulation } from './clusterSimulation';
import { networkResult, nodeResults } from './result';
import { runClusterState } from './run';
import type { ClusterState } from './state';

const SCENARIOS = join(__dirname, '../../../../public/scenarios');
const PRESETS = [
  'network-gossip-partition.json',
  'network-request-reply.json',
  'network-attack-signed.json',
  'network-afs-partition.json',
];

function preset(file: string) {
  const json = parseJsonText(readFileSync(join(SCENARIOS, file), 'utf8'), file, Infinity);
  if (!json.ok) throw new Error(file);
  return valid(json.value);
}

const hashOf = (cl: ClusterState): string => networkResult(cl, nodeResults(cl)).traceHash;
/** The cluster without its nodes' policy objects, whose functions are made afresh by each run. */
const comparable = (cl: ClusterState) => ({ ...cl, nodes: cl.nodes.map((node) => ({ ...node, policy: null })) });

describe('a cluster run with checkpoints', () => {
  it.each(PRESETS)('%s: any walk back and forth ends with the straight run’s hash', (file) => {
    const scenario = preset(file);
    const straight = runClusterState(scenario);
    const end = straight.now;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: end + 20 }), { minLength: 1, maxLength: 8 }), (ticks) => {
        const sim = new ClusterSimulation(scenario, { spacing: 16 });
        for (const t of ticks) {
          sim.seek(t);
          expect(sim.tick).toBe(Math.min(t, end));
        }
        sim.runToEnd();
        expect(sim.tick).toBe(end);
        expect(hashOf(sim.cluster)).toBe(hashOf(straight));
      }),
      { numRuns: 6 },
    );
  });

  it('a jump back gives the state a straight run has at that tick', () => {
    const scenario = preset('network-gossip-partition.json');
    const sim = new ClusterSimulation(scenario, { spacing: 16 });
    sim.seek(600);
    const atSix = sim.cluster.messages.length;
    sim.seek(1200);
    sim.seek(600);
    expect(sim.cluster.messages.length).toBe(atSix);
    expect(sim.cluster.status).toEqual(
      new ClusterSimulation(scenario).cluster.status.map((_, i) => (i === 7 ? 'down' : 'up')),
    );
  });

  it('a jump forward past where the run has been starts from a checkpoint and gives the straight run’s state', () => {
    for (const file of PRESETS) {
      const scenario = preset(file);
      const sim = new ClusterSimulation(scenario, { spacing: 16 });
      const end = sim.runToEnd();
      for (const t of [10, end - 1, Math.floor(end / 3), Math.floor((2 * end) / 3), end]) {
        sim.seek(t);
        const straight = new ClusterSimulation(scenario);
        straight.seek(t);
        expect(comparable(sim.cluster)).toEqual(comparable(straight.cluster));
      }
    }
  });

  it('slices of a long seek end where one seek does', () => {
    const scenario = preset('network-gossip-partition.json');
    const sim = new ClusterSimulation(scenario, { spacing: 64 });
    let slices = 0;
    while (sim.tick < 800) {
      sim.seek(800, 50);
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    const whole = new ClusterSimulation(scenario);
    whole.seek(800);
    expect(sim.cluster.messages.length).toBe(whole.cluster.messages.length);
  });

  it('steps to the next and the previous tick where something happens', () => {
    const sim = new ClusterSimulation(preset('network-request-reply.json'));
    sim.seek(0);
    const next = sim.nextEventTick() as number;
    expect(next).toBeGreaterThan(0);
    sim.seek(next);
    sim.seek(next + 1);
    expect(sim.previousEventTick()).toBe(next);
  });

  it('an operation added now changes the run from now on, and a replay keeps it', () => {
    const scenario = preset('network-gossip-partition.json');
    const sim = new ClusterSimulation(scenario, { spacing: 16 });
    sim.seek(500);
    sim.addOperation({ tick: 500, op: 'net', fault: { kind: 'crash', node: 'v3' } });
    expect(sim.tick).toBe(500);
    expect(sim.cluster.status[3]).toBe('down');
    sim.seek(100);
    expect(sim.cluster.status[3]).toBe('up');
    sim.runToEnd();
    expect(hashOf(sim.cluster)).toBe(hashOf(runClusterState(sim.scenario)));
  });
});
