import { describe, expect, it } from 'vitest';
import { parseAddress } from './parseAddress';

describe('parseAddress', () => {
  it('reads decimal and 0x hex', () => {
    expect(parseAddress('4096', 32)).toEqual({ ok: true, value: 4096 });
    expect(parseAddress(' 0x1A2b ', 32)).toEqual({ ok: true, value: 0x1a2b });
    expect(parseAddress('0xFFFF_FFFF', 32)).toEqual({ ok: true, value: 2 ** 32 - 1 });
    expect(parseAddress(String(2 ** 48 - 1), 48)).toEqual({ ok: true, value: 2 ** 48 - 1 });
  });

  it('names the field and the limit when the input is wrong', () => {
    expect(parseAddress('', 32)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Virtual address: enter/),
    });
    expect(parseAddress('12k', 32)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/“12k” is not a number/),
    });
    expect(parseAddress('-5', 32)).toEqual({ ok: false, message: 'Virtual address must not be negative.' });
    expect(parseAddress('0x10000', 16, 'Address')).toEqual({
      ok: false,
      message: 'Address 0x10000 is beyond the 16-bit address space: it must be below 2^16 = 65536 (0x10000).',
    });
    // exact even past 2^53, where a double would round
    expect(parseAddress('9007199254740993', 53).ok).toBe(false);
  });
});
