import { describe, expect, it } from 'vitest';
import { processLook } from '../theme/processLook';
import { STATE_LOOK, TYPE_LOOK } from './memoryLook';
import { snapshotFixture } from './testing/snapshotFixture';
import { HEAT_FADE_TICKS, toFrameCells } from './toFrameCells';

// 16 frames: P7 at 0–3 (AI_MODEL, pinned), free 4–5, P3 at 6–9 (USER, dirty), free 10–15.
const snapshot = snapshotFixture({
  frames: 16,
  blocks: [
    { pid: 7, start: 0, count: 4, type: 'AI_MODEL', state: 'PINNED' },
    { pid: 3, start: 6, count: 4, type: 'USER', state: 'DIRTY' },
  ],
});

describe('toFrameCells', () => {
  it('colours by owner with one entry per pid in pid order, free frames at entry 0', () => {
    const m = toFrameCells(snapshot, 'owner');
    expect(m.palette.map((p) => p.key)).toEqual(['free', 'pid:3', 'pid:7']);
    expect(m.palette[1]).toMatchObject({ ...processLook(3), count: 4, pid: 3 });
    expect(Array.from(m.colour)).toEqual([2, 2, 2, 2, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(m.palette[0]?.count).toBe(8);
  });

  it('colours by memory type and by page state', () => {
    const byType = toFrameCells(snapshot, 'type');
    const model = byType.palette[byType.colour[0] as number];
    expect(model).toMatchObject({ key: 'type:AI_MODEL', color: TYPE_LOOK.AI_MODEL.color, count: 4 });
    expect(byType.palette[byType.colour[6] as number]?.key).toBe('type:USER');
    expect(byType.colour[4]).toBe(0);

    const byState = toFrameCells(snapshot, 'state');
    expect(byState.palette[byState.colour[1] as number]).toMatchObject({
      key: 'state:PINNED',
      color: STATE_LOOK.PINNED.color,
      pattern: 'cross',
    });
    expect(byState.palette[byState.colour[9] as number]?.key).toBe('state:DIRTY');
    expect(byState.palette[0]?.count).toBe(8);
  });

  it('treats frames without an owner as free whatever their other fields say', () => {
    const s = snapshotFixture({ frames: 4 });
    s.type[2] = 1;
    s.state[2] = 1;
    for (const mode of ['owner', 'type', 'state'] as const) expect(toFrameCells(s, mode).colour[2]).toBe(0);
  });

  it('turns recent accesses into fading heat and drops old or out-of-range ones', () => {
    const m = toFrameCells(snapshot, 'owner', [
      { frame: 2, age: 0 },
      { frame: 6, age: HEAT_FADE_TICKS / 2 },
      { frame: 7, age: HEAT_FADE_TICKS },
      { frame: 99, age: 0 },
    ]);
    expect(m.heat).toEqual([
      { frame: 2, strength: 1 },
      { frame: 6, strength: 0.5 },
    ]);
  });
});
