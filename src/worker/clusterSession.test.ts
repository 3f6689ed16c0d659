import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClusterRunResult } from '../core/index';
import { scenarioOf } from '../core/testing/scenarioOf';
import { PROTOCOL_VERSION, unpackFlights, type FromSim, type WireFrame } from '../protocol';
import { createHandler } from './handler';

const ring = JSON.parse(readFileSync(join(__dirname, '../../public/scenarios/network-gossip-ring.json'), 'utf8'));

function session(scenario: unknown = ring) {
  const handle = createHandler({ nowMs: () => 0 });
  let id = 0;
  const ask = (msg: object): FromSim => handle({ ...msg, id: ++id })[0] as FromSim;
  ask({ type: 'hello', protocol: PROTOCOL_VERSION });
  const loaded = ask({ type: 'load', scenario });
  return { ask, loaded };
}

function frameOf(r: FromSim): WireFrame {
  if (r.type !== 'frame' && r.type !== 'loaded' && r.type !== 'operated') throw new Error(JSON.stringify(r));
  return r.frame;
}

describe('a cluster in the worker', () => {
  it('a scenario without a network has no cluster part in its frames', () => {
    const s = session(scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }]));
    expect('cluster' in frameOf(s.loaded)).toBe(false);
    expect('cluster' in frameOf(s.ask({ type: 'advance', ticks: 2 }))).toBe(false);
    expect(s.ask({ type: 'show', node: 1 })).toMatchObject({ type: 'error' });
  });

  it('frames carry every node, link and message in flight, each message between its send and arrival', () => {
    const s = session();
    const first = frameOf(s.loaded).cluster!;
    expect(first).toMatchObject({ kind: 'cluster', version: 3, layout: { kind: 'ring' }, shown: 0 });
    expect(first.nodes.map((n) => n.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7']);
    expect(first.links).toHaveLength(16);
    const f = frameOf(s.ask({ type: 'advance', ticks: 30 }));
    const c = f.cluster!;
    expect(f.tick).toBe(30);
    const flights = unpackFlights(c.flights);
    expect(flights.length).toBeGreaterThan(0);
    expect(c.flightsTotal).toBe(flights.length);
    for (const m of flights) {
      expect(m.sentAt).toBeLessThanOrEqual(30);
      expect(m.arrivesAt).toBeGreaterThan(30);
      if (m.link >= 0) expect([c.links[m.link]!.from, c.links[m.link]!.to]).toEqual([m.from, m.to]);
    }
    const onLinks = c.links.reduce((n, l) => n + l.inFlight, 0);
    expect(onLinks).toBe(flights.filter((m) => m.link >= 0).length);
    expect(c.sent).toBeGreaterThanOrEqual(c.delivered + onLinks);
  });

  it('shows a node at the cluster’s tick: a process running since its node last decided has run on since', () => {
    const s = session();
    let checked = 0;
    for (const ticks of [7, 9, 11]) {
      s.ask({ type: 'advance', ticks });
      for (let node = 0; node < 8; node++) {
        const f = frameOf(s.ask({ type: 'show', node }));
        const rows = new Map(f.processPatch.changed.map(([, p]) => [p.pid, p]));
        for (const cpu of f.cpus) {
          if (cpu.phase !== 'run' || cpu.pid === null) continue;
          const row = rows.get(cpu.pid);
          if (!row) continue;
          expect(row.cpuTime).toBeGreaterThanOrEqual(f.tick - cpu.since);
          expect(row.remaining).toBeLessThanOrEqual(row.burstTotal - (f.tick - cpu.since));
          if (cpu.since < f.tick) checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('shows the chosen node’s processes, and names it in the narration', () => {
    const s = session();
    s.ask({ type: 'advance', ticks: 40 });
    const f = frameOf(s.ask({ type: 'show', node: 6 }));
    expect(f.cluster!.shown).toBe(6);
    expect(f.processPatch.changed.map(([, p]) => p.name)).toEqual(['receiver', 'indexer']);
    expect(f.narration.some((l) => l.text.startsWith('n6: '))).toBe(true);
    expect(s.ask({ type: 'show', node: 8 })).toMatchObject({ type: 'invalid', errors: [{ path: 'node' }] });
  });

  it('takes a fault at the current tick, and refuses one on a crashed node keeping the run as it was', () => {
    const s = session();
    s.ask({ type: 'advance', ticks: 50 });
    const crashed = s.ask({ type: 'operation', request: { op: 'net', fault: { kind: 'crash', node: 'n3' } } });
    expect(crashed.type).toBe('operated');
    if (crashed.type !== 'operated') return;
    expect(crashed.frame.tick).toBe(50);
    expect(crashed.frame.cluster!.nodes[3]!.status).toBe('down');
    expect(crashed.narration.map((l) => l.text)).toContain('n3 crashes');
    expect(crashed.scenario.operations).toHaveLength(1);
    const again = s.ask({ type: 'operation', request: { op: 'net', fault: { kind: 'pause', node: 'n3' } } });
    expect(again.type).toBe('invalid');
    if (again.type === 'invalid') expect(again.errors[0]!.message).toMatch(/n3.*crashed at tick 50/);
    const after = frameOf(s.ask({ type: 'step', direction: 'forward', unit: 'tick' }));
    expect(after.cluster!.nodes[3]!.status).toBe('down');
    expect(s.ask({ type: 'operation', request: { op: 'kill', pid: 1 } })).toMatchObject({ type: 'invalid' });
  });

  it('drops a message in flight by its number, and refuses one already delivered keeping the run as it was', () => {
    const s = session();
    const c = frameOf(s.ask({ type: 'advance', ticks: 30 })).cluster!;
    const m = unpackFlights(c.flights).find((f) => f.link >= 0)!;
    const [from, to] = [c.nodes[m.from]!.id, c.nodes[m.to]!.id];
    const dropped = s.ask({
      type: 'operation',
      request: { op: 'net', fault: { kind: 'drop', from, to, message: m.id } },
    });
    expect(dropped.type).toBe('operated');
    if (dropped.type !== 'operated') return;
    expect(unpackFlights(dropped.frame.cluster!.flights).map((f) => f.id)).not.toContain(m.id);
    expect(dropped.frame.cluster!.lost).toBe(c.lost + 1);
    expect(dropped.narration.map((l) => l.text)).toContain(
      `message #${m.id} lost at ${from}: a drop fault took it off the link`,
    );
    // Message #0, a join sent at tick 0, arrived long before tick 30.
    const again = s.ask({
      type: 'operation',
      request: { op: 'net', fault: { kind: 'delay', from: 'n0', to: 'n1', ticks: 5, message: 0 } },
    });
    expect(again).toMatchObject({
      type: 'invalid',
      errors: [
        {
          path: 'fault',
          message: expect.stringMatching(/^Refused: message #0 cannot be taken: it was delivered already/),
        },
      ],
    });
    // The run goes on with the drop alone: its loss accounted for, the checker satisfied.
    const after = s.ask({ type: 'result' });
    if (after.type !== 'result') throw new Error(after.type);
    const { network } = after.result as ClusterRunResult;
    expect(network.lostBy.faultDrop).toBe(1);
    expect(network.checker.ok).toBe(true);
  });
});
