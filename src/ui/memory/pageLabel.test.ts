import { describe, expect, it } from 'vitest';
import { pageLabel } from './pageLabel';

/** A cell with room for `chars` characters. */
const room = (chars: number) => (text: string) => text.length <= chars;

describe('pageLabel', () => {
  it('says "P3:5" when it fits, the page alone when only that fits, else nothing', () => {
    expect(pageLabel(3, 5, room(4))).toBe('P3:5');
    expect(pageLabel(3, 125, room(4))).toBe('125');
    expect(pageLabel(3, 12_345, room(4))).toBeNull();
  });
  it('says nothing on a free frame', () => {
    expect(pageLabel(-1, -1, room(10))).toBeNull();
  });
});
