import { describe, expect, it } from 'vitest';
import { decisionFinder } from '../core/index';
import { scenarioOf } from '../core/testing/scenarioOf';
import { createHandler } from './handler';
import { WORST_ACCEPTED } from '../core/testing/costly';
import { PROTOCOL_VERSION, SEGMENT_FIELDS, STATE_FIELDS, type FromSim, type WireFrame } from '../protocol';

const scenario = scenarioOf({ policy: 'RR', quantum: 2 }, [
  { bursts: [5, 3, 2] },
  { arrival: 1, bursts: [4] },
  { arrival: 2, bursts: [3] },
]);

const nothingAgain = { unarrived: new Int32Array(0), ended: new Int32Array(0) };

/** The latest row sent for a pid: a frame carries only rows that changed. */
function rowOf(f: WireFrame, pid: number) {
  return f.processPatch.changed.map(([, row]) => row).find((row) => row.pid === pid);
}

function frameOf(r: FromSim): WireFrame {
  if (r.type !== 'frame' && r.type !== 'loaded' && r.type !== 'operated')
    throw new Error(`expected a frame, got ${JSON.stringify(r)}`);
  return r.frame;
}

function session(clock = () => 0) {
  const handle = createHandler({ nowMs: clock });
  let id = 0;
  const ask = (msg: object): FromSim => handle({ ...msg, id: ++id })[0] as FromSim;
  return { handle, ask, frameOf };
}

/** The trace hash of a seek to tick 1000 in slices of `slice` events (undefined: in one go). */
function slicedSeekHash(slice: number | undefined): string {
  const s = session();
  s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
  s.ask({ type: 'load', scenario });
  const ticks: number[] = [];
  // A slice that stops short says where it got to, without a frame; the one that arrives brings the frame.
  for (let r = s.ask({ type: 'seek', tick: 1000, maxEvents: slice }); ;) {
    if (r.type !== 'moving') {
      expect(s.frameOf(r).finished).toBe(true);
      break;
    }
    ticks.push(r.tick);
    r = s.ask({ type: 'seek', tick: 1000, maxEvents: slice });
  }
  // In one go there is no tick between; in slices of 2 events there are many.
  expect(ticks.length > 1).toBe(slice !== undefined);
  const r = s.ask({ type: 'result' });
  return r.type === 'result' ? (r.result.traceHash ?? '') : '';
}

describe('message handler', () => {
  it('serves nothing before a hello with the right protocol', () => {
    const s = session();
    expect(s.ask({ type: 'load', scenario }).type).toBe('error');
    expect(s.ask({ type: 'hello', protocol: 99 })).toMatchObject({ type: 'incompatible', expected: PROTOCOL_VERSION });
    expect(s.ask({ type: 'hello', protocol: PROTOCOL_VERSION }).type).toBe('ready');
  });

  it('sends a loaded or operated scenario with its JSON text, which the page autosaves', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    const loaded = s.ask({ type: 'load', scenario });
    const operated = s.ask({ type: 'operation', request: { op: 'kill', pid: 2 } });
    for (const reply of [loaded, operated]) {
      if (reply.type !== 'loaded' && reply.type !== 'operated') throw new Error(`got ${reply.type}`);
      expect(JSON.parse(reply.scenarioJson)).toEqual(reply.scenario);
    }
  });

  it('never throws on garbage', () => {
    const s = session();
    for (const junk of [null, 3, 'x', [], {}, { id: 'a', type: 'hello' }, { id: 1 }, { id: 1, type: 'nope' }]) {
      expect(() => s.handle(junk)).not.toThrow();
      expect(s.handle(junk)[0]?.type).toBe('error');
    }
  });

  it('refuses an invalid scenario with field errors and keeps the loaded one', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    s.ask({ type: 'load', scenario });
    s.ask({ type: 'seek', tick: 4 });
    const bad = s.ask({ type: 'load', scenario: { ...scenario, scheduler: { policy: 'RR', quantum: 0 } } });
    expect(bad.type).toBe('invalid');
    if (bad.type === 'invalid') expect(bad.errors[0]?.path).toBe('scheduler.quantum');
    const f = s.frameOf(s.ask({ type: 'step', direction: 'forward', unit: 'tick' }));
    expect(f.tick).toBe(5);
    expect(s.frameOf(s.ask({ type: 'end' }))).toMatchObject({ tick: 5, endTick: 17, endKnown: true });
  });

  it('loads without running to the end: the end is learnt when asked, and an operation forgets it', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    // A run of ~10^6 decision points; loading it makes only tick 0's decisions.
    const long = WORST_ACCEPTED['RR quantum 1, two 4.9*10^5-tick bursts'];
    const loaded = s.frameOf(s.ask({ type: 'load', scenario: long }));
    expect(loaded).toMatchObject({ tick: 0, endTick: 0, endKnown: false });
    // A process created now would take the run beyond the envelope: refused, naming the limit.
    const create = { op: 'create', process: { pid: 3, name: 'big', type: 'USER', arrival: 0, bursts: [1e8] } };
    const refused = s.ask({ type: 'operation', request: create });
    expect(refused.type === 'invalid' && refused.errors[0]?.limit).toBe('at most 1,000,000 decision points');
    s.ask({ type: 'load', scenario });
    expect(s.frameOf(s.ask({ type: 'seek', tick: 3 }))).toMatchObject({ endKnown: false });
    expect(s.frameOf(s.ask({ type: 'end' }))).toMatchObject({ tick: 3, endTick: 17, endKnown: true });
    expect(s.frameOf(s.ask({ type: 'seek', tick: 1000 }))).toMatchObject({ tick: 17, finished: true });
    s.ask({ type: 'seek', tick: 3 });
    const killed = s.frameOf(s.ask({ type: 'operation', request: { op: 'kill', pid: 2 } }));
    expect(killed.endKnown).toBe(false);
    expect(s.frameOf(s.ask({ type: 'end' }))).toMatchObject({ tick: 3, endKnown: true });
  });

  it('finds the end behind a load only when quick and not yet known, else says where it is without a frame', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    // Asked before any load: nothing to find the end of.
    expect(s.ask({ type: 'end', atMost: 1_000 }).type).toBe('error');
    s.ask({ type: 'load', scenario: WORST_ACCEPTED['RR quantum 1, two 4.9*10^5-tick bursts'] });
    s.ask({ type: 'seek', tick: 5 });
    expect(s.ask({ type: 'end', atMost: 1_000 })).toMatchObject({ type: 'moving', tick: 5 });
    expect(s.frameOf(s.ask({ type: 'seek', tick: 6 }))).toMatchObject({ tick: 6, endKnown: false });
    const loaded = s.ask({ type: 'load', scenario, tick: 3 });
    const steps = loaded.type === 'loaded' ? loaded.facts.cost.steps : NaN;
    expect(s.ask({ type: 'end', atMost: steps - 1 })).toMatchObject({ type: 'moving', tick: 3 });
    expect(s.frameOf(s.ask({ type: 'end', atMost: steps }))).toMatchObject({ tick: 3, endTick: 17, endKnown: true });
    expect(s.ask({ type: 'end', atMost: steps })).toMatchObject({ type: 'moving', tick: 3 });
    // Without atMost the end is found whatever it costs, and a known one is answered with a frame.
    expect(s.frameOf(s.ask({ type: 'end' }))).toMatchObject({ tick: 3, endKnown: true });
  });

  it('seeks in slices of a few events to the same run as in one go', () => {
    expect(slicedSeekHash(2)).toBe(slicedSeekHash(undefined));
  });

  it('sends only new timeline rows, and a shorter "from" after stepping back', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    const first = s.frameOf(s.ask({ type: 'load', scenario }));
    expect(first.timeline.from).toBe(0);
    const at8 = s.frameOf(s.ask({ type: 'seek', tick: 8 }));
    expect(at8.timeline.from).toBe(0);
    const rows8 = at8.timeline.data.length / SEGMENT_FIELDS;
    expect(rows8).toBeGreaterThan(2);
    const at9 = s.frameOf(s.ask({ type: 'seek', tick: 9 }));
    expect(at9.timeline.from).toBe(rows8);
    const back = s.frameOf(s.ask({ type: 'seek', tick: 3 }));
    expect(back.timeline.from).toBeLessThan(rows8);
    expect(back.timeline.data.length).toBe(0);
    // Forward again over the same run: the rows cut are named, as the page kept them, and only the newer ones sent.
    const again = s.frameOf(s.ask({ type: 'seek', tick: 9 }));
    expect(again.timeline).toMatchObject({ kind: 'held', from: back.timeline.from, held: rows8 - back.timeline.from });
    expect(again.timeline.data).toEqual(at9.timeline.data);
  });

  it('sends state spans the same way, with the open ones up to the frame tick', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    s.ask({ type: 'draw', stateLanes: true });
    s.frameOf(s.ask({ type: 'load', scenario }));
    const at8 = s.frameOf(s.ask({ type: 'seek', tick: 8 }));
    const rows8 = at8.stateTimeline.data.length / STATE_FIELDS;
    expect(rows8).toBeGreaterThan(0);
    expect(at8.openStates.length).toBeGreaterThan(0);
    for (let o = 2; o < at8.openStates.length; o += STATE_FIELDS) expect(at8.openStates[o]).toBe(8);
    expect(s.frameOf(s.ask({ type: 'seek', tick: 9 })).stateTimeline.from).toBe(rows8);
    const back = s.frameOf(s.ask({ type: 'seek', tick: 3 }));
    expect(back.stateTimeline.from).toBeLessThan(rows8);
    expect(back.stateTimeline.data.length).toBe(0);
  });

  it('reads the state spans only while a view draws them; the first frame after asking brings them all', () => {
    const lazy = session();
    lazy.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    lazy.ask({ type: 'load', scenario });
    const before = lazy.frameOf(lazy.ask({ type: 'seek', tick: 8 }));
    expect(before.stateTimeline.data.length).toBe(0);
    expect(before.openStates.length).toBe(0);
    const drawn = lazy.frameOf(lazy.ask({ type: 'draw', stateLanes: true }));
    const eager = session();
    eager.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    eager.ask({ type: 'draw', stateLanes: true });
    eager.ask({ type: 'load', scenario });
    const all = eager.frameOf(eager.ask({ type: 'seek', tick: 8 }));
    expect(drawn.stateTimeline).toEqual({ kind: 'rows', from: 0, data: all.stateTimeline.data });
    expect(drawn.openStates).toEqual(all.openStates);
    expect(drawn.stateTimeline.data.length).toBeGreaterThan(0);
  });

  it('sends only the process rows that changed', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    const first = s.frameOf(s.ask({ type: 'load', scenario }));
    expect(first.processPatch.changed.map(([i]) => i)).toEqual([0, 1, 2]);
    const next = s.frameOf(s.ask({ type: 'seek', tick: 12 }));
    const again = s.frameOf(s.ask({ type: 'seek', tick: 12 }));
    expect(next.processPatch.changed.length).toBeGreaterThan(0);
    expect(again.processPatch).toEqual({ count: 3, changed: [], again: nothingAgain });
  });

  it('with memory on, rows carry each process memory, and an unchanged one is not sent again', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    const withMemory = {
      ...scenario,
      processes: scenario.processes.map((p) => ({ ...p, needs: { ...p.needs, memoryBytes: 4096 } })),
      memory: {},
    };
    const first = s.frameOf(s.ask({ type: 'load', scenario: withMemory }));
    expect(rowOf(first, 1)?.memory).toMatchObject({ bytes: 4096, residentPages: 1, swappedPages: 0 });
    s.ask({ type: 'seek', tick: 4 });
    expect(s.frameOf(s.ask({ type: 'seek', tick: 4 })).processPatch).toEqual({
      count: 3,
      changed: [],
      again: nothingAgain,
    });
  });

  it('steps to the next and previous event', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    s.ask({ type: 'load', scenario });
    const next = s.frameOf(s.ask({ type: 'step', direction: 'forward', unit: 'event' }));
    expect(next.tick).toBe(1); // P2 arrives
    const later = s.frameOf(s.ask({ type: 'step', direction: 'forward', unit: 'event' }));
    expect(later.tick).toBe(2);
    const back = s.frameOf(s.ask({ type: 'step', direction: 'back', unit: 'event' }));
    expect(back.tick).toBe(1);
  });

  it("plays at 'max' speed within the time budget it is given", () => {
    let t = 0;
    const s = session(() => (t += 5));
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    s.ask({ type: 'load', scenario });
    const f = s.frameOf(s.ask({ type: 'advance', ticks: 'max', budgetMs: 12 }));
    expect(f.tick).toBeGreaterThan(0);
    expect(f.tick).toBeLessThan(17);
  });

  it('applies an interactive kill at the current tick and refuses a bad create', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    s.ask({ type: 'load', scenario });
    s.ask({ type: 'seek', tick: 3 });
    const killed = s.ask({ type: 'operation', request: { op: 'kill', pid: 2 } });
    expect(killed.type).toBe('operated');
    if (killed.type === 'operated') {
      expect(rowOf(killed.frame, 2)?.state).toBe('TERMINATED');
      expect(killed.scenario.operations).toEqual([{ tick: 3, op: 'kill', pid: 2 }]);
      // The reply says what the kill made at tick 3, and only that.
      expect(killed.narration.map((l) => [l.tick, l.kind, l.pid])).toContainEqual([3, 'op', 2]);
      expect(killed.narration.every((l) => l.tick === 3)).toBe(true);
    }
    const bad = s.ask({
      type: 'operation',
      request: { op: 'create', process: { pid: 1, name: '', type: 'USER', bursts: [-1] } },
    });
    expect(bad.type).toBe('invalid');
    const created = s.ask({
      type: 'operation',
      request: { op: 'create', process: { pid: 9, name: 'late', type: 'AI_INFERENCE', arrival: 0, bursts: [2] } },
    });
    expect(created.type).toBe('operated');
    if (created.type === 'operated') {
      expect(rowOf(created.frame, 9)).toMatchObject({ arrival: 3, state: 'READY' });
      expect(created.narration.map((l) => l.text)).toContain('P9 (late) is created.');
    }
  });

  it('finds the next scheduling decision with a choice on a run of its own, and a new one after an operation', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    s.ask({ type: 'load', scenario });
    const first = s.ask({ type: 'nextDecision', after: 0 });
    expect(first).toEqual({ type: 'decision', id: 3, decision: decisionFinder(scenario).after(0) });
    const d = first.type === 'decision' ? first.decision : null;
    expect(d?.choices.length).toBeGreaterThan(1);
    expect(d?.choices.map((c) => c.pid)).toContain(d?.pid);
    // Asking moved nothing: the loaded run is still at tick 0.
    expect(s.frameOf(s.ask({ type: 'seek', tick: 0 })).tick).toBe(0);
    s.ask({ type: 'operation', request: { op: 'kill', pid: d!.pid } });
    const after = s.ask({ type: 'nextDecision', after: 0 });
    expect(after.type === 'decision' && after.decision?.pid).not.toBe(d!.pid);
  });

  it('compares schedulers on the same workload', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    s.ask({ type: 'load', scenario });
    const r = s.ask({ type: 'compare', schedulers: [{ policy: 'FIFO' }, { policy: 'SRTF' }] });
    expect(r.type).toBe('compared');
    if (r.type === 'compared') {
      expect(r.entries.map((e) => e.result.policy)).toEqual(['FIFO', 'SRTF']);
      expect(r.entries[1]?.result.summary.avgWaiting).toBeLessThanOrEqual(
        r.entries[0]?.result.summary.avgWaiting as number,
      );
      expect(r.entries[0]?.timeline.length).toBeGreaterThan(0);
    }
  });

  it('compares in slices that end with the same entries as one unsliced comparison', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    s.ask({ type: 'load', scenario });
    const schedulers = [{ policy: 'FIFO' as const }, { policy: 'RR' as const, quantum: 2 }];
    const whole = s.ask({ type: 'compare', schedulers });
    let r = s.ask({ type: 'compare', schedulers, maxEvents: 3 });
    const progress: number[] = [];
    while (r.type === 'compareProgress') {
      progress.push(r.done);
      r = s.ask({ type: 'compareMore', maxEvents: 3 });
    }
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(r).toEqual({ ...whole, id: r.id });
  });

  it('refuses a bad scheduler before running any', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    s.ask({ type: 'load', scenario });
    const r = s.ask({ type: 'compare', schedulers: [{ policy: 'FIFO' }, { policy: 'RR', quantum: 0 }] });
    expect(r.type).toBe('invalid');
    expect(s.ask({ type: 'compareMore', maxEvents: 10 })).toMatchObject({ type: 'error' });
  });

  it('sends each compared run’s GPU segments beside its CPU segments', () => {
    const s = session();
    s.ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    const gpuJob = scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }, { bursts: [4], gpus: 1, type: 'AI_INFERENCE' }], {
      node: { gpus: 1 },
    });
    s.ask({ type: 'load', scenario: gpuJob });
    const r = s.ask({ type: 'compare', schedulers: [{ policy: 'FIFO' }] });
    if (r.type !== 'compared') throw new Error(`expected compared, got ${r.type}`);
    // One row [gpu, start, end, pid, kind]: GPU 0 held by P2 while it runs, after P1's 3 ticks.
    expect([...(r.entries[0]?.gpuTimeline ?? [])]).toEqual([0, 3, 7, 2, 0]);
  });
});
