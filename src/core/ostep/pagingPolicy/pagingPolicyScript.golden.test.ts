import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { pagingPolicyScript } from './pagingPolicyScript';

/**
 * Byte-for-byte output of OSTEP's own vm-beyondphys-policy/paging-policy.py (remzi-arpacidusseau/ostep-homework at
 * commit 6c6cfc7e82c274fb7f0f068b5a75e1b42f7615b6), obtained by running `python3 paging-policy.py ARGS`
 * (Python 3.11.7) on this machine. Arguments are split on single spaces.
 * A wider sweep (303 argument sets: all 7 policies × seeds × cache sizes 1–11, generated and
 * explicit -a, with and without -c and -N, -b 0–5, -f) matched byte for byte when this was written.
 */
const GOLDEN: Record<string, string> = {
  // the examples of vm-beyondphys-policy/README.md
  '--addresses=0,1,2,0,1,3,0,3,1,2,1 --policy=LRU --cachesize=3 -c':
    'ARG addresses 0,1,2,0,1,3,0,3,1,2,1\nARG addressfile \nARG numaddrs 10\nARG policy LRU\nARG clockbits 2\nARG cachesize 3\nARG maxpage 10\nARG seed 0\nARG notrace False\n\nSolving...\n\nAccess: 0  MISS LRU ->          [0] <- MRU Replaced:- [Hits:0 Misses:1]\nAccess: 1  MISS LRU ->       [0, 1] <- MRU Replaced:- [Hits:0 Misses:2]\nAccess: 2  MISS LRU ->    [0, 1, 2] <- MRU Replaced:- [Hits:0 Misses:3]\nAccess: 0  HIT  LRU ->    [1, 2, 0] <- MRU Replaced:- [Hits:1 Misses:3]\nAccess: 1  HIT  LRU ->    [2, 0, 1] <- MRU Replaced:- [Hits:2 Misses:3]\nAccess: 3  MISS LRU ->    [0, 1, 3] <- MRU Replaced:2 [Hits:2 Misses:4]\nAccess: 0  HIT  LRU ->    [1, 3, 0] <- MRU Replaced:- [Hits:3 Misses:4]\nAccess: 3  HIT  LRU ->    [1, 0, 3] <- MRU Replaced:- [Hits:4 Misses:4]\nAccess: 1  HIT  LRU ->    [0, 3, 1] <- MRU Replaced:- [Hits:5 Misses:4]\nAccess: 2  MISS LRU ->    [3, 1, 2] <- MRU Replaced:0 [Hits:5 Misses:5]\nAccess: 1  HIT  LRU ->    [3, 2, 1] <- MRU Replaced:- [Hits:6 Misses:5]\n\nFINALSTATS hits 6   misses 5   hitrate 54.55\n\n',
  '-s 10 -n 3':
    'ARG addresses -1\nARG addressfile \nARG numaddrs 3\nARG policy FIFO\nARG clockbits 2\nARG cachesize 3\nARG maxpage 10\nARG seed 10\nARG notrace False\n\nAssuming a replacement policy of FIFO, and a cache of size 3 pages,\nfigure out whether each of the following page references hit or miss\nin the page cache.\n\nAccess: 5  Hit/Miss?  State of Memory?\nAccess: 4  Hit/Miss?  State of Memory?\nAccess: 5  Hit/Miss?  State of Memory?\n\n',
  '-s 10 -n 3 -c':
    'ARG addresses -1\nARG addressfile \nARG numaddrs 3\nARG policy FIFO\nARG clockbits 2\nARG cachesize 3\nARG maxpage 10\nARG seed 10\nARG notrace False\n\nSolving...\n\nAccess: 5  MISS FirstIn ->          [5] <- Lastin  Replaced:- [Hits:0 Misses:1]\nAccess: 4  MISS FirstIn ->       [5, 4] <- Lastin  Replaced:- [Hits:0 Misses:2]\nAccess: 5  HIT  FirstIn ->       [5, 4] <- Lastin  Replaced:- [Hits:1 Misses:2]\n\nFINALSTATS hits 1   misses 2   hitrate 33.33\n\n',
  '-C 3 -a 1,2,3,4,1,2,5,1,2,3,4,5 -c':
    'ARG addresses 1,2,3,4,1,2,5,1,2,3,4,5\nARG addressfile \nARG numaddrs 10\nARG policy FIFO\nARG clockbits 2\nARG cachesize 3\nARG maxpage 10\nARG seed 0\nARG notrace False\n\nSolving...\n\nAccess: 1  MISS FirstIn ->          [1] <- Lastin  Replaced:- [Hits:0 Misses:1]\nAccess: 2  MISS FirstIn ->       [1, 2] <- Lastin  Replaced:- [Hits:0 Misses:2]\nAccess: 3  MISS FirstIn ->    [1, 2, 3] <- Lastin  Replaced:- [Hits:0 Misses:3]\nAccess: 4  MISS FirstIn ->    [2, 3, 4] <- Lastin  Replaced:1 [Hits:0 Misses:4]\nAccess: 1  MISS FirstIn ->    [3, 4, 1] <- Lastin  Replaced:2 [Hits:0 Misses:5]\nAccess: 2  MISS FirstIn ->    [4, 1, 2] <- Lastin  Replaced:3 [Hits:0 Misses:6]\nAccess: 5  MISS FirstIn ->    [1, 2, 5] <- Lastin  Replaced:4 [Hits:0 Misses:7]\nAccess: 1  HIT  FirstIn ->    [1, 2, 5] <- Lastin  Replaced:- [Hits:1 Misses:7]\nAccess: 2  HIT  FirstIn ->    [1, 2, 5] <- Lastin  Replaced:- [Hits:2 Misses:7]\nAccess: 3  MISS FirstIn ->    [2, 5, 3] <- Lastin  Replaced:1 [Hits:2 Misses:8]\nAccess: 4  MISS FirstIn ->    [5, 3, 4] <- Lastin  Replaced:2 [Hits:2 Misses:9]\nAccess: 5  HIT  FirstIn ->    [5, 3, 4] <- Lastin  Replaced:- [Hits:3 Misses:9]\n\nFINALSTATS hits 3   misses 9   hitrate 25.00\n\n',
  '-C 4 -a 1,2,3,4,1,2,5,1,2,3,4,5 -c':
    'ARG addresses 1,2,3,4,1,2,5,1,2,3,4,5\nARG addressfile \nARG numaddrs 10\nARG policy FIFO\nARG clockbits 2\nARG cachesize 4\nARG maxpage 10\nARG seed 0\nARG notrace False\n\nSolving...\n\nAccess: 1  MISS FirstIn ->          [1] <- Lastin  Replaced:- [Hits:0 Misses:1]\nAccess: 2  MISS FirstIn ->       [1, 2] <- Lastin  Replaced:- [Hits:0 Misses:2]\nAccess: 3  MISS FirstIn ->    [1, 2, 3] <- Lastin  Replaced:- [Hits:0 Misses:3]\nAccess: 4  MISS FirstIn -> [1, 2, 3, 4] <- Lastin  Replaced:- [Hits:0 Misses:4]\nAccess: 1  HIT  FirstIn -> [1, 2, 3, 4] <- Lastin  Replaced:- [Hits:1 Misses:4]\nAccess: 2  HIT  FirstIn -> [1, 2, 3, 4] <- Lastin  Replaced:- [Hits:2 Misses:4]\nAccess: 5  MISS FirstIn -> [2, 3, 4, 5] <- Lastin  Replaced:1 [Hits:2 Misses:5]\nAccess: 1  MISS FirstIn -> [3, 4, 5, 1] <- Lastin  Replaced:2 [Hits:2 Misses:6]\nAccess: 2  MISS FirstIn -> [4, 5, 1, 2] <- Lastin  Replaced:3 [Hits:2 Misses:7]\nAccess: 3  MISS FirstIn -> [5, 1, 2, 3] <- Lastin  Replaced:4 [Hits:2 Misses:8]\nAccess: 4  MISS FirstIn -> [1, 2, 3, 4] <- Lastin  Replaced:5 [Hits:2 Misses:9]\nAccess: 5  MISS FirstIn -> [2, 3, 4, 5] <- Lastin  Replaced:1 [Hits:2 Misses:10]\n\nFINALSTATS hits 2   misses 10   hitrate 16.67\n\n',
  // the policies that draw from CPython's stream after the generated string, and MRU and UNOPT
  '-p CLOCK -s 3 -n 12 -b 3 -c':
    'ARG addresses -1\nARG addressfile \nARG numaddrs 12\nARG policy CLOCK\nARG clockbits 3\nARG cachesize 3\nARG maxpage 10\nARG seed 3\nARG notrace False\n\nSolving...\n\nAccess: 2  MISS Left  ->          [2] <- Right Replaced:- [Hits:0 Misses:1]\nAccess: 5  MISS Left  ->       [2, 5] <- Right Replaced:- [Hits:0 Misses:2]\nAccess: 3  MISS Left  ->    [2, 5, 3] <- Right Replaced:- [Hits:0 Misses:3]\nAccess: 6  MISS Left  ->    [2, 3, 6] <- Right Replaced:5 [Hits:0 Misses:4]\nAccess: 6  HIT  Left  ->    [2, 3, 6] <- Right Replaced:- [Hits:1 Misses:4]\nAccess: 0  MISS Left  ->    [2, 6, 0] <- Right Replaced:3 [Hits:1 Misses:5]\nAccess: 0  HIT  Left  ->    [2, 6, 0] <- Right Replaced:- [Hits:2 Misses:5]\nAccess: 8  MISS Left  ->    [2, 6, 8] <- Right Replaced:0 [Hits:2 Misses:6]\nAccess: 2  HIT  Left  ->    [2, 6, 8] <- Right Replaced:- [Hits:3 Misses:6]\nAccess: 2  HIT  Left  ->    [2, 6, 8] <- Right Replaced:- [Hits:4 Misses:6]\nAccess: 9  MISS Left  ->    [6, 8, 9] <- Right Replaced:2 [Hits:4 Misses:7]\nAccess: 4  MISS Left  ->    [6, 9, 4] <- Right Replaced:8 [Hits:4 Misses:8]\n\nFINALSTATS hits 4   misses 8   hitrate 33.33\n\n',
  '-p RAND -s 1 -n 10 -m 5 -c':
    'ARG addresses -1\nARG addressfile \nARG numaddrs 10\nARG policy RAND\nARG clockbits 2\nARG cachesize 3\nARG maxpage 5\nARG seed 1\nARG notrace False\n\nSolving...\n\nAccess: 0  MISS Left  ->          [0] <- Right Replaced:- [Hits:0 Misses:1]\nAccess: 4  MISS Left  ->       [0, 4] <- Right Replaced:- [Hits:0 Misses:2]\nAccess: 3  MISS Left  ->    [0, 4, 3] <- Right Replaced:- [Hits:0 Misses:3]\nAccess: 1  MISS Left  ->    [0, 4, 1] <- Right Replaced:3 [Hits:0 Misses:4]\nAccess: 2  MISS Left  ->    [0, 1, 2] <- Right Replaced:4 [Hits:0 Misses:5]\nAccess: 2  HIT  Left  ->    [0, 1, 2] <- Right Replaced:- [Hits:1 Misses:5]\nAccess: 3  MISS Left  ->    [0, 1, 3] <- Right Replaced:2 [Hits:1 Misses:6]\nAccess: 3  HIT  Left  ->    [0, 1, 3] <- Right Replaced:- [Hits:2 Misses:6]\nAccess: 0  HIT  Left  ->    [0, 1, 3] <- Right Replaced:- [Hits:3 Misses:6]\nAccess: 0  HIT  Left  ->    [0, 1, 3] <- Right Replaced:- [Hits:4 Misses:6]\n\nFINALSTATS hits 4   misses 6   hitrate 40.00\n\n',
  '-p MRU -s 2 -n 10 -m 5 -c':
    'ARG addresses -1\nARG addressfile \nARG numaddrs 10\nARG policy MRU\nARG clockbits 2\nARG cachesize 3\nARG maxpage 5\nARG seed 2\nARG notrace False\n\nSolving...\n\nAccess: 4  MISS LRU ->          [4] <- MRU Replaced:- [Hits:0 Misses:1]\nAccess: 4  HIT  LRU ->          [4] <- MRU Replaced:- [Hits:1 Misses:1]\nAccess: 0  MISS LRU ->       [4, 0] <- MRU Replaced:- [Hits:1 Misses:2]\nAccess: 0  HIT  LRU ->       [4, 0] <- MRU Replaced:- [Hits:2 Misses:2]\nAccess: 4  HIT  LRU ->       [0, 4] <- MRU Replaced:- [Hits:3 Misses:2]\nAccess: 3  MISS LRU ->    [0, 4, 3] <- MRU Replaced:- [Hits:3 Misses:3]\nAccess: 3  HIT  LRU ->    [0, 4, 3] <- MRU Replaced:- [Hits:4 Misses:3]\nAccess: 1  MISS LRU ->    [0, 4, 1] <- MRU Replaced:3 [Hits:4 Misses:4]\nAccess: 3  MISS LRU ->    [0, 4, 3] <- MRU Replaced:1 [Hits:4 Misses:5]\nAccess: 3  HIT  LRU ->    [0, 4, 3] <- MRU Replaced:- [Hits:5 Misses:5]\n\nFINALSTATS hits 5   misses 5   hitrate 50.00\n\n',
  '-p UNOPT -a 0,1,2,3,0,1,2,3 -C 3 -c -N':
    'ARG addresses 0,1,2,3,0,1,2,3\nARG addressfile \nARG numaddrs 10\nARG policy UNOPT\nARG clockbits 2\nARG cachesize 3\nARG maxpage 10\nARG seed 0\nARG notrace True\n\n\nFINALSTATS hits 0   misses 8   hitrate 0.00\n\n',
};

function solve(args: string): string {
  const parsed = optparse(args === '' ? [] : args.split(' '), pagingPolicyScript.specs, pagingPolicyScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = pagingPolicyScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.text;
}

describe('pagingPolicyScript prints what OSTEP prints', () => {
  it.each(Object.entries(GOLDEN))('python3 paging-policy.py %s', (args, expected) => {
    expect(solve(args)).toBe(expected);
  });
});
