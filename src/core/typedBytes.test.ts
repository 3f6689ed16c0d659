import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY } from './memory/defaults';
import { createMemory } from './memory/memory';
import { typedBytes } from './typedBytes';

describe('typedBytes', () => {
  it('adds the typed arrays in objects, arrays and maps, and leaves frozen parts out (a copy shares them)', () => {
    const shared = Object.freeze({ big: new Float64Array(1000) });
    const data = {
      a: new Int32Array(10),
      list: [new Uint8Array(3), 7, 'x'],
      map: new Map([[1, { b: new Uint16Array(2) }]]),
      shared,
    };
    expect(typedBytes(data)).toBe(40 + 3 + 4);
    expect(typedBytes(null)).toBe(0);
  });

  it('leaves 64 checkpoints to a 1 GiB memory and about 15 to a 4 GiB one (a 1 GiB budget)', () => {
    const gib = createMemory({ ...DEFAULT_MEMORY, physicalBytes: 2 ** 30 }, 1);
    expect(typedBytes(gib)).toBeLessThanOrEqual(2 ** 30 / 64);
    const four = typedBytes(createMemory({ ...DEFAULT_MEMORY, physicalBytes: 2 ** 32 }, 1));
    expect(Math.floor(2 ** 30 / four)).toBeGreaterThanOrEqual(12);
  });
});
