import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deferred, intIn, once } from './fields';

const section = () => z.strictObject({ size: intIn(1, 8).default(4) }, { error: 'must be an object {size}' });

describe('deferred, a schema made when first needed', () => {
  it('is not made while the field is absent, and made once when a value comes', () => {
    let made = 0;
    const lazy = z.strictObject({
      name: z.string(),
      section: deferred(() => {
        made++;
        return section();
      }).optional(),
    });
    expect(lazy.parse({ name: 'a' })).toEqual({ name: 'a' });
    expect(made).toBe(0);
    expect(lazy.parse({ name: 'a', section: {} })).toEqual({ name: 'a', section: { size: 4 } });
    lazy.parse({ name: 'b', section: { size: 2 } });
    expect(made).toBe(1);
  });

  it('parses and refuses as the schema made at once does, issue for issue', () => {
    const eager = z.strictObject({ section: section().optional() });
    const lazy = z.strictObject({ section: deferred(section).optional() });
    for (const input of [{}, { section: {} }, { section: { size: 9 } }, { section: 3 }, { section: { x: 1 } }]) {
      const [a, b] = [eager.safeParse(input), lazy.safeParse(input)];
      expect(b.success).toBe(a.success);
      expect(b.data).toEqual(a.data);
      expect(b.error?.issues).toEqual(a.error?.issues);
    }
  });

  it('is refused for a schema that may be absent, which it would misreport', () => {
    const lazy = z.strictObject({ section: deferred(() => section().optional()) });
    expect(() => lazy.parse({ section: {} })).toThrow(/may be absent/);
  });
});

describe('once', () => {
  it('makes its value at the first call and gives the same one after', () => {
    let calls = 0;
    const value = once(() => ({ n: ++calls }));
    expect(calls).toBe(0);
    expect(value()).toBe(value());
    expect(calls).toBe(1);
  });
});
