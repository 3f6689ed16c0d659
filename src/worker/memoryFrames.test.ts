import { describe, expect, it } from 'vitest';
import { validateScenario } from '../core/index';
import { scenarioOf } from '../core/testing/scenarioOf';
import { ARRAYS_REFRESH_TICKS, PROTOCOL_VERSION, withFigures, type FromSim, type WireFrame } from '../protocol';
import { createHandler } from './handler';

const KiB = 1024;

/**
 * One process that touches its 64 KiB all along (a reference after every tick of progress, each stalling it for its
 * page's latency, so one every few ticks), and a second that arrives at tick 40 and takes memory.
 */
function scenario(physicalBytes: number) {
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [60] }, { arrival: 40, bursts: [2] }]);
  const needs = { memoryBytes: 64 * KiB, gpus: 0, networkMbps: 0 };
  const v = validateScenario({
    ...base,
    processes: [
      {
        ...base.processes[0],
        needs,
        accesses: { kind: 'locality', every: 1, workingSetPages: 16, jumpEvery: 5, writeFraction: 0.5 },
      },
      { ...base.processes[1], needs },
    ],
    memory: { physicalBytes, swapBytes: 0 },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

/** What each frame of a tick-by-tick run to tick 45 carried: 'S' the snapshot, 'f' figures only, '-' nothing. */
function carried(physicalBytes: number): { kinds: string; frames: WireFrame[] } {
  const handle = createHandler({ nowMs: () => 0 });
  let id = 0;
  const ask = (msg: object) => handle({ ...msg, id: ++id })[0] as FromSim;
  ask({ type: 'hello', protocol: PROTOCOL_VERSION });
  const frames: WireFrame[] = [];
  const keep = (r: FromSim) => {
    if (r.type !== 'loaded' && r.type !== 'frame') throw new Error(`expected a frame, got ${r.type}`);
    frames.push(r.frame);
  };
  keep(ask({ type: 'load', scenario: scenario(physicalBytes) }));
  for (let t = 1; t <= 45; t++) keep(ask({ type: 'seek', tick: t }));
  const kinds = frames.map((f) => (f.memory?.snapshot ? 'S' : f.memory?.figures ? 'f' : '-')).join('');
  return { kinds, frames };
}

describe('memory in the frames', () => {
  it('sends the whole snapshot on every change up to 1 GiB of 4 KiB pages', () => {
    const { kinds } = carried(2 ** 30);
    expect(kinds).toMatch(/^[S-]+$/);
    expect(kinds.match(/S/g)?.length).toBeGreaterThan(8);
  });

  it('above that, sends per-frame arrays on a change of shape or every few ticks, and the figures between', () => {
    const { kinds, frames } = carried(2 * 2 ** 30);
    expect(kinds[0]).toBe('S');
    // References alone change memory: figures, with the arrays again at the first change ARRAYS_REFRESH_TICKS or
    // more after they last came (a reference's stall here is at most 3 ticks, so a change comes within 4).
    const between = kinds.slice(1, 40);
    expect(between).toMatch(/^[Sf-]+$/);
    expect(between.match(/f/g)?.length).toBeGreaterThan(6);
    const withArrays = [0, ...[...between].flatMap((k, i) => (k === 'S' ? [i + 1] : []))];
    for (let i = 1; i < withArrays.length; i++) {
      expect(withArrays[i]! - withArrays[i - 1]!).toBeGreaterThanOrEqual(ARRAYS_REFRESH_TICKS);
      expect(withArrays[i]! - withArrays[i - 1]!).toBeLessThanOrEqual(ARRAYS_REFRESH_TICKS + 4);
    }
    expect(withArrays.length).toBeGreaterThan(1);
    // The second process takes its memory at tick 40: a change of shape brings the arrays at once.
    expect(kinds[40]).toBe('S');
    const figures = frames.find((f) => f.memory?.figures)?.memory?.figures;
    expect(figures).toBeDefined();
    expect(figures).not.toHaveProperty('owner');
    expect(figures?.stats.translations).toBeGreaterThan(0);
  });

  it('lays the figures over the snapshot held, which keeps its per-frame arrays', () => {
    const { frames } = carried(2 * 2 ** 30);
    const held = frames[0]!.memory!.snapshot!;
    const figures = frames.find((f) => f.memory?.figures)!.memory!.figures!;
    const shown = withFigures(held, figures);
    expect(shown.owner).toBe(held.owner);
    expect(shown.swap.owner).toBe(held.swap.owner);
    expect(shown.stats).toBe(figures.stats);
  });

  it('sends the samples over time only while a view charts them; the first frame after asking brings them all', () => {
    const handle = createHandler({ nowMs: () => 0 });
    let id = 0;
    const frame = (msg: object) => {
      const r = handle({ ...msg, id: ++id })[0] as FromSim;
      if (r.type !== 'loaded' && r.type !== 'frame') throw new Error(`expected a frame, got ${r.type}`);
      return r.frame;
    };
    handle({ type: 'hello', id: ++id, protocol: PROTOCOL_VERSION });
    expect(frame({ type: 'load', scenario: scenario(256 * KiB) }).memory?.samples).toBeNull();
    expect(frame({ type: 'seek', tick: 30 }).memory?.samples).toBeNull();
    const all = frame({ type: 'draw', memorySamples: true }).memory!.samples!;
    expect(all.from).toBe(0);
    expect(all.rows.length).toBeGreaterThan(1);
    expect(all.rows.at(-1)!.tick).toBeLessThanOrEqual(30);
    // Then only what is new, as before; and none again once no view charts them.
    const next = frame({ type: 'seek', tick: 45 }).memory!.samples!;
    expect(next.from).toBe(all.rows.length);
    expect(frame({ type: 'draw', memorySamples: false }).memory?.samples).toBeNull();
    expect(frame({ type: 'draw', memorySamples: true }).memory!.samples!.from).toBe(0);
  });
});
