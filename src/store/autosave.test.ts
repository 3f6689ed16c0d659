import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import { AUTOSAVE_KEY, AUTOSAVE_POSITION_KEY, AUTOSAVE_PRESET_KEY, autosaveWrites } from './autosave';

const scenario = scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }]);
const text = JSON.stringify(scenario);

describe('autosaveWrites', () => {
  it('writes the scenario, then the position, the first time', () => {
    const { saved, writes } = autosaveWrites(null, scenario, text, 4, 'simulate');
    expect(writes.map(([key]) => key)).toEqual([AUTOSAVE_KEY, AUTOSAVE_PRESET_KEY, AUTOSAVE_POSITION_KEY]);
    expect(saved).toEqual({ scenario, json: text, preset: null });
    expect(writes[0]?.[1]).toContain(text);
    expect(JSON.parse(writes[1]?.[1] ?? '')).toBeNull();
    expect(JSON.parse(writes[2]?.[1] ?? '')).toEqual({ t: 4, w: 'simulate' });
  });

  it('writes only the position while the scenario is the one last written, and keeps the saved JSON', () => {
    const first = autosaveWrites(null, scenario, text, 0, 'simulate');
    const next = autosaveWrites(first.saved, scenario, text, 9, 'memory');
    expect(next.saved).toBe(first.saved);
    expect(next.writes).toEqual([[AUTOSAVE_POSITION_KEY, JSON.stringify({ t: 9, w: 'memory' })]]);
  });

  it('writes a changed scenario again', () => {
    const first = autosaveWrites(null, scenario, text, 0, 'simulate');
    const edited = { ...scenario, title: 'edited' };
    const next = autosaveWrites(first.saved, edited, JSON.stringify(edited), 0, 'simulate');
    expect(next.saved.scenario).toBe(edited);
    expect(next.writes[0]?.[0]).toBe(AUTOSAVE_KEY);
  });

  it('says which preset the scenario came from, and whether it was changed since', () => {
    const json = JSON.stringify(scenario);
    const asLoaded = autosaveWrites(null, scenario, text, 0, 'simulate', { file: 'a.json', json });
    expect(JSON.parse(asLoaded.writes[1]?.[1] ?? '')).toEqual({ f: 'a.json', e: false });
    const edited = autosaveWrites(
      null,
      { ...scenario, title: 'x' },
      JSON.stringify({ ...scenario, title: 'x' }),
      0,
      'simulate',
      { file: 'a.json', json },
    );
    expect(JSON.parse(edited.writes[1]?.[1] ?? '')).toEqual({ f: 'a.json', e: true });
    // Named as a preset after it was written (restored from the autosave): the preset alone is written again.
    const named = autosaveWrites(
      autosaveWrites(null, scenario, text, 0, 'simulate').saved,
      scenario,
      text,
      0,
      'simulate',
      {
        file: 'a.json',
        json,
      },
    );
    expect(named.writes.map(([key]) => key)).toEqual([AUTOSAVE_PRESET_KEY, AUTOSAVE_POSITION_KEY]);
  });
});
