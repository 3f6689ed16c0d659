import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCli } from '../runCli';

/**
 * `sim ostep ARGV`: the exit code, the SHA-256 of standard output as written, its size and the errors; `writes`:
 * an output that takes bytes as well (the command line's), else strings only.
 */
function sim(argv: string[], writes = false) {
  const hash = createHash('sha256');
  let bytes = 0;
  let largest = 0;
  const err: string[] = [];
  const code = runCli(['ostep', ...argv], {
    readText: () => '',
    out: (t) => {
      hash.update(`${t}\n`);
      bytes += t.length + 1;
      largest = Math.max(largest, t.length);
    },
    err: (t) => err.push(t),
    ...(writes
      ? {
          write: (b: Uint8Array) => {
            hash.update(b);
            bytes += b.length;
            largest = Math.max(largest, b.length);
          },
        }
      : {}),
  });
  return { code, sha256: hash.digest('hex'), bytes, largest, err: err.join('\n') };
}

const mlfqJobs = Array.from({ length: 1000 }, (_, i) => `0,${5 + (i % 7)},${i % 4}`).join(':');
const programs = Array.from({ length: 20 }, () => 'c5000,i,c5000').join(':');

/**
 * Problems the answer held whole refuses (its size), streamed instead. Each SHA-256 is that of the stdout of
 * OSTEP's own script (ostep-homework commit 6c6cfc7, python3) for the same flags; none of its code is here.
 */
const LIFTED: [string, string[], string, string][] = [
  [
    'mlfq, 1,000 listed jobs (the scenario description would have been too long)',
    ['mlfq', '-l', mlfqJobs, '-c'],
    '3f7023ef6ded9f3bbeb88428e0a6e8d06b8e80094586b9cd78e874436d17a659',
    '-l/--jlist',
  ],
  [
    'scheduler RR, 1,050,000 slices',
    ['scheduler', '-p', 'RR', '-q', '1', '-l', '600000,450000', '-c'],
    '2a206e9fb97b9fa424b73719e34c1820584dabd20b237f618151c5b23c839f9a',
    '-q/--quantum: RR takes 1050000 slices; the answer as data holds an entry per slice',
  ],
  [
    'lottery without -c, a random number for each of 1,000,001 ticks',
    ['lottery', '-s', '2', '-l', '1000001:10'],
    '337a9cb204e87b9d8861517d1028db568c50b19503c83433d0ef3d5724ff8c5a',
    '-l/--jlist: the jobs add up to 1000001 ticks; the answer as data holds a random number per tick',
  ],
  [
    'process-run, 200,040 instructions',
    ['process-run', '-P', programs, '-c', '-p'],
    'ed600e8b61843b1a3ef6556027d345b0ac9a1d2123316160c48647d4213778e8',
    '-P/--program: the processes have 200040 instructions; the answer as data holds a line per instruction',
  ],
  [
    'lfs, 150,000 commands',
    ['lfs', '-s', '1', '-n', '150000', '-p', 'c30,w40,d5,r20,s5', '-c', '-o', '-e'],
    'bce893109eb35a89f6be699d30bbcfadf9f1f92ccac1bfe06387eb810d32171c',
    '-n/--num_commands: at most 100,000 commands (got 150000)',
  ],
];

describe('sim ostep streams the text of problems whose answer is too large to hold whole', () => {
  it.each(LIFTED)(
    '%s: byte for byte OSTEP’s text, written in small pieces',
    (_name, argv, sha256, refusal) => {
      const r = sim(argv);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.sha256).toBe(sha256);
      // Written as it is made: no write holds more than a few of its lines.
      expect(r.largest).toBeLessThan(100_000);
      expect(r.bytes).toBeGreaterThan(10 * r.largest);
      const held = sim([...argv, '--json']);
      if (argv[0] === 'mlfq') expect(held.code).toBe(0);
      else {
        expect(held.code).toBe(2);
        expect(held.err).toContain(refusal);
        expect(held.err).toContain('the text alone, as the command line prints it without --json, has no such bound');
      }
    },
    120_000,
  );
});

describe('a line longer than a chunk of bytes', () => {
  it('reaches an output that takes strings whole, as written bytes give it (checksum.py’s data rows)', () => {
    const r = sim(['checksum', '-s', '1', '-d', '300000', '-c']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // the SHA-256 of the stdout of OSTEP's checksum.py -s 1 -d 300000 -c
    expect(r.sha256).toBe('7757eba4fa152699710ed4a191a4564a14981975d108b8a33475f92c30265c5d');
  });
});

describe('a run that breaks OSTEP’s script partway', () => {
  it('prints what the script prints up to there, byte for byte, then refuses (lfs.py: a link into a missing directory)', () => {
    const r = sim(['lfs', '-s', '76', '-n', '1000', '-N', '-o', '-e', '-p', 'c50,w20,d20,r5,l5', '-a', 'r'], true);
    expect(r.code).toBe(2);
    expect(r.err).toContain('lfs: command 549 (link file   /ub6/wv6/br5/uq6 /ub6/wv6/ij3/ot5/pa5/ng8): lfs.py breaks');
    // the SHA-256 of what OSTEP's lfs.py prints to stdout before its TypeError (24,853 bytes, the last line unended)
    expect(r.sha256).toBe('d755482c534db3cf30c05e1b9c5c41ead08c0fe0edf0b695b88842e0669ee751');
    expect(r.bytes).toBe(24_853);
  });
});
