import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { raidScript } from './raidScript';

function solve(args: string) {
  const parsed = optparse(args.split(' ').filter(Boolean), raidScript.specs, raidScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return raidScript.solve(parsed.values, runScenario);
}

function solved(args: string) {
  const r = solve(args);
  if (!r.ok) throw new Error(r.error);
  return r;
}

/** Each read's values as printed, against a model of what the text's writes stored (a request's number + 1). */
function readsAsWritten(text: string): { reads: number; lost: number } {
  const model = new Map<number, number>();
  let index = -1;
  let block = 0;
  let size = 0;
  let write = false;
  let reads = 0;
  let lost = 0;
  for (const line of text.split('\n')) {
    const drawn = /^(\d+) (\d+)$/.exec(line);
    if (drawn) {
      index++;
      block = Number(drawn[1]);
      size = Number(drawn[2]);
    }
    if (line.startsWith('LOGICAL')) {
      write = line.startsWith('LOGICAL WRITE');
      if (write) for (let b = block; b < block + size; b++) model.set(b, (index % 255) + 1);
    }
    const values = /^ {2}read values: (.*)$/.exec(line);
    if (values)
      (values[1] as string).split(' ').forEach((v, k) => {
        reads++;
        if (v === 'LOST') lost++;
        else expect(Number(v)).toBe(model.get(block + k) ?? 0);
      });
  }
  return { reads, lost };
}

describe('sim ostep raid -F/-B: disks failing (ours)', () => {
  it.each(['-L 5', '-L 5 -5 LA -C 8k', '-L 4 -D 3', '-L 1', '-L 1 -D 6 -C 8k'])(
    '%s: with a disk down every read gives back what was written, rebuilt from the others where it must',
    (level) => {
      const r = solved(`${level} -R 12 -n 60 -w 50 -S 8k -F 1@20 -c`);
      const { reads, lost } = readsAsWritten(r.text);
      expect(reads).toBeGreaterThan(20);
      expect(lost).toBe(0);
      expect(r.text).toMatch(
        level.startsWith('-L 1')
          ? /\(mirror: block \d+ from its mirror/
          : /\(reconstructed: block \d+ rebuilt as the XOR/,
      );
      expect(r.answer.failure?.degraded).toBeGreaterThan(0);
      expect(r.answer.failure?.lost).toEqual([]);
    },
  );

  it('RAID 0 loses the failed disk’s blocks: reads of them come back LOST', () => {
    const r = solved('-L 0 -R 12 -n 40 -w 50 -F 1@10 -c');
    expect(readsAsWritten(r.text).lost).toBeGreaterThan(0);
    expect(r.answer.failure?.lost.slice(0, 3)).toEqual([1, 5, 9]);
    expect(r.text).toContain('DISK 1 FAILS before request 10\n  10000 logical blocks lost: 1, 5, 9, 13');
  });

  it('a rebuild onto a spare makes the disk whole, its time in the summary; RAID 1 reads the copy meanwhile', () => {
    const r = solved('-L 1 -R 12 -n 10 -F 0@1 -B 5000 -c -t');
    expect(r.answer.failure?.rebuild).toMatchObject({ disk: 0, offsets: 10000, finished: true });
    expect(r.text).toContain(
      'REBUILD disk 0: offsets 5000-9999 (5000 reads, 5000 writes to the spare): disk 0 is whole again',
    );
    expect(r.text).toMatch(/rebuild of disk 0: 10000 of 10000 offsets \(whole again\), 10\d\d\.\d\d ms of disk time/);
  });

  it('a second failure during the rebuild loses the blocks of both disks above what was rebuilt, and says which', () => {
    const r = solved('-L 5 -R 12 -n 10 -F 1@2,2@5 -B 2 -c');
    const f = r.answer.failure;
    expect(f?.rebuild).toMatchObject({ disk: 1, offsets: 6, finished: false });
    // RAID 5 over 4 disks: offsets 6 and up of disks 1 and 2 hold 2 × 9994 blocks, less the parity among them
    expect(f?.lost.length).toBeGreaterThan(9994);
    expect(f?.lost).not.toContain(0);
    expect(r.text).toMatch(/DISK 2 FAILS before request 5\n {2}\d+ logical blocks lost: /);
  });

  it.each([
    ['-F 4@1', '-F/--fail: disk 4 is not one of the 4 disks (0 to 3)'],
    ['-F x', '-F/--fail: "x" is not DISK@REQUEST'],
    ['-F 1@-2', '-F/--fail: request -2 is not a request number'],
    ['-B 3', '-B/--rebuild needs a disk to fail'],
    ['-F 1@1 -B -1', '-B/--rebuild: offsets per request must be 0 or more'],
    ['-F 1@1 -R 50000', 'with -F, requests must lie within the array'],
  ])('refuses %s', (args, why) => {
    const r = solve(args);
    expect(r.ok ? r.text : r.error).toContain(why);
  });
});
