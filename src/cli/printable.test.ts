import { describe, expect, it } from 'vitest';
import { printable } from './printable';

describe('printable', () => {
  it('leaves ordinary text, accents and emoji alone', () => {
    expect(printable('llm-infer Ü 日本 🚀')).toBe('llm-infer Ü 日本 🚀');
  });

  it('writes control characters and bidirectional overrides as visible escapes', () => {
    expect(printable('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(printable('x\ny\tz\u007f\u0085')).toBe('x\\x0ay\\x09z\\x7f\\x85');
    expect(printable('evil\u202Etxt.exe')).toBe('evil\\u202etxt.exe');
  });
});
