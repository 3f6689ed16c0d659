import { describe, expect, it } from 'vitest';
import { readFs, type BlockImage } from './blockImage';
import { crashPoint, diskAfter, exploreCrashes } from './crashPoint';
import { CRASH_DEMO_DISK, CRASH_DEMO_WORKLOAD } from './crashDemo';
import { ops, plan, SMALL_DISK } from './crashTestKit';
import { diskLayout } from './diskLayout';
import { imageText } from './imageText';
import { planWrites } from './planWrites';

const MKDIR_WRITE = ops('mkdir /a', 'write /a/f 8192');

describe('planWrites', () => {
  it('lays the disk out: superblock, bitmaps, inode table, journal, data', () => {
    const l = diskLayout(SMALL_DISK, true);
    expect([l.inodeBitmap.start, l.dataBitmap.start, l.inodeTable, l.journal, l.data, l.total]).toEqual([
      1,
      2,
      { start: 3, count: 2 },
      { start: 5, count: 8 },
      { start: 13, count: 8 },
      21,
    ]);
  });

  it('with no journal, mkdir writes its five blocks home in disk order', () => {
    const p = plan('none', ops('mkdir /a'));
    expect(p.writes.map((w) => [w.address, w.kind, w.what])).toEqual([
      [1, 'metadata', 'inode bitmap'],
      [2, 'metadata', 'data bitmap'],
      [3, 'metadata', 'inode table block 0 (inodes 0–3)'],
      [5, 'metadata', "data block 0 (/'s entries)"],
      [6, 'metadata', "data block 1 (/a's entries)"],
    ]);
  });

  it('in ordered mode a write puts its data home, then TxB, the metadata, TxE, and the checkpoint', () => {
    const p = plan('ordered', MKDIR_WRITE);
    const second = p.writes.filter((w) => w.op === 1);
    expect(second.map((w) => w.kind)).toEqual([
      'data',
      'data',
      'journal',
      'journal',
      'journal',
      'journal',
      'journal',
      'commit',
      'checkpoint',
      'checkpoint',
      'checkpoint',
      'checkpoint',
    ]);
    expect(second[2]?.what).toBe('TxB of transaction 2 (write /a/f 8192): 4 blocks follow');
    expect(p.ops[1]?.durableAfter).toBe(second[7]?.n);
  });

  it('in writeback mode the data follows the commit; in data mode it is journalled', () => {
    const wb = plan('writeback', MKDIR_WRITE).writes.filter((w) => w.op === 1);
    expect(wb.map((w) => w.kind).slice(5, 8)).toEqual(['commit', 'data', 'data']);
    const data = plan('data', MKDIR_WRITE).writes.filter((w) => w.op === 1);
    expect(data.filter((w) => w.kind === 'journal')).toHaveLength(7);
    expect(data.some((w) => w.kind === 'data')).toBe(false);
  });

  it('a refused operation writes nothing; a transaction larger than the journal is refused by name', () => {
    const p = plan('data', ops('rm /nope', 'mkdir /a'));
    expect(p.ops[0]).toMatchObject({ result: { ok: false, error: { code: 'ENOENT' } }, first: 1, last: 0 });
    const big = planWrites(ops('write /f 16384'), { ...SMALL_DISK, journalBlocks: 6 }, 'data');
    expect(big).toMatchObject({ ok: false, error: { path: 'journalBlocks', limit: '10' } });
    expect(planWrites([], { ...SMALL_DISK, fs: { ...SMALL_DISK.fs, blockSize: 100 } }, 'none')).toMatchObject({
      ok: false,
      error: { path: 'fs.blockSize' },
    });
  });
});

describe('crash points', () => {
  it('before the TxE, replay discards the transaction and /a/f does not exist', () => {
    const p = plan('ordered', MKDIR_WRITE);
    const txe = p.writes.find((w) => w.tx === 2 && w.kind === 'commit')?.n as number;
    const point = crashPoint(p, txe - 1);
    expect(point.replay.outcome).toMatchObject({ kind: 'discarded', tx: 2, logged: 4, of: 4 });
    expect(point.findings).toEqual([]);
    expect(point.fates.map((f) => f.status)).toEqual(['survived', 'notDurable']);
    expect(point.summary).toBe(
      "Crash after write 19 (journal copy of data block 1 (/a's entries)): replay discards transaction 2 (its TxE is not on disk); the one durable operation survived; write /a/f 8192 was in flight: /a/f does not exist; fsck finds the file system consistent.",
    );
  });

  it('after the TxE, replay redoes the transaction and the file holds its data', () => {
    const p = plan('ordered', MKDIR_WRITE);
    const txe = p.writes.find((w) => w.tx === 2 && w.kind === 'commit')?.n as number;
    const point = crashPoint(p, txe);
    expect(point.replay.outcome).toMatchObject({ kind: 'replayed', tx: 2, alreadyHome: 0 });
    expect(point.fates.map((f) => f.status)).toEqual(['survived', 'survived']);
  });

  it('in writeback mode, a crash between the commit and the data leaves /a/f pointing at stale bytes', () => {
    const p = plan('writeback', MKDIR_WRITE);
    const txe = p.writes.find((w) => w.tx === 2 && w.kind === 'commit')?.n as number;
    const point = crashPoint(p, txe);
    expect(point.findings).toEqual([]);
    expect(point.fates[1]).toMatchObject({ status: 'damaged' });
    expect(point.fates[1]?.sentence).toContain(
      `/a/f's block 0 holds bytes never written instead of "op2.0": stale data`,
    );
  });

  it('with no journal, a crash after the inode table leaves an orphan that fsck finds and repair frees', () => {
    const p = plan('none', ops('mkdir /a'));
    const point = crashPoint(p, 3);
    expect(point.findings.map((f) => f.message)).toContain('inode 1 has a link count of 2 but 0 entries name it');
    expect(point.repairs.map((r) => r.message)).toContain(
      'directory inode 1 is named by no directory reached from /: freed with its 1 blocks',
    );
    expect(point.findingsAfterRepair).toEqual([]);
  });

  it('the explorer has a point before the first write and after each, and its last is the workload run whole', () => {
    const p = plan('data', MKDIR_WRITE);
    const points = exploreCrashes(p);
    expect(points.map((x) => x.after)).toEqual([...Array(p.writes.length + 1).keys()]);
    expect(points[0]?.crash).toBe(
      `Crash before the first write; write 1 (${p.writes[0]?.what}) never reached the disk.`,
    );
    expect(readFs(points[points.length - 1]?.disk ?? [], p.layout, 2)).toEqual(p.states[2]);
    expect(crashPoint(p, 7).summary).toBe(points[7]?.summary);
  });
});

describe('imageText', () => {
  it('says what each block of a disk holds', () => {
    const p = plan('ordered', MKDIR_WRITE);
    const disk = diskAfter(p, p.writes.length);
    expect(disk.slice(0, 7).map(imageText)).toEqual([
      'superblock',
      'bits 0–7: 11100000',
      'bits 0–7: 11110000',
      '0: dir links 3 size 4096 blocks [0]; 1: dir links 2 size 4096 blocks [1]; 2: file links 1 size 8192 blocks [2 3]; 3: free',
      '4: free; 5: free; 6: free; 7: free',
      'TxB 2: blocks 1, 2, 3, 14 follow',
      `transaction 2's copy of block 1: bits 0–7: 11100000`,
    ]);
    expect(imageText(disk[14] as BlockImage)).toBe('(.,1) (..,0) (f,2)');
    expect(imageText(disk[15] as BlockImage)).toBe('"op2.0"');
    expect(imageText(disk[20] as BlockImage)).toBe('never written');
  });
});

describe('the demo workload', () => {
  it('runs every operation and issues 50 writes with no journal', () => {
    const p = plan('none', [...CRASH_DEMO_WORKLOAD], CRASH_DEMO_DISK);
    expect(p.ops.filter((o) => !o.result.ok)).toEqual([]);
    expect(p.writes).toHaveLength(50);
  });
});
