import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../core/scenario/validate';
import { run } from '../core/testing/run';
import { formatMetrics } from './formatTrace';

describe('sim run: the file system under an allocation strategy, in its statistics', () => {
  it('names the strategy, its metadata, the moves and free-space fragmentation', () => {
    const json: unknown = JSON.parse(
      readFileSync(new URL('../../public/scenarios/fs-alloc-contiguous.json', import.meta.url), 'utf8'),
    );
    const v = validateScenario(json);
    if (!v.ok) throw new Error('the preset is valid');
    expect(formatMetrics(run(v.scenario))).toContain(
      'Allocation: contiguous; metadata blocks: 0 FAT, 0 indirect, 0 extent-tree; 0 of 5 files in more than one fragment; 5 blocks copied by moves; free-space fragmentation 58.8 %',
    );
  });
});
