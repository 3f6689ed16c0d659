import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type FromSim, type NetworkPanelData, type WireFrame } from '../protocol';
import { createHandler } from './handler';

const preset = (file: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../public/scenarios', file), 'utf8')) as unknown;

function session(scenario: unknown) {
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

const panelOf = (r: FromSim): NetworkPanelData | null => frameOf(r).cluster!.panel;

describe('the Network view’s open panel in cluster frames', () => {
  it('brings only the open panel’s data, built at the frame’s tick after the move, and none when none is open', () => {
    const s = session(preset('network-panels.json'));
    expect(panelOf(s.loaded)).toBeNull();
    expect(panelOf(s.ask({ type: 'seek', tick: 700 }))).toBeNull();
    const sequence = panelOf(s.ask({ type: 'draw', networkPanel: 'sequence' }));
    expect(sequence?.panel).toBe('sequence');
    if (sequence?.panel !== 'sequence') return;
    expect(sequence.data.tick).toBe(700);
    expect(sequence.data.messages.length).toBeGreaterThan(0);
    const log = panelOf(s.ask({ type: 'draw', networkPanel: 'securityLog' }));
    expect(log?.panel === 'securityLog' && log.data?.counts.tampered).toBeGreaterThan(0);
    const back = panelOf(s.ask({ type: 'seek', tick: 100 }));
    expect(back?.panel === 'securityLog' && back.data).toMatchObject({ tick: 100, counts: { tampered: 0 } });
    const links = panelOf(s.ask({ type: 'draw', networkPanel: 'linkStats' }));
    expect(links?.panel === 'linkStats' && links.data.asOf).toBe(100);
    const curve = panelOf(s.ask({ type: 'step', direction: 'forward', unit: 'tick' }));
    expect(curve?.panel).toBe('linkStats');
    const infection = panelOf(s.ask({ type: 'draw', networkPanel: 'infection' }));
    expect(infection?.panel === 'infection' && infection.data?.tick).toBe(101);
    expect(panelOf(s.ask({ type: 'draw', networkPanel: null }))).toBeNull();
    expect(panelOf(s.ask({ type: 'seek', tick: 200 }))).toBeNull();
  });

  it('keeps the open panel across loads, and refuses a name that is not a panel by drawing none', () => {
    const s = session(preset('network-gossip-ring.json'));
    s.ask({ type: 'draw', networkPanel: 'securityLog' });
    expect(panelOf(s.ask({ type: 'load', scenario: preset('network-gossip-ring.json') }))).toEqual({
      panel: 'securityLog',
      data: null,
    });
    expect(panelOf(s.ask({ type: 'draw', networkPanel: 'everything' }))).toBeNull();
  });

  it("says beside a post-copy's totals when its pages stalled, and why", () => {
    const live = preset('network-live-migration.json') as { operations: unknown[] };
    const paused = [4010, 4040].map((tick, i) => ({
      tick,
      op: 'net',
      fault: { kind: i === 0 ? 'pause' : 'resume', node: 'n2' },
    }));
    const s = session({ ...live, operations: [...live.operations, ...paused] });
    s.ask({ type: 'draw', networkPanel: 'migration' });
    const last = panelOf(s.ask({ type: 'seek', tick: 8000 }));
    if (last?.panel !== 'migration') throw new Error('no migration panel');
    expect(last.migrations[2]?.timeline.summary).toMatch(
      / Its pages stalled from tick 4,010 to 4,040 \(n2 was paused\)\.$/,
    );
    expect(last.migrations[1]?.timeline.summary).not.toMatch(/stalled/);
  });

  it('lists each migration that reached its stop, with a cursor while the tick is within it', () => {
    const s = session(preset('network-live-migration.json'));
    s.ask({ type: 'draw', networkPanel: 'migration' });
    const early = panelOf(s.ask({ type: 'seek', tick: 100 }));
    expect(early).toEqual({ panel: 'migration', migrations: [] });
    const end = panelOf(s.ask({ type: 'seek', tick: 8000 }));
    if (end?.panel !== 'migration') throw new Error('no migration panel');
    expect(end.migrations.map((m) => m.timeline.method)).toEqual(['stopAndCopy', 'preCopy', 'postCopy']);
    expect(end.migrations[0]?.label).toMatch(/n0 → n1, stop-and-copy from tick 200$/);
    const cursors = (tick: number) => {
      const p = panelOf(s.ask({ type: 'seek', tick }));
      return p?.panel === 'migration' ? p.migrations.map((m) => m.timeline.cursor) : 'no migration panel';
    };
    expect(cursors(210)).toEqual([10]);
    // Pre-copy's rounds run before its stop: until then it has no result to draw.
    expect(cursors(2010)).toEqual([null]);
  });
});
