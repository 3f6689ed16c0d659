import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from './readBounded';

describe('readBounded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bcos-read-'));

  it('reads a file up to the limit, whole', () => {
    const file = join(dir, 'small.json');
    writeFileSync(file, 'é'.repeat(600_000));
    expect(readBounded(file, 1_200_000)).toBe('é'.repeat(600_000));
  });

  it('refuses a file past the limit, and an endless one, without reading it all', () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, 'x'.repeat(3_000_000));
    expect(() => readBounded(file, 2_000_000)).toThrow('larger than');
    expect(() => readBounded('/dev/zero', 2 * 1024 * 1024)).toThrow(
      'it is larger than 2 MiB, the most the command line reads',
    );
  });
});
