import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPageCache, flushAll, readThrough, shrinkTo, writeInto } from './pageCache';

describe('the page cache', () => {
  it('misses first, then hits; the least recently used goes when it is full', () => {
    const c = createPageCache(2, true);
    expect(readThrough(c, [1, 2])).toEqual({ hits: 0, fromDisk: 2, toDisk: 0, read: [1, 2], written: [] });
    expect(readThrough(c, [1, 2])).toEqual({ hits: 2, fromDisk: 0, toDisk: 0, read: [], written: [] });
    readThrough(c, [1]);
    readThrough(c, [3]);
    expect([...c.entries.keys()].sort()).toEqual([1, 3]);
    expect(c.stats).toEqual({ hits: 3, misses: 3, evictions: 1, writeBacks: 0 });
  });

  it('under write-back, a write dirties memory and the disk gets it on eviction or sync', () => {
    const c = createPageCache(2, true);
    expect(writeInto(c, [5, 6])).toEqual({ hits: 0, fromDisk: 0, toDisk: 0, read: [], written: [] });
    // The dirty block evicted (5, the least recently used) goes to the disk by number.
    expect(readThrough(c, [7])).toEqual({ hits: 0, fromDisk: 1, toDisk: 1, read: [7], written: [5] });
    const synced: number[] = [];
    expect(flushAll(c, synced)).toBe(1);
    expect(synced).toEqual([6]);
    expect(c.stats.writeBacks).toBe(2);
  });

  it('under write-through, and with no cache, every write goes to the disk', () => {
    const through = { hits: 0, fromDisk: 0, toDisk: 2, read: [], written: [1, 2] };
    expect(writeInto(createPageCache(4, false), [1, 2])).toEqual(through);
    expect(writeInto(createPageCache(0, true), [1, 2])).toEqual(through);
    expect(readThrough(createPageCache(0, true), [1, 1])).toEqual({
      hits: 0,
      fromDisk: 2,
      toDisk: 0,
      read: [1, 1],
      written: [],
    });
  });

  it('held in memory, it holds only the blocks its frames take; a write with no frame goes to the disk', () => {
    // Room for 2 blocks in all: the third read evicts, and with no frame at all a write goes straight to the disk.
    let frames = 2;
    const room = (blocks: number) => blocks <= frames;
    const c = createPageCache(8, true);
    expect(readThrough(c, [1, 2, 3], room)).toEqual({ hits: 0, fromDisk: 3, toDisk: 0, read: [1, 2, 3], written: [] });
    expect([...c.entries.keys()]).toEqual([2, 3]);
    frames = 0;
    c.entries.clear();
    expect(writeInto(c, [4], room)).toEqual({ hits: 0, fromDisk: 0, toDisk: 1, read: [], written: [4] });
    expect(c.entries.size).toBe(0);
  });

  it('shrinks clean blocks first, least recently used first, then dirty ones (written back)', () => {
    const c = createPageCache(8, true);
    writeInto(c, [1]);
    readThrough(c, [2, 3]);
    writeInto(c, [4]);
    expect(shrinkTo(c, 3)).toEqual({ dropped: 1, dirty: 0 });
    expect([...c.entries.keys()]).toEqual([1, 3, 4]);
    const dirty: number[] = [];
    expect(shrinkTo(c, 1, dirty)).toEqual({ dropped: 2, dirty: 1 });
    expect(dirty).toEqual([1]);
    expect([...c.entries.keys()]).toEqual([4]);
    expect(c.stats).toMatchObject({ evictions: 3, writeBacks: 1 });
  });

  it('never holds more than its capacity, and every block read is a hit or a miss (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.boolean(), fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 5 }))),
        (capacity, writeBack, requests) => {
          const c = createPageCache(capacity, writeBack);
          let read = 0;
          for (const [isRead, blocks] of requests) {
            if (isRead) {
              const o = readThrough(c, blocks);
              expect(o.hits + o.fromDisk).toBe(blocks.length);
              expect([o.read.length, o.written.length]).toEqual([o.fromDisk, o.toDisk]);
              read += blocks.length;
            } else {
              const o = writeInto(c, blocks);
              expect([o.read.length, o.written.length]).toEqual([o.fromDisk, o.toDisk]);
            }
            expect(c.entries.size).toBeLessThanOrEqual(capacity);
          }
          expect(c.stats.hits + c.stats.misses).toBe(read);
        },
      ),
    );
  });
});
