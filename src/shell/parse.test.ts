import { describe, expect, it } from 'vitest';
import { closest, editDistance, EXPECTED, parseArg, parseSize, tokenize } from './parse';

const texts = (line: string) => {
  const t = tokenize(line);
  return t.ok ? t.tokens.map((x) => x.text) : t.message;
};

describe('tokenize', () => {
  it('splits on any run of spaces and keeps each token’s column', () => {
    expect(texts('  kill   3 ')).toEqual(['kill', '3']);
    const t = tokenize('kill  3');
    expect(t.ok && t.tokens.map((x) => x.start)).toEqual([0, 6]);
    expect(texts('')).toEqual([]);
  });
  it('keeps quoted spaces in one token and says where a quote is left open', () => {
    expect(texts('create "web server" USER')).toEqual(['create', 'web server', 'USER']);
    expect(texts("create 'a b'c")).toEqual(['create', 'a bc']);
    expect(texts('create "web')).toBe('unclosed double quote at column 8');
  });
});

describe('parseSize', () => {
  it.each([
    ['4096', 4096],
    ['64KiB', 65536],
    ['64kib', 65536],
    ['2MiB', 2 * 1024 * 1024],
    ['1GiB', 2 ** 30],
    ['1.5KiB', 1536],
    ['0.3KiB', 308],
    ['100B', 100],
    ['1_024', 1024],
  ])('%s = %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));
  it.each(['0', '-4', '64KB', '64 KiB', 'KiB', '5GiB', 'x', ''])('refuses %j', (text) =>
    expect(parseSize(text)).toBeNull(),
  );
});

describe('parseArg', () => {
  it.each([
    ['pid', '3', 3],
    ['pid', 'P3', 3],
    ['pid', 'p0', 0],
    ['integer', '-5', -5],
    ['integer', '+2', 2],
    ['count', '1', 1],
    ['count', '10000', 10000],
    ['tick', '0', 0],
    ['size', '2MiB', 2097152],
    ['memoryType', 'ai_model', 'AI_MODEL'],
    ['processType', 'user', 'USER'],
    ['access', 'WRITE', 'write'],
    ['address', '0x1000', 4096],
    ['address', '4096', 4096],
    ['bursts', '5,3,4', [5, 3, 4]],
    ['bursts', '5', [5]],
    ['name', 'miner', 'miner'],
  ] as const)('%s %j', (kind, text, value) => expect(parseArg(kind, text)).toEqual({ ok: true, value }));

  it.each([
    ['pid', 'x', 'a whole number'],
    ['pid', '-1', 'a whole number, 0 or more'],
    ['pid', '1.5', 'a whole number'],
    ['integer', '2.5', 'a whole number'],
    ['count', '0', EXPECTED.count],
    ['count', '10001', EXPECTED.count],
    ['tick', '-1', EXPECTED.tick],
    ['size', '64KB', EXPECTED.size],
    ['memoryType', 'RAM', EXPECTED.memoryType],
    ['processType', 'MINER', EXPECTED.processType],
    ['access', 'execute', 'read or write'],
    ['address', '0xZZ', EXPECTED.address],
    ['address', '-4', EXPECTED.address],
    ['bursts', '5,,3', EXPECTED.bursts],
    ['bursts', '5,0,3', EXPECTED.bursts],
  ] as const)('%s refuses %j', (kind, text, expected) => expect(parseArg(kind, text)).toEqual({ ok: false, expected }));

  it('names every memory and process type in what it expects', () => {
    expect(EXPECTED.memoryType).toBe(
      'one of SYSTEM, USER, AI_MODEL, AI_DATA, BLOCKCHAIN_LEDGER, BLOCKCHAIN_STATE, NETWORK_BUFFER, CACHE',
    );
    expect(EXPECTED.processType).toContain('AI_INFERENCE');
  });
});

describe('closest', () => {
  const names = ['help', 'kill', 'list', 'suspend', 'resume', 'step', 'defrag', 'dashboard'];
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('prefers the only name the word begins, then the nearest name', () => {
    expect(closest('sus', names)).toBe('suspend');
    expect(closest('kil', names)).toBe('kill');
    expect(closest('lsit', names)).toBe('list');
    expect(closest('KILL', names)).toBe('kill');
    expect(closest('dashbord', names)).toBe('dashboard');
  });
  it('suggests nothing for a word far from every name', () => {
    expect(closest('xyzzyplugh', names)).toBeNull();
  });
});
