import '@vitest/web-worker';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/runCli';
import { PROTOCOL_VERSION, type FromSim, type ToSim } from '../protocol';

const scenarioFile = join(__dirname, '../../public/scenarios/default.json');

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

describe('the worker and the CLI run the same core', () => {
  it('give the same trace hash for one scenario', async () => {
    const text = readFileSync(scenarioFile, 'utf8');
    const out: string[] = [];
    const code = runCli(['run', 'default.json', '--json'], {
      readText: () => text,
      out: (t) => out.push(t),
      err: () => {},
    });
    expect(code).toBe(0);
    const cliHash = JSON.parse(out.join('')).traceHash as string;

    const w = workerSession();
    expect((await w.ask({ type: 'hello', id: 1, protocol: PROTOCOL_VERSION })).type).toBe('ready');
    expect((await w.ask({ type: 'load', id: 2, scenario: JSON.parse(text) })).type).toBe('loaded');
    // Play through the run the way the UI does (steps, a jump back, then on to the end) before asking.
    await w.ask({ type: 'advance', id: 3, ticks: 7 });
    await w.ask({ type: 'step', id: 4, direction: 'back', unit: 'tick' });
    await w.ask({ type: 'seek', id: 5, tick: 2 });
    const result = await w.ask({ type: 'result', id: 6 });
    w.stop();
    expect(result.type).toBe('result');
    if (result.type === 'result') expect(result.result.traceHash).toBe(cliHash);
  });

  it('answers a wrong protocol version with incompatible', async () => {
    const w = workerSession();
    const reply = await w.ask({ type: 'hello', id: 1, protocol: PROTOCOL_VERSION + 1 });
    w.stop();
    expect(reply).toEqual({ type: 'incompatible', id: 1, expected: PROTOCOL_VERSION, got: PROTOCOL_VERSION + 1 });
  });
});
