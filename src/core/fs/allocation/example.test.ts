import { describe, expect, it } from 'vitest';
import { compareAllocations } from './compare';
import { EXAMPLE_ALLOCATION_GEOMETRY, EXAMPLE_ALLOCATION_LINES, exampleAllocationWorkload } from './example';
import { fsOpText } from '../fsOp';

describe('the example workload', () => {
  it('shows what sets each strategy apart', () => {
    const ops = exampleAllocationWorkload();
    expect(ops.map(fsOpText)).toEqual(EXAMPLE_ALLOCATION_LINES);
    const compared = compareAllocations(EXAMPLE_ALLOCATION_GEOMETRY, ops);
    if (!compared.ok) throw new Error(compared.error.message);
    const [contiguous, linked, indexed, extents] = compared.summaries;
    expect(contiguous?.totals).toMatchObject({ copied: 28, fragments: 3, refused: 0 });
    expect(linked?.totals).toMatchObject({ metadataBlocks: 1, copied: 0 });
    expect(indexed?.files.find((f) => f.path === '/model')).toMatchObject({ dataBlocks: 15, metadataBlocks: 1 });
    expect(extents?.files.find((f) => f.path === '/logs/a')).toMatchObject({ fragments: 6, metadataBlocks: 1 });
  });
});
