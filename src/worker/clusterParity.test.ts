import '@vitest/web-worker';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/runCli';
import { PROTOCOL_VERSION, type FromSim, type ToSim } from '../protocol';

const SCENARIOS = join(__dirname, '../../public/scenarios');

/** Talks to the real worker module (sim.worker.ts), one request at a time. */
function workerSession() {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  const ask = (msg: ToSim) =>
    new Promise<FromSim>((resolve) => {
      worker.onmessage = (e: MessageEvent<FromSim>) => resolve(e.data);
      worker.postMessage(msg);
    });
  return { ask, stop: () => worker.terminate() };
}

function cliHash(text: string): string {
  const out: string[] = [];
  const code = runCli(['run', 'cluster.json', '--json'], {
    readText: () => text,
    out: (t) => out.push(t),
    err: () => {},
  });
  expect(code).toBe(0);
  return (JSON.parse(out.join('')) as { network: { traceHash: string } }).network.traceHash;
}

describe('the worker and the CLI run the same cluster', () => {
  it.each(['network-gossip-ring.json', 'network-gossip-partition.json'])(
    '%s: the same cluster trace hash after playing, stepping back, choosing a node and jumping',
    async (file) => {
      const text = readFileSync(join(SCENARIOS, file), 'utf8');
      const w = workerSession();
      expect((await w.ask({ type: 'hello', id: 1, protocol: PROTOCOL_VERSION })).type).toBe('ready');
      const loaded = await w.ask({ type: 'load', id: 2, scenario: JSON.parse(text) });
      expect(loaded.type === 'loaded' && loaded.frame.cluster?.kind).toBe('cluster');
      await w.ask({ type: 'advance', id: 3, ticks: 137 });
      await w.ask({ type: 'step', id: 4, direction: 'back', unit: 'event' });
      await w.ask({ type: 'show', id: 5, node: 3 });
      await w.ask({ type: 'seek', id: 6, tick: 420 });
      await w.ask({ type: 'seek', id: 7, tick: 40 });
      const result = await w.ask({ type: 'result', id: 8 });
      w.stop();
      expect(result.type).toBe('result');
      if (result.type === 'result')
        expect((result.result as { network?: { traceHash: string } }).network?.traceHash).toBe(cliHash(text));
    },
  );
});
