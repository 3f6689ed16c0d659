import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { fsckScript } from './fsckScript';

/**
 * Byte-for-byte stdout of OSTEP's own file-journaling/fsck.py (remzi-arpacidusseau/ostep-homework at commit
 * 6c6cfc7e82c274fb7f0f068b5a75e1b42f7615b6), obtained by running `python3 fsck.py ARGS` with Python 3.11: the
 * commands of file-journaling/README.md and each of its twelve corruptions. A sweep of 325 commands (25 seeds x
 * every -w, 1 to 25 requests, with -c and -p) matched when these were written; the 16 of them on which
 * fsck.py crashes (no inode of the kind a corruption needs) are refused here.
 */
const GOLDEN: [string, string, string][] = [
  [
    'README: the first problem (-S 1: what was corrupted?)',
    '-S 1',
    'ARG seed 0\nARG seedCorrupt 1\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt -1\nARG dontCorrupt False\n\nFinal state of file system:\n\ninode bitmap 1000100010000001\ninodes       [d a:0 r:4] [] [] [] [d a:12 r:2] [] [] [] [d a:6 r:2] [] [] [] [] [f a:-1 r:2] [] [f a:-1 r:1] \ndata bitmap  1000001000001000\ndata         [(.,0) (..,0) (g,8) (w,4) (m,13) (z,13)] [] [] [] [] [] [(.,8) (..,0) (s,15)] [] [] [] [] [] [(.,4) (..,0)] [] [] [] \n\nCan you figure out how the file system was corrupted?\n\n',
  ],
  [
    'README: the same answered (-c)',
    '-S 1 -c',
    'ARG seed 0\nARG seedCorrupt 1\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt -1\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1000100010000101\ninodes       [d a:0 r:4] [] [] [] [d a:12 r:2] [] [] [] [d a:6 r:2] [] [] [] [] [f a:-1 r:2] [] [f a:-1 r:1] \ndata bitmap  1000001000001000\ndata         [(.,0) (..,0) (g,8) (w,4) (m,13) (z,13)] [] [] [] [] [] [(.,8) (..,0) (s,15)] [] [] [] [] [] [(.,4) (..,0)] [] [] [] \n\nCORRUPTION::INODE BITMAP corrupt bit 13\n\nFinal state of file system:\n\ninode bitmap 1000100010000001\ninodes       [d a:0 r:4] [] [] [] [d a:12 r:2] [] [] [] [d a:6 r:2] [] [] [] [] [f a:-1 r:2] [] [f a:-1 r:1] \ndata bitmap  1000001000001000\ndata         [(.,0) (..,0) (g,8) (w,4) (m,13) (z,13)] [] [] [] [] [] [(.,8) (..,0) (s,15)] [] [] [] [] [] [(.,4) (..,0)] [] [] [] \n\n',
  ],
  [
    '-D, nothing corrupted (which files exist?)',
    '-s 0 -D -p',
    "ARG seed 0\nARG seedCorrupt 0\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal True\nARG whichCorrupt -1\nARG dontCorrupt True\n\nFinal state of file system:\n\ninode bitmap 1000100010000101\ninodes       [d a:0 r:4] [] [] [] [d a:12 r:2] [] [] [] [d a:6 r:2] [] [] [] [] [f a:-1 r:2] [] [f a:-1 r:1] \ndata bitmap  1000001000001000\ndata         [(.,0) (..,0) (g,8) (w,4) (m,13) (z,13)] [] [] [] [] [] [(.,8) (..,0) (s,15)] [] [] [] [] [] [(.,4) (..,0)] [] [] [] \n\nCan you figure out which files and directories exist?\n\n\nSummary of files, directories::\n  Files:       ['/m', '/z', '/g/s']\n  Directories: ['/', '/g', '/w']\n\n",
  ],
  [
    'corruption 0: a data bitmap bit',
    '-s 1 -S 1 -w 0 -c',
    'ARG seed 1\nARG seedCorrupt 1\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 0\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1000100110010001\ninodes       [d a:0 r:4] [] [] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:3] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100001\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,0) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\nCORRUPTION::DATA BITMAP corrupt bit 13\n\nFinal state of file system:\n\ninode bitmap 1000100110010001\ninodes       [d a:0 r:4] [] [] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:3] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100101\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,0) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\n',
  ],
  [
    'corruption 1: an inode bitmap bit',
    '-s 1 -S 2 -w 1 -c',
    'ARG seed 1\nARG seedCorrupt 2\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 1\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1000100110010001\ninodes       [d a:0 r:4] [] [] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:3] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100001\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,0) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\nCORRUPTION::INODE BITMAP corrupt bit 15\n\nFinal state of file system:\n\ninode bitmap 1000100110010000\ninodes       [d a:0 r:4] [] [] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:3] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100001\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,0) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\n',
  ],
  [
    "corruption 2: a file's link count",
    '-s 1 -S 3 -w 2 -c',
    'ARG seed 1\nARG seedCorrupt 3\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 2\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1000100110010001\ninodes       [d a:0 r:4] [] [] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:3] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100001\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,0) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\nCORRUPTION::INODE 11 refcnt increased\n\nFinal state of file system:\n\ninode bitmap 1000100110010001\ninodes       [d a:0 r:4] [] [] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:4] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100001\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,0) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\n',
  ],
  [
    'corruption 3: an orphan file inode',
    '-s 1 -S 4 -w 3 -c',
    'ARG seed 1\nARG seedCorrupt 4\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 3\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1000100110010001\ninodes       [d a:0 r:4] [] [] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:3] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100001\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,0) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\nCORRUPTION::INODE 2 orphan\n\nFinal state of file system:\n\ninode bitmap 1000100110010001\ninodes       [d a:0 r:4] [] [f a:-1 r:1] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:3] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100001\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,0) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\n',
  ],
  [
    'corruption 4: a file pointing at a free block',
    '-s 2 -S 5 -w 4 -c',
    'ARG seed 2\nARG seedCorrupt 5\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 4\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1000000100110101\ninodes       [d a:0 r:3] [] [] [] [] [] [] [d a:4 r:3] [] [] [f a:-1 r:1] [f a:-1 r:2] [] [d a:11 r:3] [] [d a:15 r:2] \ndata bitmap  1000100000010001\ndata         [(.,0) (..,0) (c,13)] [] [] [] [(.,7) (..,13) (u,15) (q,11)] [] [] [] [] [] [] [(.,13) (..,0) (o,7)] [] [] [] [(.,15) (..,7) (q,11) (e,10)] \n\nCORRUPTION::INODE 11 points to dead block 12\n\nFinal state of file system:\n\ninode bitmap 1000000100110101\ninodes       [d a:0 r:3] [] [] [] [] [] [] [d a:4 r:3] [] [] [f a:-1 r:1] [f a:12 r:2] [] [d a:11 r:3] [] [d a:15 r:2] \ndata bitmap  1000100000010001\ndata         [(.,0) (..,0) (c,13)] [] [] [] [(.,7) (..,13) (u,15) (q,11)] [] [] [] [] [] [] [(.,13) (..,0) (o,7)] [] [] [] [(.,15) (..,7) (q,11) (e,10)] \n\n',
  ],
  [
    'corruption 5: a file turned directory',
    '-s 2 -S 6 -w 5 -c',
    'ARG seed 2\nARG seedCorrupt 6\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 5\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1000000100110101\ninodes       [d a:0 r:3] [] [] [] [] [] [] [d a:4 r:3] [] [] [f a:-1 r:1] [f a:-1 r:2] [] [d a:11 r:3] [] [d a:15 r:2] \ndata bitmap  1000100000010001\ndata         [(.,0) (..,0) (c,13)] [] [] [] [(.,7) (..,13) (u,15) (q,11)] [] [] [] [] [] [] [(.,13) (..,0) (o,7)] [] [] [] [(.,15) (..,7) (q,11) (e,10)] \n\nCORRUPTION::INODE 11 was type file, now dir\n\nFinal state of file system:\n\ninode bitmap 1000000100110101\ninodes       [d a:0 r:3] [] [] [] [] [] [] [d a:4 r:3] [] [] [f a:-1 r:1] [d a:-1 r:2] [] [d a:11 r:3] [] [d a:15 r:2] \ndata bitmap  1000100000010001\ndata         [(.,0) (..,0) (c,13)] [] [] [] [(.,7) (..,13) (u,15) (q,11)] [] [] [] [] [] [] [(.,13) (..,0) (o,7)] [] [] [] [(.,15) (..,7) (q,11) (e,10)] \n\n',
  ],
  [
    'corruption 6: an entry naming an unallocated inode',
    '-s 1 -S 3 -w 6 -c',
    "ARG seed 1\nARG seedCorrupt 3\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 6\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1000100110010001\ninodes       [d a:0 r:4] [] [] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:3] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100001\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,0) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\nCORRUPTION::INODE 7 with directory [('.', 7), ('..', 0), ('m', 15), ('e', 11)]:\n  entry ('..', 0) altered to refer to unallocated inode (9)\n\nFinal state of file system:\n\ninode bitmap 1000100110010001\ninodes       [d a:0 r:4] [] [] [] [f a:-1 r:1] [] [] [d a:10 r:2] [d a:15 r:2] [] [] [f a:-1 r:3] [] [] [] [f a:-1 r:1] \ndata bitmap  1000000000100001\ndata         [(.,0) (..,0) (m,7) (a,8) (g,11)] [] [] [] [] [] [] [] [] [] [(.,7) (..,9) (m,15) (e,11)] [] [] [] [] [(.,8) (..,0) (r,4) (w,11)] \n\n",
  ],
  [
    'corruption 7: an entry renamed',
    '-s 2 -S 5 -w 7 -c -p',
    "ARG seed 2\nARG seedCorrupt 5\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal True\nARG whichCorrupt 7\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1000000100110101\ninodes       [d a:0 r:3] [] [] [] [] [] [] [d a:4 r:3] [] [] [f a:-1 r:1] [f a:-1 r:2] [] [d a:11 r:3] [] [d a:15 r:2] \ndata bitmap  1000100000010001\ndata         [(.,0) (..,0) (c,13)] [] [] [] [(.,7) (..,13) (u,15) (q,11)] [] [] [] [] [] [] [(.,13) (..,0) (o,7)] [] [] [] [(.,15) (..,7) (q,11) (e,10)] \n\nCORRUPTION::INODE 13 with directory [('.', 13), ('..', 0), ('o', 7)]:\n  entry ('o', 7) altered to refer to different name (y)\n\nFinal state of file system:\n\ninode bitmap 1000000100110101\ninodes       [d a:0 r:3] [] [] [] [] [] [] [d a:4 r:3] [] [] [f a:-1 r:1] [f a:-1 r:2] [] [d a:11 r:3] [] [d a:15 r:2] \ndata bitmap  1000100000010001\ndata         [(.,0) (..,0) (c,13)] [] [] [] [(.,7) (..,13) (u,15) (q,11)] [] [] [] [] [] [] [(.,13) (..,0) (y,7)] [] [] [] [(.,15) (..,7) (q,11) (e,10)] \n\n\nSummary of files, directories::\n  Files:       ['/c/o/q', '/c/o/u/q', '/c/o/u/e']\n  Directories: ['/', '/c', '/c/o', '/c/o/u']\n\n",
  ],
  [
    "corruption 8: a directory's link count",
    '-s 3 -S 8 -w 8 -c',
    'ARG seed 3\nARG seedCorrupt 8\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 8\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1011000000000001\ninodes       [d a:0 r:3] [] [d a:13 r:3] [d a:9 r:2] [] [] [] [] [] [] [] [] [] [] [] [f a:15 r:2] \ndata bitmap  1000000001000101\ndata         [(.,0) (..,0) (f,15) (x,15) (r,2)] [] [] [] [] [] [] [] [] [(.,3) (..,2)] [] [] [] [(.,2) (..,0) (s,3)] [] [w] \n\nCORRUPTION::INODE 3 refcnt increased\n\nFinal state of file system:\n\ninode bitmap 1011000000000001\ninodes       [d a:0 r:3] [] [d a:13 r:3] [d a:9 r:3] [] [] [] [] [] [] [] [] [] [] [] [f a:15 r:2] \ndata bitmap  1000000001000101\ndata         [(.,0) (..,0) (f,15) (x,15) (r,2)] [] [] [] [] [] [] [] [] [(.,3) (..,2)] [] [] [] [(.,2) (..,0) (s,3)] [] [w] \n\n',
  ],
  [
    'corruption 9: an orphan directory inode',
    '-s 3 -S 9 -w 9 -c',
    'ARG seed 3\nARG seedCorrupt 9\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 9\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1011000000000001\ninodes       [d a:0 r:3] [] [d a:13 r:3] [d a:9 r:2] [] [] [] [] [] [] [] [] [] [] [] [f a:15 r:2] \ndata bitmap  1000000001000101\ndata         [(.,0) (..,0) (f,15) (x,15) (r,2)] [] [] [] [] [] [] [] [] [(.,3) (..,2)] [] [] [] [(.,2) (..,0) (s,3)] [] [w] \n\nCORRUPTION::INODE 7 orphan\n\nFinal state of file system:\n\ninode bitmap 1011000000000001\ninodes       [d a:0 r:3] [] [d a:13 r:3] [d a:9 r:2] [] [] [] [d a:-1 r:1] [] [] [] [] [] [] [] [f a:15 r:2] \ndata bitmap  1000000001000101\ndata         [(.,0) (..,0) (f,15) (x,15) (r,2)] [] [] [] [] [] [] [] [] [(.,3) (..,2)] [] [] [] [(.,2) (..,0) (s,3)] [] [w] \n\n',
  ],
  [
    'corruption 10: a directory pointing at a free block',
    '-s 3 -S 10 -w 10 -c',
    'ARG seed 3\nARG seedCorrupt 10\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 10\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1011000000000001\ninodes       [d a:0 r:3] [] [d a:13 r:3] [d a:9 r:2] [] [] [] [] [] [] [] [] [] [] [] [f a:15 r:2] \ndata bitmap  1000000001000101\ndata         [(.,0) (..,0) (f,15) (x,15) (r,2)] [] [] [] [] [] [] [] [] [(.,3) (..,2)] [] [] [] [(.,2) (..,0) (s,3)] [] [w] \n\nCORRUPTION::INODE 2 points to dead block 7\n\nFinal state of file system:\n\ninode bitmap 1011000000000001\ninodes       [d a:0 r:3] [] [d a:7 r:3] [d a:9 r:2] [] [] [] [] [] [] [] [] [] [] [] [f a:15 r:2] \ndata bitmap  1000000001000101\ndata         [(.,0) (..,0) (f,15) (x,15) (r,2)] [] [] [] [] [] [] [] [] [(.,3) (..,2)] [] [] [] [(.,2) (..,0) (s,3)] [] [w] \n\n',
  ],
  [
    'corruption 11: a directory turned file (fsck.py still says file, now dir)',
    '-s 3 -S 11 -w 11 -c',
    'ARG seed 3\nARG seedCorrupt 11\nARG numInodes 16\nARG numData 16\nARG numRequests 15\nARG printFinal False\nARG whichCorrupt 11\nARG dontCorrupt False\n\nInitial state of file system:\n\ninode bitmap 1011000000000001\ninodes       [d a:0 r:3] [] [d a:13 r:3] [d a:9 r:2] [] [] [] [] [] [] [] [] [] [] [] [f a:15 r:2] \ndata bitmap  1000000001000101\ndata         [(.,0) (..,0) (f,15) (x,15) (r,2)] [] [] [] [] [] [] [] [] [(.,3) (..,2)] [] [] [] [(.,2) (..,0) (s,3)] [] [w] \n\nCORRUPTION::INODE 2 was type file, now dir\n\nFinal state of file system:\n\ninode bitmap 1011000000000001\ninodes       [d a:0 r:3] [] [f a:13 r:3] [d a:9 r:2] [] [] [] [] [] [] [] [] [] [] [] [f a:15 r:2] \ndata bitmap  1000000001000101\ndata         [(.,0) (..,0) (f,15) (x,15) (r,2)] [] [] [] [] [] [] [] [] [(.,3) (..,2)] [] [] [] [(.,2) (..,0) (s,3)] [] [w] \n\n',
  ],
  [
    'out of inodes: fsck.py stops before any picture',
    '-i 4 -d 4 -n 30 -c',
    'ARG seed 0\nARG seedCorrupt 0\nARG numInodes 4\nARG numData 4\nARG numRequests 30\nARG printFinal False\nARG whichCorrupt -1\nARG dontCorrupt False\n\nFile system out of inodes; rerun with more via command-line flag?\n',
  ],
];

const solve = (args: string) => {
  const parsed = optparse(args.split(' '), fsckScript.specs, fsckScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return fsckScript.solve(parsed.values, runScenario);
};

const findings = (args: string) => {
  const r = solve(args);
  return r.ok ? r.answer.findings.map((f) => f.message) : [r.error];
};

describe('fsck.py on our file system', () => {
  it.each(GOLDEN)('%s: %s', (_name, args, expected) => {
    const r = solve(args);
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toBe(expected);
  });

  it('exits 1 when the file system ran out, as fsck.py does, whether answered whole or streamed', () => {
    for (const [args, status] of [
      ['-i 4 -d 4 -n 30 -c', 1],
      ['-s 16 -i 8 -d 40 -n 100', 1],
      ['-s 17 -i 40 -d 8 -n 100 -c', 1],
      ['-S 1 -c', 0],
    ] as const) {
      const parsed = optparse(args.split(' '), fsckScript.specs, fsckScript.defaults);
      if (!parsed.ok) throw new Error(parsed.error);
      const streamed = fsckScript.stream?.(parsed.values);
      if (!streamed?.ok) throw new Error('fsck streams its text');
      expect([solve(args), streamed.exitStatus?.() ?? 0]).toEqual([
        expect.objectContaining(status ? { exitStatus: status } : { ok: true }),
        status,
      ]);
    }
  });

  it('our fsck finds nothing in a file system that was not corrupted', () => {
    for (let seed = 0; seed < 60; seed++) {
      const r = solve(`-s ${seed} -D -n ${10 + (seed % 20)}`);
      if (!r.ok) throw new Error(r.error);
      expect(r.answer.corruption).toBeNull();
      expect(r.answer.findings).toEqual([]);
    }
  });

  it('our fsck finds every corruption but a rename to a fresh name, which no fsck can see', () => {
    let checked = 0;
    for (let seed = 0; seed < 30; seed++)
      for (let w = 0; w < 12; w++) {
        const r = solve(`-s ${seed} -S ${seed * 7 + w} -w ${w}`);
        if (!r.ok) continue;
        checked++;
        const c = r.answer.corruption;
        const invisible =
          c?.kind === 'entryName' &&
          c.entry[0] !== '.' &&
          c.entry[0] !== '..' &&
          !c.entries.some(([name]) => name === c.to);
        expect(
          r.answer.findings.length === 0,
          `${c?.text}: ${r.answer.findings.map((f) => f.message).join('; ')}`,
        ).toBe(invisible);
      }
    expect(checked).toBeGreaterThan(300);
  });

  it('names what each corruption broke', () => {
    expect(findings('-s 1 -S 3 -w 2 -c')).toEqual(['inode 11 has a link count of 4 but 3 entries name it']);
    expect(findings('-s 1 -S 2 -w 1')).toEqual([
      expect.stringMatching(/^inode \d+ is (in use|free) but its bitmap bit is [01]$/),
    ]);
  });

  it('refuses what fsck.py crashes on or rejects, naming the flag', () => {
    expect(solve('-w 12')).toEqual({ ok: false, error: expect.stringContaining('-w/--whichCorrupt must be -1') });
    expect(solve('-n 0 -w 2')).toEqual({ ok: false, error: expect.stringContaining('no file inode to corrupt') });
    expect(solve('-w 12 -D').ok).toBe(true);
  });
});
