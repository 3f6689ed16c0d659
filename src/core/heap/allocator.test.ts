import { describe, expect, it } from 'vitest';
import { createHeap, heapAlloc, heapFree, heapView } from './allocator';
import { coalesceList, returnToList } from './freeList';
import type { AllocStep, Chunk, HeapConfig, HeapState } from './types';

const CONFIG: HeapConfig = {
  base: 1000,
  size: 100,
  header: 0,
  align: null,
  policy: 'BEST',
  order: 'ADDRSORT',
  coalesce: false,
};

function heap(config: Partial<HeapConfig>, free: Chunk[] = [], allocated: HeapState['allocated'] = []): HeapState {
  const h = createHeap({ ...CONFIG, ...config });
  if ('message' in h) throw new Error(h.message);
  return free.length > 0 ? { ...h, free, allocated } : h;
}

function alloc(h: HeapState, size: number, owner: number | null = null): { heap: HeapState; step: AllocStep } {
  const r = heapAlloc(h, size, owner);
  if (typeof r === 'string') throw new Error(r);
  return r;
}

/** 1000..1010 free, 1010..1016 used, 1016..1024 free, 1024..1030 used, 1030..1100 free */
const HOLES: Chunk[] = [
  { addr: 1000, size: 10 },
  { addr: 1016, size: 8 },
  { addr: 1030, size: 70 },
];
const USED = [
  { addr: 1010, size: 6, owner: 0 },
  { addr: 1024, size: 6, owner: 1 },
];

describe('createHeap', () => {
  it('starts with one free chunk covering the heap', () => {
    expect(heap({}).free).toEqual([{ addr: 1000, size: 100 }]);
  });

  it('refuses a configuration it cannot run, naming the field', () => {
    expect(createHeap({ ...CONFIG, size: -1 })).toMatchObject({
      field: 'size',
      message: expect.stringContaining('between 0 and'),
    });
    expect(createHeap({ ...CONFIG, align: 0 })).toMatchObject({ field: 'align' });
    expect(createHeap({ ...CONFIG, header: -1 })).toMatchObject({ field: 'header' });
    expect(createHeap({ ...CONFIG, policy: 'LAST' as HeapConfig['policy'] })).toMatchObject({ field: 'policy' });
  });
});

describe('heapAlloc', () => {
  it('rounds the request up to the alignment, adds the header, and explains both', () => {
    const { step } = alloc(heap({ header: 4, align: 4 }), 3);
    expect(step).toMatchObject({
      padding: 1,
      needed: 8,
      chunk: { addr: 1000, size: 8 },
      ptr: 1004,
      remainder: { addr: 1008, size: 92 },
    });
    expect(step.explanation).toBe(
      'Alloc(3) needs 8 bytes: 3, plus 1 of padding to a multiple of 4, plus a 4-byte header. Searched 1 element; best fit: the chunk at 1000 ' +
        '(size 100) is the smallest that holds 8. Split: 1000..1008 is allocated; 1008..1100 (size 92) stays free in its place on the list. ' +
        'The caller gets 1004, just after the header.',
    );
  });

  it('BEST examines the whole list and takes the smallest chunk that fits', () => {
    const { step, heap: after } = alloc(heap({}, HOLES, USED), 8);
    expect(step).toMatchObject({ examined: [0, 1, 2], chosen: 1, remainder: null });
    expect(step.explanation).toContain(
      'Searched 3 elements; best fit: the chunk at 1016 (size 8) is the smallest that holds 8. It fits exactly',
    );
    expect(after.free).toEqual([HOLES[0], HOLES[2]]);
  });

  it('FIRST stops at the first fit; WORST takes the largest, the earliest on a tie', () => {
    expect(alloc(heap({ policy: 'FIRST' }, HOLES, USED), 8).step).toMatchObject({ examined: [0], chosen: 0 });
    const tie = [
      { addr: 1000, size: 10 },
      { addr: 1020, size: 10 },
    ];
    expect(
      alloc(
        heap({ policy: 'WORST' }, tie, [
          { addr: 1010, size: 10, owner: 0 },
          { addr: 1030, size: 70, owner: 1 },
        ]),
        4,
      ).step,
    ).toMatchObject({ examined: [0, 1], chosen: 0 });
  });

  it('leaves the remainder of a split at the chosen position, even when that unsorts a size-sorted list', () => {
    const sorted = [
      { addr: 1030, size: 70 },
      { addr: 1000, size: 10 },
      { addr: 1016, size: 8 },
    ];
    const { heap: after } = alloc(heap({ policy: 'WORST', order: 'SIZESORT-' }, sorted, USED), 65);
    expect(after.free).toEqual([
      { addr: 1095, size: 5 },
      { addr: 1000, size: 10 },
      { addr: 1016, size: 8 },
    ]);
  });

  it('NEXT starts where the previous search stopped and wraps around the list', () => {
    let h = heap({ policy: 'NEXT' }, HOLES, USED);
    h = alloc(h, 4).heap; // takes 1000..1004; the rover stays in what is left of that chunk
    const exact = alloc(h, 8);
    expect(exact.step).toMatchObject({ examined: [0, 1], chosen: 1 });
    const next = alloc(exact.heap, 6); // resumes at the element that took 1016's place: 1030
    expect(next.step).toMatchObject({ examined: [1], chosen: 1, chunk: { addr: 1030, size: 6 } });
    expect(next.step.explanation).toContain(
      'next fit: from list element 1 on, the chunk at 1030 (size 70) is the first that holds 6',
    );
    const tail = alloc(next.heap, 60); // the list is now 1004 (size 6), 1096 (size 4), the rover at 1096
    const wrap = alloc(tail.heap, 5);
    expect(wrap.step).toMatchObject({ examined: [1, 0], chosen: 0, chunk: { addr: 1004, size: 5 } });
    expect(alloc(wrap.heap, 7).step).toMatchObject({ examined: [0, 1], chosen: null });
  });

  it('changes nothing when no chunk is large enough, and says why', () => {
    const h = heap({}, HOLES, USED);
    const r = alloc(h, 71);
    expect(r.heap).toBe(h);
    expect(r.step).toMatchObject({ chunk: null, ptr: null, chosen: null, examined: [0, 1, 2] });
    expect(r.step.explanation).toBe(
      'Alloc(71) needs 71 bytes. Searched 3 elements; no free chunk holds 71 bytes (the largest has 70): the allocation fails and nothing changes.',
    );
  });

  it('refuses a request that is not a size', () => {
    expect(heapAlloc(heap({}), -1)).toMatch(/an allocation must ask for a whole number of bytes between 0 and/);
    expect(heapAlloc(heap({}), 2.5)).toMatch(/got 2.5/);
  });

  it('gives a zero-size allocation an address and no byte, and refuses a second pointer to that address', () => {
    const h = heap({});
    const zero = heapAlloc(h, 0);
    if (typeof zero === 'string') throw new Error(zero);
    expect(zero.step).toMatchObject({ ptr: 1000, chunk: { addr: 1000, size: 0 } });
    expect(zero.heap.free).toEqual([{ addr: 1000, size: 100 }]);
    expect(zero.step.explanation).toMatch(
      /Nothing is split off: the allocation gets the address 1000 and holds no byte/,
    );
    expect(heapAlloc(zero.heap, 5)).toBe(
      'Alloc(5) would return address 1000, which a live allocation of 0 bytes already has',
    );
  });
});

describe('heapFree', () => {
  it('puts the whole chunk back (header and padding included) and says where it went', () => {
    const a = alloc(heap({ header: 4, align: 4 }), 3, 7);
    const { heap: after, step } = heapFree(a.heap, 1004);
    expect(step).toMatchObject({ ok: true, chunk: { addr: 1000, size: 8 }, owner: 7, insertedAt: 0, merges: [] });
    expect(after.free).toEqual([
      { addr: 1000, size: 8 },
      { addr: 1008, size: 92 },
    ]);
    expect(step.explanation).toBe(
      'Freed 1000..1008 (size 8); it goes back at list position 0 (the list is kept sorted by address).',
    );
  });

  it('coalesces with the neighbour that follows in the list and in memory', () => {
    const a = alloc(heap({ coalesce: true, order: 'INSERT-FRONT' }), 8);
    const { heap: after, step } = heapFree(a.heap, 1000);
    expect(after.free).toEqual([{ addr: 1000, size: 100 }]);
    expect(step.explanation).toBe(
      'Freed 1000..1008 (size 8); it goes back at list position 0 (freed chunks go to the front); merged with the chunk at 1008 into 1000..1100 (size 100).',
    );
  });

  it('with a partial order, merges only list neighbours, and reports merges the re-sort made possible', () => {
    // SIZESORT+ left unsorted by a split: re-sorting on this free puts 1000 (10) just before 1010 (30).
    const h = heap(
      { order: 'SIZESORT+', coalesce: true },
      [
        { addr: 1010, size: 30 },
        { addr: 1000, size: 10 },
      ],
      [
        { addr: 1040, size: 40, owner: 0 },
        { addr: 1080, size: 5, owner: 1 },
        { addr: 1085, size: 15, owner: 2 },
      ],
    );
    const { heap: after, step } = heapFree(h, 1080);
    expect(after.free).toEqual([
      { addr: 1080, size: 5 },
      { addr: 1000, size: 40 },
    ]);
    expect(step.explanation).toContain('also merged the chunks at 1000 and 1010 into 1000..1040');
  });

  it('changes nothing for a pointer that is not allocated now', () => {
    const a = alloc(heap({ header: 4 }), 3);
    expect(heapFree(a.heap, 1000).step.ok).toBe(false); // the chunk start, not the pointer
    const freed = heapFree(a.heap, 1004).heap;
    const again = heapFree(freed, 1004);
    expect(again.heap).toBe(freed);
    expect(again.step).toMatchObject({ ok: false, chunk: null, insertedAt: null });
    expect(again.step.explanation).toBe(
      '1004 is not the pointer of an allocated chunk (never allocated, or already freed): the free fails and nothing changes.',
    );
  });
});

describe('free-list orders and coalescing', () => {
  const list = [
    { addr: 1050, size: 10 },
    { addr: 1000, size: 20 },
    { addr: 1080, size: 10 },
  ];
  it('sorted orders sort the whole list, the returned chunk after its equals', () => {
    expect(returnToList(list, { addr: 1030, size: 10 }, 'SIZESORT+')).toEqual({
      list: [list[0], list[2], { addr: 1030, size: 10 }, list[1]],
      at: 2,
    });
    expect(returnToList(list, { addr: 1030, size: 10 }, 'SIZESORT-').at).toBe(3);
    expect(returnToList(list, { addr: 1030, size: 10 }, 'ADDRSORT').at).toBe(1);
  });

  it('INSERT-FRONT and INSERT-BACK never sort', () => {
    expect(returnToList(list, { addr: 1030, size: 10 }, 'INSERT-FRONT').list.slice(1)).toEqual(list);
    expect(returnToList(list, { addr: 1030, size: 10 }, 'INSERT-BACK')).toEqual({
      list: [...list, { addr: 1030, size: 10 }],
      at: 3,
    });
  });

  it('one pass merges runs that are adjacent in the list and in ascending addresses', () => {
    const r = coalesceList([
      { addr: 1010, size: 10 },
      { addr: 1000, size: 10 },
      { addr: 1020, size: 5 },
      { addr: 1025, size: 5 },
    ]);
    expect(r.list).toEqual([
      { addr: 1010, size: 10 },
      { addr: 1000, size: 10 },
      { addr: 1020, size: 10 },
    ]);
    expect(r.merges).toEqual([
      {
        into: { addr: 1020, size: 10 },
        parts: [
          { addr: 1020, size: 5 },
          { addr: 1025, size: 5 },
        ],
      },
    ]);
  });
});

describe('heapView', () => {
  it('lists every chunk in address order with its owner, and the free list in list order', () => {
    const v = heapView(
      heap({ order: 'INSERT-FRONT' }, [HOLES[2] as Chunk, HOLES[0] as Chunk, HOLES[1] as Chunk], USED),
    );
    expect(v.chunks.map((c) => [c.addr, c.size, c.free, c.owner])).toEqual([
      [1000, 10, true, null],
      [1010, 6, false, 0],
      [1016, 8, true, null],
      [1024, 6, false, 1],
      [1030, 70, true, null],
    ]);
    expect(v.freeList.map((c) => c.addr)).toEqual([1030, 1000, 1016]);
  });
});
