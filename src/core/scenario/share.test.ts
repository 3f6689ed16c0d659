import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PROCESS_TYPES } from '../process/types';
import type { FieldError } from './fieldErrors';
import {
  decodeShare,
  encodeShare,
  inflateCapped,
  SHARE_LIMITS,
  SHARE_PREFIX,
  shareUrl,
  type ShareDecoding,
} from './share';
import { fromBase64Url, toBase64Url } from './shareBase64';
import { autosaveText, parseAutosave, parseScenarioFile } from './shareFile';
import type { Scenario } from './types';
import { validateScenario } from './validate';

const preset = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../public/scenarios/${file}`, import.meta.url), 'utf8'));
function validPreset(file: string): Scenario {
  const v = validateScenario(preset(file));
  if (!v.ok) throw new Error(`${file} is not valid`);
  return v.scenario;
}
const defaultScenario = validPreset('default.json');
const link = (data: string) => `${SHARE_PREFIX}${data}`;
const DISPLAY_LIMIT =
  'an object {lanes?: true or false, colour?: owner, type, state, cell?: 1 to 256 pixels}, in version 2';
const deflated = (text: string) => toBase64Url(deflateSync(strToU8(text), { level: 9 }));

function wellFormed(errors: FieldError[]): boolean {
  return (
    errors.length > 0 && errors.every((e) => typeof e.path === 'string' && e.limit.length > 0 && e.message.length > 0)
  );
}
/** Either refused with errors that name a limit, or a payload whose scenario validation accepts. */
function sound(result: ShareDecoding): boolean {
  return result.ok ? validateScenario(result.payload.scenario).ok : wellFormed(result.errors);
}

/** Small valid scenarios: random workloads (sometimes with memory management) through validateScenario. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    title: fc.string({ unit: 'binary', maxLength: 40 }),
    seed: fc.nat({ max: 0xffff_ffff }),
    cpus: fc.integer({ min: 1, max: 4 }),
    scheduler: fc.oneof(
      fc.constantFrom({ policy: 'FIFO' }, { policy: 'SJF' }, { policy: 'SRTF' }, { policy: 'EDF', preemptive: true }),
      fc.integer({ min: 1, max: 9 }).map((quantum) => ({ policy: 'RR', quantum })),
      fc.integer({ min: 1, max: 9 }).map((quantum) => ({ policy: 'LOTTERY', quantum })),
    ),
    memory: fc.option(fc.constantFrom('LRU', 'FIFO', 'CLOCK', 'AGING'), { nil: undefined }),
    jobs: fc.array(
      fc.record({
        name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        type: fc.constantFrom(...PROCESS_TYPES),
        priority: fc.integer({ min: -5, max: 5 }),
        arrival: fc.nat({ max: 50 }),
        bursts: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 7 }),
        memoryPages: fc.integer({ min: 1, max: 4 }),
        networkMbps: fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    kills: fc.array(fc.record({ tick: fc.nat({ max: 60 }), index: fc.nat() }), { maxLength: 3 }),
  })
  .map((r) => {
    const processes = r.jobs.map((j, i) => ({
      pid: i + 1,
      name: j.name.slice(0, 64),
      type: j.type,
      priority: j.priority,
      arrival: j.arrival,
      bursts: j.bursts.length % 2 === 1 ? j.bursts : j.bursts.slice(1),
      needs: { memoryBytes: r.memory ? j.memoryPages * 4096 : 0, networkMbps: j.networkMbps },
      ...(r.memory && {
        accesses: { kind: 'sequence', every: 1, offsets: [0, (j.memoryPages - 1) * 4096], writeEvery: 2 },
      }),
    }));
    return {
      format: 'bcos-scenario',
      version: 3,
      title: r.title,
      seed: r.seed,
      node: { cpus: r.cpus },
      scheduler: r.scheduler,
      processes,
      operations: r.kills.map((k) => ({ tick: k.tick, op: 'kill', pid: (k.index % processes.length) + 1 })),
      ...(r.memory && { memory: { replacement: r.memory } }),
    };
  })
  .map((input) => validateScenario(input))
  .filter((v) => v.ok)
  .map((v) => (v as { ok: true; scenario: Scenario }).scenario);

describe('base64url', () => {
  it('round-trips any bytes, without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[\w-]*$/);
        expect(fromBase64Url(text)).toEqual({ ok: true, bytes });
      }),
      { seed: 4001, numRuns: 300 },
    );
  });
  it('refuses characters outside the alphabet and a lone last character', () => {
    expect(fromBase64Url('ab+c')).toEqual({ ok: false, at: 2 });
    expect(fromBase64Url('abcde')).toEqual({ ok: false, at: 4 });
  });
});

describe('encodeShare / decodeShare', () => {
  it('round-trips random valid scenarios, with and without a view', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.option(fc.record({ tick: fc.nat({ max: 1000 }), tab: fc.constantFrom('simulate', 'memory', 'workload') }), {
          nil: undefined,
        }),
        (scenario, view) => {
          const payload = view ? { scenario, view } : { scenario };
          const decoded = decodeShare(link(encodeShare(payload)));
          expect(decoded).toEqual({ ok: true, payload });
        },
      ),
      { seed: 4002, numRuns: 300 },
    );
  });

  it('round-trips every preset, and the default one fits comfortably in a link', () => {
    const files = (preset('index.json') as { file: string }[]).map((p) => p.file);
    for (const file of files) {
      const scenario = validPreset(file);
      expect(decodeShare(link(encodeShare({ scenario })))).toEqual({ ok: true, payload: { scenario } });
    }
    const url = shareUrl('https://example.org/app/#old', {
      scenario: defaultScenario,
      view: { tick: 9, tab: 'simulate' },
    });
    expect(url.ok && url.url.startsWith('https://example.org/app/#s=')).toBe(true);
    expect(url.ok && url.url.length).toBeLessThan(2_000);
  });

  it('says a scenario is too big for a link', () => {
    const big = {
      ...defaultScenario,
      description: 'x'.repeat(5_000),
      processes: Array.from({ length: 400 }, (_, i) => ({
        ...defaultScenario.processes[0]!,
        pid: i + 1,
        name: `p${(i * 7919) % 1013}-${i}`,
        bursts: [((i * 31) % 97) + 1, ((i * 17) % 89) + 1, ((i * 13) % 83) + 1],
      })),
    };
    const url = shareUrl('http://127.0.0.1:4173/', { scenario: big });
    expect(url.ok).toBe(false);
    expect(!url.ok && url.reason).toMatch(/too big for a link/);
  });

  it.each([
    ['', 'a fragment starting with #s='],
    ['#x=abc', 'a fragment starting with #s='],
    ['#s=', 'base64url data after #s='],
    ['#s=ab+/', 'base64url characters (A–Z, a–z, 0–9, - and _)'],
    ['#s=abcd', 'DEFLATE-compressed data'],
    [link(deflated('{"v":1,')), 'valid JSON'],
    [link(deflated(`${'['.repeat(100)}${']'.repeat(100)}`)), 'at most 64 levels of nesting'],
    [link(deflated('{"v":3,"s":{}}')), 'version 1 or 2'],
    [link(deflated('{"v":1,"s":{},"d":{"lanes":true}}')), DISPLAY_LIMIT],
    [link(deflated('{"v":2,"s":{},"d":{"lanes":1}}')), DISPLAY_LIMIT],
    [link(deflated('{"v":2,"s":{},"d":{"colour":"rainbow"}}')), DISPLAY_LIMIT],
    [link(deflated('{"v":2,"s":{},"d":{"cell":0}}')), DISPLAY_LIMIT],
    [link(deflated('{"v":2,"s":{},"d":{"cell":1e9}}')), DISPLAY_LIMIT],
    [link(deflated('[1]')), 'an object {v, s, t?, w?}'],
    [link(deflated('{"v":1,"s":{},"t":1e308,"w":"simulate"}')), 'a whole number of ticks ≥ 0'],
    [link(deflated('{"v":1,"s":{},"__proto__":{"x":1}}')), 'no __proto__, constructor or prototype keys'],
  ])('refuses %j naming the limit %j', (fragment, limit) => {
    const result = decodeShare(fragment);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.limit)).toContain(limit);
  });

  it("passes validateScenario's errors through", () => {
    const result = decodeShare(
      link(deflated(JSON.stringify({ v: 1, s: { ...defaultScenario, processes: [{ pid: 1 }] } }))),
    );
    expect(!result.ok && result.errors.map((e) => e.path)).toContain('processes[0].name');
  });

  it('stops inflating a zip bomb at 1 MB', () => {
    const bomb = deflateSync(new Uint8Array(2 * 1024 * 1024).fill(32), { level: 9 });
    expect(bomb.length).toBeLessThan(5_000);
    expect(inflateCapped(bomb, SHARE_LIMITS.maxInflatedBytes)).toBe('too big');
    const inJson = link(deflated(`{"v":1,"s":{"title":"${'a'.repeat(2 * 1024 * 1024)}"}}`));
    const result = decodeShare(inJson);
    expect(!result.ok && result.errors[0]?.limit).toBe('at most 1 MB (1,048,576 bytes) decompressed');
    expect(
      inflateCapped(deflateSync(new Uint8Array(SHARE_LIMITS.maxInflatedBytes)), SHARE_LIMITS.maxInflatedBytes),
    ).toHaveLength(SHARE_LIMITS.maxInflatedBytes);
  });
});

/** Payloads that a hostile or broken link may carry, as JSON text. */
const valid = JSON.stringify(defaultScenario);
const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const HOSTILE_JSON = [
  `{"v":1,"s":{"__proto__":{"polluted":true},"format":"bcos-scenario","version":2}}`,
  `{"__proto__":{"v":1},"v":1,"s":${valid}}`,
  `{"v":1,"s":${valid.replace('"processes":[', '"processes":[{"pid":1,"name":"x","type":"USER","arrival":0,"bursts":[1],"constructor":{"prototype":{"polluted":true}}},')}}`,
  `{"v":1,"s":${valid},"t":1e308,"w":"simulate"}`,
  `{"v":1e308,"s":${valid}}`,
  `{"v":"1","s":${valid}}`,
  `{"v":1,"s":${valid},"t":-1,"w":"simulate"}`,
  `{"v":1,"s":${valid},"t":3,"w":"<img src=x onerror=alert(1)>"}`,
  `{"v":1,"s":${valid},"t":3}`,
  `{"v":1,"s":${valid.replace('"seed":', '"seed":1e308,"x":')}}`,
  `{"v":1,"s":${valid.replace(/"arrival":\d+/, '"arrival":1e308')}}`,
  `{"v":1,"s":${valid.replace(/"bursts":\[/, '"bursts":["1",')}}`,
  `{"v":1,"s":{"format":"bcos-scenario","version":2,"processes":"nope","scheduler":[]}}`,
  `{"v":1,"s":${deep(100)}}`,
  deep(100),
  `${'['.repeat(100_000)}`,
  'null',
  '42',
  '"text"',
  '[]',
  '{}',
  'true',
  '',
];

describe('fuzz: malformed links never throw and are refused', () => {
  const validData = encodeShare({ scenario: defaultScenario, view: { tick: 9, tab: 'simulate' } });
  const malformed = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ maxLength: 300 }).map((s) => `#s=${s}`),
    fc.nat({ max: validData.length - 1 }).map((n) => link(validData.slice(0, n))),
    fc.tuple(fc.nat({ max: validData.length - 1 }), fc.nat({ max: 63 })).map(([at, v]) => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      return link(`${validData.slice(0, at)}${alphabet[v]}${validData.slice(at + 1)}`);
    }),
    fc.uint8Array({ maxLength: 400 }).map((b) => link(toBase64Url(b))),
    fc.constantFrom(...HOSTILE_JSON).map((t) => link(deflated(t))),
    fc.jsonValue().map((v) => link(deflated(JSON.stringify({ v: 1, s: v })))),
    fc.jsonValue().map((v) => link(deflated(JSON.stringify(v)))),
  );

  it('3,000 seeded cases', () => {
    let refused = 0;
    fc.assert(
      fc.property(malformed, (fragment) => {
        const result = decodeShare(fragment);
        expect(sound(result)).toBe(true);
        if (!result.ok) refused++;
      }),
      { seed: 4004, numRuns: 3_000 },
    );
    // Only a bit flip in the unused low bits of the last character can leave a link valid.
    expect(refused).toBeGreaterThan(2_900);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('every hostile payload is refused', () => {
    for (const text of HOSTILE_JSON) {
      const result = decodeShare(link(deflated(text)));
      expect(result.ok, text.slice(0, 80)).toBe(false);
      expect(!result.ok && wellFormed(result.errors)).toBe(true);
    }
  });
});

describe('fuzz: scenario files and the autosave never throw', () => {
  const text = JSON.stringify(defaultScenario, null, 2);
  const files = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.nat({ max: text.length - 1 }).map((n) => text.slice(0, n)),
    fc.constantFrom(...HOSTILE_JSON),
    fc.constantFrom(...HOSTILE_JSON).map((t) => t.replace(/^\{"v":1,"s":/, '').replace(/(,"t":.*)?\}$/, '')),
    fc.jsonValue().map((v) => JSON.stringify(v)),
  );

  it('3,000 seeded scenario files', () => {
    fc.assert(
      fc.property(files, (t) => {
        const v = parseScenarioFile(t, 'file.json');
        expect(v.ok ? validateScenario(v.scenario).ok : wellFormed(v.errors)).toBe(true);
      }),
      { seed: 4005, numRuns: 3_000 },
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('1,000 seeded autosaves', () => {
    fc.assert(
      fc.property(files, (t) => {
        expect(sound(parseAutosave(t))).toBe(true);
      }),
      { seed: 4006, numRuns: 1_000 },
    );
  });

  it('reads a file as exported, and refuses one too deeply nested', () => {
    expect(parseScenarioFile(text, 'a.json')).toEqual({ ok: true, scenario: defaultScenario });
    const refusal = parseScenarioFile(deep(65), 'b.json');
    expect(!refusal.ok && refusal.errors[0]).toMatchObject({ path: 'b.json', limit: 'at most 64 levels of nesting' });
  });

  it('round-trips the autosave text', () => {
    const saved = autosaveText(JSON.stringify(defaultScenario), 12, 'memory');
    expect(parseAutosave(saved)).toEqual({
      ok: true,
      payload: { scenario: defaultScenario, view: { tick: 12, tab: 'memory' } },
    });
  });
});

const envelope = (extra: object) => JSON.stringify({ v: 1, s: defaultScenario, ...extra });

describe('hostile links and files (regressions)', () => {
  it('refuses bytes after the compressed data', () => {
    const data = fromBase64Url(encodeShare({ scenario: defaultScenario }));
    if (!data.ok) throw new Error('unreadable');
    const padded = toBase64Url(new Uint8Array([...data.bytes, 0, 1, 2]));
    const r = decodeShare(link(padded));
    expect(!r.ok && r.errors[0]).toMatchObject({ path: 'link', limit: 'nothing after the compressed data' });
    expect(decodeShare(link(toBase64Url(data.bytes))).ok).toBe(true);
  });

  it('lists at most 100 unknown envelope keys, then counts the rest', () => {
    const keys = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 0]));
    const r = decodeShare(link(deflated(envelope(keys))));
    expect(!r.ok && r.errors.length).toBe(101);
    expect(!r.ok && r.errors[100]?.message).toBe('and 59900 more errors (at most 100 errors listed)');
  });

  it('says that the version is missing, not "(a undefined)"', () => {
    const r = decodeShare(link(deflated(JSON.stringify({ s: defaultScenario }))));
    expect(!r.ok && r.errors[0]?.message).toBe('link has no version (v): this app reads version 2');
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseScenarioFile(`\uFEFF${JSON.stringify(defaultScenario)}`, 'a.json')).toEqual({
      ok: true,
      scenario: defaultScenario,
    });
  });

  it('refuses a key given twice instead of silently keeping the last', () => {
    const twice = JSON.stringify(defaultScenario).replace('"seed":', '"seed":7,"seed":');
    const file = parseScenarioFile(twice, 'a.json');
    expect(!file.ok && file.errors[0]?.message).toBe(
      'a.json gives the key "seed" twice in one object (line 1): each key once per object',
    );
    const r = decodeShare(link(deflated(`{"v":1,"v":1,"s":${JSON.stringify(defaultScenario)}}`)));
    expect(!r.ok && r.errors[0]).toMatchObject({ path: 'link', limit: 'each key once per object' });
  });
});

describe('a link to a tick past 10^9', () => {
  it('opens: a run can end after the last arrival, and a link at its end must open there', () => {
    const past = decodeShare(
      link(encodeShare({ scenario: defaultScenario, view: { tick: 1_500_000_000, tab: 'simulate' } })),
    );
    expect(past.ok && past.payload.view).toEqual({ tick: 1_500_000_000, tab: 'simulate' });
  });
});

describe('display choices in a link (envelope version 2)', () => {
  it('carries lane-per-process, and leaves a link without display choices at version 1', () => {
    const withLanes = encodeShare({ scenario: defaultScenario, display: { processLanes: true } });
    const opened = decodeShare(link(withLanes));
    expect(opened.ok && opened.payload.display).toEqual({ processLanes: true });
    const plain = fromBase64Url(encodeShare({ scenario: defaultScenario }));
    if (!plain.ok) throw new Error('unreadable');
    expect(strFromU8(inflateSync(plain.bytes))).toMatch(/^\{"v":1,/);
  });

  it("carries the memory grid's colouring and zoom, each only when chosen", () => {
    const display = { processLanes: true, memoryColour: 'state', memoryCell: 48 } as const;
    const opened = decodeShare(link(encodeShare({ scenario: defaultScenario, display })));
    expect(opened.ok && opened.payload.display).toEqual(display);
    const colourOnly = decodeShare(link(encodeShare({ scenario: defaultScenario, display: { memoryColour: 'type' } })));
    expect(colourOnly.ok && colourOnly.payload.display).toEqual({ memoryColour: 'type' });
    const empty = fromBase64Url(encodeShare({ scenario: defaultScenario, display: {} }));
    if (!empty.ok) throw new Error('unreadable');
    expect(strFromU8(inflateSync(empty.bytes))).toMatch(/^\{"v":1,/);
  });

  it('still opens a version 1 link, as made before display choices travelled', () => {
    const old = decodeShare(link(deflated(envelope({ t: 3, w: 'memory' }))));
    expect(old.ok && old.payload).toEqual({ scenario: defaultScenario, view: { tick: 3, tab: 'memory' } });
  });
});
