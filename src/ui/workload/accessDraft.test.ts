import { describe, expect, it } from 'vitest';
import type { AccessPattern } from '../../core/index';
import { accessDraftOf, accessesOf, parseOffsets } from './accessDraft';

describe('access draft', () => {
  it('reads offsets in decimal and 0x hex, and keeps other text as typed', () => {
    expect(parseOffsets('0, 0x1000 8192,0X10')).toEqual([0, 4096, 8192, 16]);
    expect(parseOffsets('0, 4k')).toEqual([0, '4k']);
  });

  it('gives back the same pattern, or none', () => {
    const patterns: AccessPattern[] = [
      { kind: 'sequence', every: 2, offsets: [0, 4096, 100], writeEvery: 3 },
      { kind: 'locality', every: 1, workingSetPages: 5, jumpEvery: 40, writeFraction: 0.3 },
    ];
    for (const p of patterns) expect(accessesOf(accessDraftOf(p))).toEqual(p);
    expect(accessesOf(accessDraftOf(undefined))).toBeUndefined();
  });

  it('keeps the other kind’s fields while switching', () => {
    const d = {
      ...accessDraftOf({ kind: 'locality', every: 1, workingSetPages: 5, jumpEvery: 40, writeFraction: 0 }),
      kind: 'sequence' as const,
    };
    expect(accessesOf({ ...d, kind: 'locality' })).toMatchObject({ workingSetPages: 5, jumpEvery: 40 });
  });
});
