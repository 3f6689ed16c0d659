import { describe, expect, it } from 'vitest';
import {
  autosaveText,
  decodeShare,
  describeScheduler,
  estimateCost,
  loneQuantum,
  parseAutosave,
  parseScenarioFile,
  shareUrl,
} from '../core/index';
import { scenarioOf } from '../core/testing/scenarioOf';
import { PROTOCOL_VERSION, type FromSim } from '../protocol';
import { createHandler } from './handler';

const scenario = scenarioOf({ policy: 'RR', quantum: 2 }, [
  { bursts: [5, 3, 2] },
  { arrival: 1, bursts: [4] },
  { arrival: 2, bursts: [3] },
]);

function session() {
  const handle = createHandler({ nowMs: () => 0 });
  let id = 0;
  const ask = (msg: object): FromSim => handle({ ...msg, id: ++id })[0] as FromSim;
  ask({ type: 'hello', protocol: PROTOCOL_VERSION });
  return ask;
}

function linkTo(payload: Parameters<typeof shareUrl>[1]): string {
  const url = shareUrl('https://example.org/app/', payload);
  if (!url.ok) throw new Error(url.reason);
  return url.url.slice(url.url.indexOf('#'));
}

describe("a scenario's text, read in the worker", () => {
  it('loads a file with the facts the page shows, and no view', () => {
    const ask = session();
    const r = ask({ type: 'open', text: { kind: 'file', name: 'rr.json', text: JSON.stringify(scenario) } });
    if (r.type !== 'loaded') throw new Error(JSON.stringify(r));
    expect(r.frame.tick).toBe(0);
    expect(r.shared).toEqual({});
    const { steps, horizon } = estimateCost(r.scenario);
    expect(r.facts).toEqual({
      scheduler: describeScheduler(r.scenario.scheduler),
      loneQuantum: loneQuantum(r.scenario.scheduler),
      cost: { steps, horizon },
    });
    expect(r.facts.scheduler).toBe('Round Robin (quantum 2)');
  });

  it('opens a link at its tick with its view and display choices, or at the tick asked for', () => {
    const ask = session();
    const fragment = linkTo({ scenario, view: { tick: 6, tab: 'memory' }, display: { processLanes: true } });
    const r = ask({ type: 'open', text: { kind: 'link', fragment } });
    if (r.type !== 'loaded') throw new Error(JSON.stringify(r));
    expect(r.frame.tick).toBe(6);
    expect(r.shared).toEqual({ view: { tick: 6, tab: 'memory' }, display: { processLanes: true } });
    const decoded = decodeShare(fragment);
    expect(decoded.ok && r.scenario).toEqual(decoded.ok && decoded.payload.scenario);
    const at = ask({ type: 'open', text: { kind: 'link', fragment }, tick: 3 });
    expect(at.type === 'loaded' && at.frame.tick).toBe(3);
  });

  it('refuses bad text with the errors of the one validation step, keeping the loaded run', () => {
    const ask = session();
    ask({ type: 'load', scenario });
    const bad = { ...scenario, processes: [{ ...scenario.processes[0], bursts: [-1] }] };
    const texts = [
      { kind: 'file', name: 'bad.json', text: JSON.stringify(bad) },
      { kind: 'file', name: 'cut.json', text: '{"format"' },
      { kind: 'link', fragment: '#s=%%%' },
      { kind: 'autosave', text: autosaveText(JSON.stringify(bad), 2, 'simulate') },
    ] as const;
    const expected = [
      parseScenarioFile(texts[0].text, 'bad.json'),
      parseScenarioFile(texts[1].text, 'cut.json'),
      decodeShare(texts[2].fragment),
      parseAutosave(texts[3].text),
    ];
    for (const [i, text] of texts.entries()) {
      const r = ask({ type: 'open', text });
      const want = expected[i]!;
      if (want.ok) throw new Error('the text should be refused');
      expect(r).toMatchObject({ type: 'invalid', errors: want.errors });
    }
    expect(ask({ type: 'open', text: { kind: 'nope' } }).type).toBe('invalid');
    const still = ask({ type: 'step', direction: 'forward', unit: 'tick' });
    expect(still.type === 'frame' && still.frame.tick).toBe(1);
  });

  it('reads an autosave without loading it', () => {
    const ask = session();
    const r = ask({
      type: 'read',
      text: { kind: 'autosave', text: autosaveText(JSON.stringify(scenario), 4, 'files') },
    });
    if (r.type !== 'read') throw new Error(JSON.stringify(r));
    expect(r.payload.view).toEqual({ tick: 4, tab: 'files' });
    expect(r.payload.scenario.title).toBe(scenario.title);
    expect(ask({ type: 'step', direction: 'forward', unit: 'tick' }).type).toBe('error');
  });
});
