import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { mallocScript } from './mallocScript';

/**
 * Byte-for-byte stdout of OSTEP's own vm-freespace/malloc.py (remzi-arpacidusseau/ostep-homework at commit
 * 6c6cfc7e82c274fb7f0f068b5a75e1b42f7615b6), obtained by running `python3 malloc.py ARGS` with Python 3.11.7.
 * The first five are the commands of vm-freespace/README.md (whose printed outputs predate the script's
 * current format). A wider sweep (seeds x policies x orders x -C x -H/-a, random and -A) matched when these
 * were written.
 */
const GOLDEN: [string, string, string][] = [
  [
    'README: the first example (-n 5, no -c)',
    '-S 100 -b 1000 -H 4 -a 4 -l ADDRSORT -p BEST -n 5',
    'seed 0\nsize 100\nbaseAddr 1000\nheaderSize 4\nalignment 4\npolicy BEST\nlistOrder ADDRSORT\ncoalesce False\nnumOps 5\nrange 10\npercentAlloc 50\nallocList \ncompute False\n\nptr[0] = Alloc(3) returned ?\nList? \n\nFree(ptr[0])\nreturned ?\nList? \n\nptr[1] = Alloc(5) returned ?\nList? \n\nFree(ptr[1])\nreturned ?\nList? \n\nptr[2] = Alloc(8) returned ?\nList? \n\n',
  ],
  [
    'README: the same with -c',
    '-S 100 -b 1000 -H 4 -a 4 -l ADDRSORT -p BEST -n 5 -c',
    'seed 0\nsize 100\nbaseAddr 1000\nheaderSize 4\nalignment 4\npolicy BEST\nlistOrder ADDRSORT\ncoalesce False\nnumOps 5\nrange 10\npercentAlloc 50\nallocList \ncompute True\n\nptr[0] = Alloc(3) returned 1004 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1008 sz:92 ]\n\nFree(ptr[0])\nreturned 0\nFree List [ Size 2 ]: [ addr:1000 sz:8 ][ addr:1008 sz:92 ]\n\nptr[1] = Alloc(5) returned 1012 (searched 2 elements)\nFree List [ Size 2 ]: [ addr:1000 sz:8 ][ addr:1020 sz:80 ]\n\nFree(ptr[1])\nreturned 0\nFree List [ Size 3 ]: [ addr:1000 sz:8 ][ addr:1008 sz:12 ][ addr:1020 sz:80 ]\n\nptr[2] = Alloc(8) returned 1012 (searched 3 elements)\nFree List [ Size 2 ]: [ addr:1000 sz:8 ][ addr:1020 sz:80 ]\n\n',
  ],
  [
    'README: the same with -c -C (coalescing)',
    '-S 100 -b 1000 -H 4 -a 4 -l ADDRSORT -p BEST -n 5 -c -C',
    'seed 0\nsize 100\nbaseAddr 1000\nheaderSize 4\nalignment 4\npolicy BEST\nlistOrder ADDRSORT\ncoalesce True\nnumOps 5\nrange 10\npercentAlloc 50\nallocList \ncompute True\n\nptr[0] = Alloc(3) returned 1004 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1008 sz:92 ]\n\nFree(ptr[0])\nreturned 0\nFree List [ Size 1 ]: [ addr:1000 sz:100 ]\n\nptr[1] = Alloc(5) returned 1004 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1012 sz:88 ]\n\nFree(ptr[1])\nreturned 0\nFree List [ Size 1 ]: [ addr:1000 sz:100 ]\n\nptr[2] = Alloc(8) returned 1004 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1012 sz:88 ]\n\n',
  ],
  [
    'README: the -A example',
    '-A +10,+10,+10,-0,-2',
    'seed 0\nsize 100\nbaseAddr 1000\nheaderSize 0\nalignment -1\npolicy BEST\nlistOrder ADDRSORT\ncoalesce False\nnumOps 10\nrange 10\npercentAlloc 50\nallocList +10,+10,+10,-0,-2\ncompute False\n\nptr[0] = Alloc(10) returned ?\nList?\n\nptr[1] = Alloc(10) returned ?\nList?\n\nptr[2] = Alloc(10) returned ?\nList?\n\nFree(ptr[0])\nreturned ?\nList?\n\nFree(ptr[2])\nreturned ?\nList?\n\n',
  ],
  [
    'README: the -A example with -c',
    '-A +10,+10,+10,-0,-2 -c',
    'seed 0\nsize 100\nbaseAddr 1000\nheaderSize 0\nalignment -1\npolicy BEST\nlistOrder ADDRSORT\ncoalesce False\nnumOps 10\nrange 10\npercentAlloc 50\nallocList +10,+10,+10,-0,-2\ncompute True\n\nptr[0] = Alloc(10) returned 1000 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1010 sz:90 ]\n\nptr[1] = Alloc(10) returned 1010 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1020 sz:80 ]\n\nptr[2] = Alloc(10) returned 1020 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1030 sz:70 ]\n\nFree(ptr[0])\nreturned 0\nFree List [ Size 2 ]: [ addr:1000 sz:10 ][ addr:1030 sz:70 ]\n\nFree(ptr[2])\nreturned 0\nFree List [ Size 3 ]: [ addr:1000 sz:10 ][ addr:1020 sz:10 ][ addr:1030 sz:70 ]\n\n',
  ],
  [
    'random mode: a failed alloc prints -1 + header',
    '-s 3 -S 10 -H 4 -n 6 -c',
    'seed 3\nsize 10\nbaseAddr 1000\nheaderSize 4\nalignment -1\npolicy BEST\nlistOrder ADDRSORT\ncoalesce False\nnumOps 6\nrange 10\npercentAlloc 50\nallocList \ncompute True\n\nptr[0] = Alloc(6) returned 1004 (searched 1 elements)\nFree List [ Size 0 ]: \n\nptr[1] = Alloc(7) returned 3 (searched 0 elements)\nFree List [ Size 0 ]: \n\nFree(ptr[0])\nreturned 0\nFree List [ Size 1 ]: [ addr:1000 sz:10 ]\n\nptr[2] = Alloc(9) returned 3 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1000 sz:10 ]\n\nptr[3] = Alloc(3) returned 1004 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1007 sz:3 ]\n\nFree(ptr[3])\nreturned 0\nFree List [ Size 2 ]: [ addr:1000 sz:7 ][ addr:1007 sz:3 ]\n\n',
  ],
  [
    'FIRST, INSERT-FRONT, -C: partial coalescing, a stale free by address, a failed alloc',
    '-p FIRST -l INSERT-FRONT -C -A +10,+20,+30,-1,-0,+25,+5,-2,-0,+80,-4 -c',
    'seed 0\nsize 100\nbaseAddr 1000\nheaderSize 0\nalignment -1\npolicy FIRST\nlistOrder INSERT-FRONT\ncoalesce True\nnumOps 10\nrange 10\npercentAlloc 50\nallocList +10,+20,+30,-1,-0,+25,+5,-2,-0,+80,-4\ncompute True\n\nptr[0] = Alloc(10) returned 1000 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1010 sz:90 ]\n\nptr[1] = Alloc(20) returned 1010 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1030 sz:70 ]\n\nptr[2] = Alloc(30) returned 1030 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1060 sz:40 ]\n\nFree(ptr[1])\nreturned 0\nFree List [ Size 2 ]: [ addr:1010 sz:20 ][ addr:1060 sz:40 ]\n\nFree(ptr[0])\nreturned 0\nFree List [ Size 2 ]: [ addr:1000 sz:30 ][ addr:1060 sz:40 ]\n\nptr[3] = Alloc(25) returned 1000 (searched 1 elements)\nFree List [ Size 2 ]: [ addr:1025 sz:5 ][ addr:1060 sz:40 ]\n\nptr[4] = Alloc(5) returned 1025 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1060 sz:40 ]\n\nFree(ptr[2])\nreturned 0\nFree List [ Size 1 ]: [ addr:1030 sz:70 ]\n\nFree(ptr[0])\nreturned 0\nFree List [ Size 2 ]: [ addr:1000 sz:25 ][ addr:1030 sz:70 ]\n\nptr[5] = Alloc(80) returned -1 (searched 2 elements)\nFree List [ Size 2 ]: [ addr:1000 sz:25 ][ addr:1030 sz:70 ]\n\nFree(ptr[4])\nreturned 0\nFree List [ Size 3 ]: [ addr:1025 sz:5 ][ addr:1000 sz:25 ][ addr:1030 sz:70 ]\n\n',
  ],
  [
    'WORST, SIZESORT-, -a 8: a split leaves the list unsorted until the next free',
    '-p WORST -l SIZESORT- -s 7 -n 12 -r 30 -a 8 -c',
    'seed 7\nsize 100\nbaseAddr 1000\nheaderSize 0\nalignment 8\npolicy WORST\nlistOrder SIZESORT-\ncoalesce False\nnumOps 12\nrange 30\npercentAlloc 50\nallocList \ncompute True\n\nptr[0] = Alloc(5) returned 1000 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1008 sz:92 ]\n\nFree(ptr[0])\nreturned 0\nFree List [ Size 2 ]: [ addr:1008 sz:92 ][ addr:1000 sz:8 ]\n\nptr[1] = Alloc(2) returned 1008 (searched 2 elements)\nFree List [ Size 2 ]: [ addr:1016 sz:84 ][ addr:1000 sz:8 ]\n\nFree(ptr[1])\nreturned 0\nFree List [ Size 3 ]: [ addr:1016 sz:84 ][ addr:1000 sz:8 ][ addr:1008 sz:8 ]\n\nptr[2] = Alloc(3) returned 1016 (searched 3 elements)\nFree List [ Size 3 ]: [ addr:1024 sz:76 ][ addr:1000 sz:8 ][ addr:1008 sz:8 ]\n\nptr[3] = Alloc(13) returned 1024 (searched 3 elements)\nFree List [ Size 3 ]: [ addr:1040 sz:60 ][ addr:1000 sz:8 ][ addr:1008 sz:8 ]\n\nFree(ptr[2])\nreturned 0\nFree List [ Size 4 ]: [ addr:1040 sz:60 ][ addr:1000 sz:8 ][ addr:1008 sz:8 ][ addr:1016 sz:8 ]\n\nptr[4] = Alloc(19) returned 1040 (searched 4 elements)\nFree List [ Size 4 ]: [ addr:1064 sz:36 ][ addr:1000 sz:8 ][ addr:1008 sz:8 ][ addr:1016 sz:8 ]\n\nFree(ptr[4])\nreturned 0\nFree List [ Size 5 ]: [ addr:1064 sz:36 ][ addr:1040 sz:24 ][ addr:1000 sz:8 ][ addr:1008 sz:8 ][ addr:1016 sz:8 ]\n\nptr[5] = Alloc(30) returned 1064 (searched 5 elements)\nFree List [ Size 5 ]: [ addr:1096 sz:4 ][ addr:1040 sz:24 ][ addr:1000 sz:8 ][ addr:1008 sz:8 ][ addr:1016 sz:8 ]\n\nptr[6] = Alloc(26) returned -1 (searched 5 elements)\nFree List [ Size 5 ]: [ addr:1096 sz:4 ][ addr:1040 sz:24 ][ addr:1000 sz:8 ][ addr:1008 sz:8 ][ addr:1016 sz:8 ]\n\nptr[7] = Alloc(5) returned 1040 (searched 5 elements)\nFree List [ Size 5 ]: [ addr:1096 sz:4 ][ addr:1048 sz:16 ][ addr:1000 sz:8 ][ addr:1008 sz:8 ][ addr:1016 sz:8 ]\n\n',
  ],
  [
    "skipped and double frees, a failed alloc's index above the successes",
    '-p BEST -l SIZESORT+ -H 2 -A +5,+7,-0,-0,-3,+200,+4,-1,-4 -c',
    'seed 0\nsize 100\nbaseAddr 1000\nheaderSize 2\nalignment -1\npolicy BEST\nlistOrder SIZESORT+\ncoalesce False\nnumOps 10\nrange 10\npercentAlloc 50\nallocList +5,+7,-0,-0,-3,+200,+4,-1,-4\ncompute True\n\nptr[0] = Alloc(5) returned 1000 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1007 sz:93 ]\n\nptr[1] = Alloc(7) returned 1007 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1016 sz:84 ]\n\nFree(ptr[0])\nreturned 0\nFree List [ Size 2 ]: [ addr:1000 sz:7 ][ addr:1016 sz:84 ]\n\nFree(ptr[0])\nreturned -1\nFree List [ Size 2 ]: [ addr:1000 sz:7 ][ addr:1016 sz:84 ]\n\nInvalid Free: Skipping\nptr[2] = Alloc(200) returned -1 (searched 2 elements)\nFree List [ Size 2 ]: [ addr:1000 sz:7 ][ addr:1016 sz:84 ]\n\nptr[3] = Alloc(4) returned 1000 (searched 2 elements)\nFree List [ Size 2 ]: [ addr:1006 sz:1 ][ addr:1016 sz:84 ]\n\nFree(ptr[1])\nreturned 0\nFree List [ Size 3 ]: [ addr:1006 sz:1 ][ addr:1007 sz:9 ][ addr:1016 sz:84 ]\n\nInvalid Free: Skipping\n',
  ],
  [
    'a heap of size 0: every allocation fails, searching its one empty chunk',
    '-S 0 -n 4 -s 1 -c',
    'seed 1\nsize 0\nbaseAddr 1000\nheaderSize 0\nalignment -1\npolicy BEST\nlistOrder ADDRSORT\ncoalesce False\nnumOps 4\nrange 10\npercentAlloc 50\nallocList \ncompute True\n\nptr[0] = Alloc(9) returned -1 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1000 sz:0 ]\n\nptr[1] = Alloc(5) returned -1 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1000 sz:0 ]\n\nptr[2] = Alloc(7) returned -1 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1000 sz:0 ]\n\nptr[3] = Alloc(1) returned -1 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1000 sz:0 ]\n\n',
  ],
  [
    'zero-size allocations: each keeps an address and no byte; coalescing leaves a freed one inside a larger chunk',
    '-c -A +5,+0,-1,-0,+0,+0 -C',
    'seed 0\nsize 100\nbaseAddr 1000\nheaderSize 0\nalignment -1\npolicy BEST\nlistOrder ADDRSORT\ncoalesce True\nnumOps 10\nrange 10\npercentAlloc 50\nallocList +5,+0,-1,-0,+0,+0\ncompute True\n\nptr[0] = Alloc(5) returned 1000 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1005 sz:95 ]\n\nptr[1] = Alloc(0) returned 1005 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1005 sz:95 ]\n\nFree(ptr[1])\nreturned 0\nFree List [ Size 2 ]: [ addr:1005 sz:95 ][ addr:1005 sz:0 ]\n\nFree(ptr[0])\nreturned 0\nFree List [ Size 2 ]: [ addr:1000 sz:100 ][ addr:1005 sz:0 ]\n\nptr[2] = Alloc(0) returned 1005 (searched 2 elements)\nFree List [ Size 1 ]: [ addr:1000 sz:100 ]\n\nptr[3] = Alloc(0) returned 1000 (searched 1 elements)\nFree List [ Size 1 ]: [ addr:1000 sz:100 ]\n\n',
  ],
];

describe('mallocScript prints what malloc.py prints', () => {
  it.each(GOLDEN)('%s: python3 malloc.py %s', (_, args, expected) => {
    const parsed = optparse(args.split(' '), mallocScript.specs, mallocScript.defaults);
    if (!parsed.ok) throw new Error(parsed.error);
    const solved = mallocScript.solve(parsed.values, runScenario);
    if (!solved.ok) throw new Error(solved.error);
    expect(solved.text).toBe(expected);
  });
});
