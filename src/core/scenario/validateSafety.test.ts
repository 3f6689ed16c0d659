import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario, type FieldError } from './validate';

/** A small valid scenario to break. */
function base(): Record<string, any> {
  return {
    format: 'bcos-scenario',
    version: 1,
    node: { cpus: 2, gpus: 1 },
    scheduler: { policy: 'RR', quantum: 2 },
    processes: [
      { pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3, 2, 1] },
      { pid: 2, name: 'b', type: 'AI_INFERENCE', arrival: 5, bursts: [4], needs: { gpus: 1 } },
    ],
  };
}

function errorsOf(input: unknown): FieldError[] {
  const result = validateScenario(input);
  return result.ok ? [] : result.errors;
}

function wellFormed(errors: FieldError[]): boolean {
  return errors.length > 0 && errors.every((e) => e.path.length > 0 && e.message.length > 0 && e.limit.length > 0);
}

describe('prototype keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s at any level and pollutes nothing', (key) => {
    const json = `{"format":"bcos-scenario","version":1,"scheduler":{"policy":"FIFO"},"${key}":{"polluted":true},
      "processes":[{"pid":1,"name":"a","type":"USER","arrival":0,"bursts":[1],"needs":{"${key}":{"polluted":true}}}]}`;
    const errors = errorsOf(JSON.parse(json));
    expect(errors.map((e) => e.path)).toEqual([key, `processes[0].needs.${key}`]);
    expect(errors[0]?.limit).toBe('no __proto__, constructor or prototype keys');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses objects that inherit fields from a prototype', () => {
    const sneaky = Object.create({ policy: 'FIFO' }) as object;
    expect(errorsOf({ ...base(), scheduler: sneaky })[0]).toMatchObject({
      path: 'scheduler',
      limit: 'plain data (JSON)',
    });
  });

  it('does not throw on a Proxy that throws', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(errorsOf(hostile)[0]?.path).toBe('scenario');
  });
});

describe('never throws', () => {
  it('on anything', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withObjectString: true }), (input) => {
        const result = validateScenario(input);
        expect(result.ok || wellFormed(result.errors)).toBe(true);
      }),
      { seed: 20240601, numRuns: 500 },
    );
  });

  it('on valid scenarios with one value replaced', () => {
    const paths = [
      ['seed'],
      ['node'],
      ['node', 'cpus'],
      ['scheduler'],
      ['scheduler', 'quantum'],
      ['processes'],
      ['processes', 0],
      ['processes', 0, 'bursts'],
      ['processes', 0, 'bursts', 1],
      ['processes', 1, 'needs'],
      ['processes', 1, 'needs', 'gpus'],
      ['options'],
      ['version'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const s = base();
        let target: any = s;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1] as string | number] = value;
        const result = validateScenario(s);
        expect(result.ok || wellFormed(result.errors)).toBe(true);
        if (!result.ok) for (const e of result.errors) expect(e.message).toContain(e.limit);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it('on deep nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(errorsOf({ ...base(), processes: [{ ...base().processes[0], bursts: deep }] })[0]?.path).toBe(
      'processes[0].bursts[0]',
    );
  });
});
