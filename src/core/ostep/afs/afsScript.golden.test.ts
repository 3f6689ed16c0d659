import { describe, expect, it } from 'vitest';
import { commandWords } from '../solve';
import { optparse } from '../optparse';
import { afsScript, type AfsAnswers } from './afsScript';

/**
 * Byte-for-byte stdout and exit status of OSTEP's own dist-afs/afs.py (ostep-homework), obtained by running
 * `python3 afs.py ARGS` with Python 3.11: its README's examples, the AFS chapter's homework questions, labels
 * without -c, and the places where afs.py stops with ABORT (exit 1). afs.py's debugging line ("invalidate file:a
 * cache: {...}") is printed with or without -c, so it is here too.
 */
const GOLDEN: [string, string, string, number][] = [
  [
    'README: two clients, one step each (the problem)',
    '-C 2 -n 1 -s 12',
    "ARG seed 12\nARG numclients 2\nARG numsteps 1\nARG numfiles 1\nARG readratio 0.5\nARG actions \nARG schedule \nARG detail 0\n\n[(1, 'a', 0), (3, 0), (4, 0)]\n[(1, 'a', 0), (2, 0), (4, 0)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            open:a [fd:0]\n                            write:0 value? -> 1\n                            close:0\n                                                        open:a [fd:0]\n                                                        read:0 -> value?\n                                                        close:0\nfile:a contains:?\n",
    0,
  ],
  [
    'README: the same with the answers',
    '-C 2 -n 1 -s 12 -c',
    "ARG seed 12\nARG numclients 2\nARG numsteps 1\nARG numfiles 1\nARG readratio 0.5\nARG actions \nARG schedule \nARG detail 0\n\n[(1, 'a', 0), (3, 0), (4, 0)]\n[(1, 'a', 0), (2, 0), (4, 0)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            open:a [fd:0]\n                            write:0 0 -> 1\n                            close:0\n                                                        open:a [fd:0]\n                                                        read:0 -> 1\n                                                        close:0\nfile:a contains:1\n",
    0,
  ],
  [
    "README: -d 1 shows the server's gets and puts",
    '-C 2 -n 1 -s 12 -c -d 1',
    "ARG seed 12\nARG numclients 2\nARG numsteps 1\nARG numfiles 1\nARG readratio 0.5\nARG actions \nARG schedule \nARG detail 1\n\n[(1, 'a', 0), (3, 0), (4, 0)]\n[(1, 'a', 0), (2, 0), (4, 0)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            open:a [fd:0]\ngetfile:a c:c0 [0]\n\n                            write:0 0 -> 1\n\n                            close:0\nputfile:a c:c0 [1]\n\n                                                        open:a [fd:0]\ngetfile:a c:c1 [1]\n\n                                                        read:0 -> 1\n\n                                                        close:0\n\nfile:a contains:1\n",
    0,
  ],
  [
    'README: -S 111000 runs client 1 first',
    '-C 2 -n 1 -s 12 -S 111000',
    "ARG seed 12\nARG numclients 2\nARG numsteps 1\nARG numfiles 1\nARG readratio 0.5\nARG actions \nARG schedule 111000\nARG detail 0\n\n[(1, 'a', 0), (3, 0), (4, 0)]\n[(1, 'a', 0), (2, 0), (4, 0)]\n      Server                         c0                          c1               \nfile:a contains:0\n                                                        open:a [fd:0]\n                                                        read:0 -> value?\n                                                        close:0\n                            open:a [fd:0]\n                            write:0 value? -> 1\n                            close:0\n                                                        invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 0, 'valid': True}}\nfile:a contains:?\n",
    0,
  ],
  [
    'README: -A gives the actions exactly',
    '-s 12 -S 011100 -A oa1:r1:c1,oa1:w1:c1',
    "ARG seed 12\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:r1:c1,oa1:w1:c1\nARG schedule 011100\nARG detail 0\n\n[(1, 'a', 1), (2, 1), (4, 1)]\n[(1, 'a', 1), (3, 1), (4, 1)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            open:a [fd:1]\n                                                        open:a [fd:1]\n                                                        write:1 value? -> 1\n                                                        close:1\n                            invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                            read:1 -> value?\n                            close:1\nfile:a contains:?\n",
    0,
  ],
  [
    'README: -d 7 shows callbacks, invalidations and the caches',
    '-s 12 -S 011100 -A oa1:r1:c1,oa1:w1:c1 -c -d 7',
    "ARG seed 12\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:r1:c1,oa1:w1:c1\nARG schedule 011100\nARG detail 7\n\n[(1, 'a', 1), (2, 1), (4, 1)]\n[(1, 'a', 1), (3, 1), (4, 1)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            open:a [fd:1]\ngetfile:a c:c0 [0]\n                            [a: 0 (v=1,d=0,r=1)]\n\n                                                        open:a [fd:1]\ngetfile:a c:c1 [0]\n                                                        [a: 0 (v=1,d=0,r=1)]\n\n                                                        write:1 0 -> 1\n                                                        [a: 1 (v=1,d=1,r=1)]\n\n                                                        close:1\nputfile:a c:c1 [1]\ncallback: c:c0 file:a\n                            invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                            invalidate a\n                            [a: 0 (v=0,d=0,r=1)]\n                                                        [a: 1 (v=1,d=0,r=0)]\n\n                            read:1 -> 0\n                            [a: 0 (v=0,d=0,r=1)]\n\n                            close:1\n\nfile:a contains:1\n",
    0,
  ],
  [
    'homework 1: more files, clients and reads',
    '-s 1 -f 2 -C 3 -r 0.3 -n 2 -c',
    "ARG seed 1\nARG numclients 3\nARG numsteps 2\nARG numfiles 2\nARG readratio 0.3\nARG actions \nARG schedule \nARG detail 0\n\n[(1, 'a', 0), (3, 0), (4, 0), (1, 'b', 1), (2, 1), (4, 1)]\n[(1, 'a', 0), (3, 0), (4, 0), (1, 'b', 1), (3, 1), (4, 1)]\n[(1, 'a', 0), (2, 0), (4, 0), (1, 'b', 1), (3, 1), (4, 1)]\n      Server                         c0                          c1                          c2               \nfile:a contains:0\nfile:b contains:1\n                                                                                    open:a [fd:0]\n                            open:a [fd:0]\n                                                        open:a [fd:0]\n                                                                                    read:0 -> 0\n                            write:0 0 -> 2\n                                                                                    close:0\n                                                                                    open:b [fd:1]\n                            close:0\n                                                        invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                                                                                    invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 0, 'valid': True}, 'b': {'data': 1, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                            open:b [fd:1]\n                                                        write:0 0 -> 3\n                                                                                    write:1 1 -> 4\n                                                        close:0\n                            invalidate file:a cache: {'a': {'data': 2, 'dirty': False, 'refcnt': 0, 'valid': True}, 'b': {'data': 1, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                                                                                    invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 0, 'valid': False}, 'b': {'data': 4, 'dirty': True, 'refcnt': 1, 'valid': True}}\n                            read:1 -> 1\n                                                        open:b [fd:1]\n                            close:1\n                                                        write:1 1 -> 5\n                                                        close:1\n                            invalidate file:b cache: {'a': {'data': 2, 'dirty': False, 'refcnt': 0, 'valid': False}, 'b': {'data': 1, 'dirty': False, 'refcnt': 0, 'valid': True}}\n                                                                                    invalidate file:b cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 0, 'valid': False}, 'b': {'data': 4, 'dirty': True, 'refcnt': 1, 'valid': True}}\n                                                                                    close:1\n                            invalidate file:b cache: {'a': {'data': 2, 'dirty': False, 'refcnt': 0, 'valid': False}, 'b': {'data': 1, 'dirty': False, 'refcnt': 0, 'valid': False}}\n                                                        invalidate file:b cache: {'a': {'data': 3, 'dirty': False, 'refcnt': 0, 'valid': True}, 'b': {'data': 5, 'dirty': False, 'refcnt': 0, 'valid': True}}\nfile:a contains:3\nfile:b contains:4\n",
    0,
  ],
  [
    'homework 2: when does each callback occur (-d 3)',
    '-s 2 -C 3 -n 2 -c -d 3',
    "ARG seed 2\nARG numclients 3\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions \nARG schedule \nARG detail 3\n\n[(1, 'a', 0), (3, 0), (4, 0), (1, 'a', 1), (2, 1), (4, 1)]\n[(1, 'a', 0), (3, 0), (4, 0), (1, 'a', 1), (2, 1), (4, 1)]\n[(1, 'a', 0), (3, 0), (4, 0), (1, 'a', 1), (2, 1), (4, 1)]\n      Server                         c0                          c1                          c2               \nfile:a contains:0\n                                                        open:a [fd:0]\ngetfile:a c:c1 [0]\n\n                                                        write:0 0 -> 1\n\n                                                                                    open:a [fd:0]\ngetfile:a c:c2 [0]\n\n                                                                                    write:0 0 -> 2\n\n                                                                                    close:0\nputfile:a c:c2 [2]\ncallback: c:c1 file:a\n                                                        invalidate file:a cache: {'a': {'data': 1, 'dirty': True, 'refcnt': 1, 'valid': True}}\n                                                        invalidate a\n\n                                                        close:0\nputfile:a c:c1 [1]\ncallback: c:c2 file:a\n                                                                                    invalidate file:a cache: {'a': {'data': 2, 'dirty': False, 'refcnt': 0, 'valid': True}}\n                                                                                    invalidate a\n\n                                                        open:a [fd:1]\n\n                            open:a [fd:0]\ngetfile:a c:c0 [1]\n\n                            write:0 1 -> 3\n\n                            close:0\nputfile:a c:c0 [3]\ncallback: c:c1 file:a\n                                                        invalidate file:a cache: {'a': {'data': 1, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                                                        invalidate a\ncallback: c:c2 file:a\n                                                                                    invalidate file:a cache: {'a': {'data': 2, 'dirty': False, 'refcnt': 0, 'valid': False}}\n                                                                                    invalidate a\n\n                                                        read:1 -> 1\n\n                            open:a [fd:1]\n\n                                                        close:1\n\n                                                                                    open:a [fd:1]\ngetfile:a c:c2 [3]\n\n                            read:1 -> 3\n\n                            close:1\n\n                                                                                    read:1 -> 3\n\n                                                                                    close:1\n\nfile:a contains:3\n",
    0,
  ],
  [
    'homework 3: the cache state at each step (-d 7)',
    '-s 3 -c -d 7',
    "ARG seed 3\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions \nARG schedule \nARG detail 7\n\n[(1, 'a', 0), (3, 0), (4, 0), (1, 'a', 1), (3, 1), (4, 1)]\n[(1, 'a', 0), (2, 0), (4, 0), (1, 'a', 1), (3, 1), (4, 1)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            open:a [fd:0]\ngetfile:a c:c0 [0]\n                            [a: 0 (v=1,d=0,r=1)]\n\n                            write:0 0 -> 1\n                            [a: 1 (v=1,d=1,r=1)]\n\n                                                        open:a [fd:0]\ngetfile:a c:c1 [0]\n                                                        [a: 0 (v=1,d=0,r=1)]\n\n                            close:0\nputfile:a c:c0 [1]\ncallback: c:c1 file:a\n                                                        invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                                                        invalidate a\n                                                        [a: 0 (v=0,d=0,r=1)]\n                            [a: 1 (v=1,d=0,r=0)]\n\n                                                        read:0 -> 0\n                                                        [a: 0 (v=0,d=0,r=1)]\n\n                            open:a [fd:1]\n                            [a: 1 (v=1,d=0,r=1)]\n\n                                                        close:0\n\n                            write:1 1 -> 2\n                            [a: 2 (v=1,d=1,r=1)]\n\n                                                        open:a [fd:1]\ngetfile:a c:c1 [1]\n                                                        [a: 1 (v=1,d=0,r=1)]\n\n                                                        write:1 1 -> 3\n                                                        [a: 3 (v=1,d=1,r=1)]\n\n                                                        close:1\nputfile:a c:c1 [3]\ncallback: c:c0 file:a\n                            invalidate file:a cache: {'a': {'data': 2, 'dirty': True, 'refcnt': 1, 'valid': True}}\n                            invalidate a\n                            [a: 2 (v=0,d=1,r=1)]\n                                                        [a: 3 (v=1,d=0,r=0)]\n\n                            close:1\nputfile:a c:c0 [2]\ncallback: c:c1 file:a\n                                                        invalidate file:a cache: {'a': {'data': 3, 'dirty': False, 'refcnt': 0, 'valid': True}}\n                                                        invalidate a\n                                                        [a: 3 (v=0,d=0,r=0)]\n                            [a: 2 (v=1,d=0,r=0)]\n\nfile:a contains:2\n",
    0,
  ],
  [
    'homework 4: oa1:w1:c1,oa1:r1:c1 under the random scheduler',
    '-A oa1:w1:c1,oa1:r1:c1 -s 4 -c',
    "ARG seed 4\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:w1:c1,oa1:r1:c1\nARG schedule \nARG detail 0\n\n[(1, 'a', 1), (3, 1), (4, 1)]\n[(1, 'a', 1), (2, 1), (4, 1)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            open:a [fd:1]\n                            write:1 0 -> 1\n                            close:1\n                                                        open:a [fd:1]\n                                                        read:1 -> 1\n                                                        close:1\nfile:a contains:1\n",
    0,
  ],
  [
    'homework 5: the same with -S 01',
    '-A oa1:w1:c1,oa1:r1:c1 -S 01 -c',
    "ARG seed 0\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:w1:c1,oa1:r1:c1\nARG schedule 01\nARG detail 0\n\n[(1, 'a', 1), (3, 1), (4, 1)]\n[(1, 'a', 1), (2, 1), (4, 1)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            open:a [fd:1]\n                                                        open:a [fd:1]\n                            write:1 0 -> 1\n                                                        read:1 -> 0\n                            close:1\n                                                        invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                                                        close:1\nfile:a contains:1\n",
    0,
  ],
  [
    'homework 5: the same with -S 100011',
    '-A oa1:w1:c1,oa1:r1:c1 -S 100011 -c -d 7',
    "ARG seed 0\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:w1:c1,oa1:r1:c1\nARG schedule 100011\nARG detail 7\n\n[(1, 'a', 1), (3, 1), (4, 1)]\n[(1, 'a', 1), (2, 1), (4, 1)]\n      Server                         c0                          c1               \nfile:a contains:0\n                                                        open:a [fd:1]\ngetfile:a c:c1 [0]\n                                                        [a: 0 (v=1,d=0,r=1)]\n\n                            open:a [fd:1]\ngetfile:a c:c0 [0]\n                            [a: 0 (v=1,d=0,r=1)]\n\n                            write:1 0 -> 1\n                            [a: 1 (v=1,d=1,r=1)]\n\n                            close:1\nputfile:a c:c0 [1]\ncallback: c:c1 file:a\n                                                        invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                                                        invalidate a\n                                                        [a: 0 (v=0,d=0,r=1)]\n                            [a: 1 (v=1,d=0,r=0)]\n\n                                                        read:1 -> 0\n                                                        [a: 0 (v=0,d=0,r=1)]\n\n                                                        close:1\n\nfile:a contains:1\n",
    0,
  ],
  [
    'homework 6: two writers, -S 011100 (the last close wins)',
    '-A oa1:w1:c1,oa1:w1:c1 -S 011100 -c -d 15 -p',
    "ARG seed 0\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:w1:c1,oa1:w1:c1\nARG schedule 011100\nARG detail 15\n\n[(1, 'a', 1), (3, 1), (4, 1)]\n[(1, 'a', 1), (3, 1), (4, 1)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            c0 open:a [fd:1]\ngetfile:a c:c0 [0]\n                            c0 [a: 0 (v=1,d=0,r=1)]\n\n                                                        c1 open:a [fd:1]\ngetfile:a c:c1 [0]\n                                                        c1 [a: 0 (v=1,d=0,r=1)]\n\n                                                        c1 write:1 0 -> 1\n                                                        c1 [a: 1 (v=1,d=1,r=1)]\n\n                                                        c1 close:1\nputfile:a c:c1 [1]\ncallback: c:c0 file:a\n                            invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                            c0 invalidate a\n                            c0 [a: 0 (v=0,d=0,r=1)]\n                                                        c1 [a: 1 (v=1,d=0,r=0)]\n\n                            c0 write:1 0 -> 2\n                            c0 [a: 2 (v=0,d=1,r=1)]\n\n                            c0 close:1\nputfile:a c:c0 [2]\ncallback: c:c1 file:a\n                                                        invalidate file:a cache: {'a': {'data': 1, 'dirty': False, 'refcnt': 0, 'valid': True}}\n                                                        c1 invalidate a\n                                                        c1 [a: 1 (v=0,d=0,r=0)]\n                            c0 [a: 2 (v=1,d=0,r=0)]\n\nfile:a contains:2\nServer   -- Gets:2 Puts:2\nc0       -- Reads:0 Writes:1\n   Cache -- Hits:0 Misses:1 Invalidates:1\nc1       -- Reads:0 Writes:1\n   Cache -- Hits:0 Misses:1 Invalidates:1\n",
    0,
  ],
  [
    'homework 6: two writers, -S 010011',
    '-A oa1:w1:c1,oa1:w1:c1 -S 010011 -c -d 3',
    "ARG seed 0\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:w1:c1,oa1:w1:c1\nARG schedule 010011\nARG detail 3\n\n[(1, 'a', 1), (3, 1), (4, 1)]\n[(1, 'a', 1), (3, 1), (4, 1)]\n      Server                         c0                          c1               \nfile:a contains:0\n                            open:a [fd:1]\ngetfile:a c:c0 [0]\n\n                                                        open:a [fd:1]\ngetfile:a c:c1 [0]\n\n                            write:1 0 -> 1\n\n                            close:1\nputfile:a c:c0 [1]\ncallback: c:c1 file:a\n                                                        invalidate file:a cache: {'a': {'data': 0, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                                                        invalidate a\n\n                                                        write:1 0 -> 2\n\n                                                        close:1\nputfile:a c:c1 [2]\ncallback: c:c0 file:a\n                            invalidate file:a cache: {'a': {'data': 1, 'dirty': False, 'refcnt': 0, 'valid': True}}\n                            invalidate a\n\nfile:a contains:2\n",
    0,
  ],
  [
    'labels without -c: -d 8 names the client',
    '-s 5 -C 3 -f 2 -d 8 -p',
    "ARG seed 5\nARG numclients 3\nARG numsteps 2\nARG numfiles 2\nARG readratio 0.5\nARG actions \nARG schedule \nARG detail 8\n\n[(1, 'b', 0), (3, 0), (4, 0), (1, 'b', 1), (3, 1), (4, 1)]\n[(1, 'b', 0), (3, 0), (4, 0), (1, 'a', 1), (2, 1), (4, 1)]\n[(1, 'b', 0), (3, 0), (4, 0), (1, 'b', 1), (2, 1), (4, 1)]\n      Server                         c0                          c1                          c2               \nfile:a contains:0\nfile:b contains:1\n                                                        c1 open:b [fd:0]\n                            c0 open:b [fd:0]\n                                                        c1 write:0 value? -> 2\n                                                        c1 close:0\n                            invalidate file:b cache: {'b': {'data': 1, 'dirty': False, 'refcnt': 1, 'valid': True}}\n                            c0 write:0 value? -> 3\n                            c0 close:0\n                                                        invalidate file:b cache: {'b': {'data': 2, 'dirty': False, 'refcnt': 0, 'valid': True}}\n                            c0 open:b [fd:1]\n                                                                                    c2 open:b [fd:0]\n                                                                                    c2 write:0 value? -> 4\n                            c0 write:1 value? -> 5\n                                                                                    c2 close:0\n                            invalidate file:b cache: {'b': {'data': 5, 'dirty': True, 'refcnt': 1, 'valid': True}}\n                                                        invalidate file:b cache: {'b': {'data': 2, 'dirty': False, 'refcnt': 0, 'valid': False}}\n                            c0 close:1\n                                                        invalidate file:b cache: {'b': {'data': 2, 'dirty': False, 'refcnt': 0, 'valid': False}}\n                                                                                    invalidate file:b cache: {'b': {'data': 4, 'dirty': False, 'refcnt': 0, 'valid': True}}\n                                                        c1 open:a [fd:1]\n                                                                                    c2 open:b [fd:1]\n                                                                                    c2 read:1 -> value?\n                                                                                    c2 close:1\n                                                        c1 read:1 -> value?\n                                                        c1 close:1\nfile:a contains:?\nfile:b contains:?\nServer   -- Gets:5 Puts:4\nc0       -- Reads:0 Writes:2\n   Cache -- Hits:1 Misses:1 Invalidates:2\nc1       -- Reads:1 Writes:1\n   Cache -- Hits:0 Misses:2 Invalidates:3\nc2       -- Reads:1 Writes:1\n   Cache -- Hits:1 Misses:1 Invalidates:1\n",
    0,
  ],
  [
    'ABORT: more than 26 files',
    '-f 27',
    'ARG seed 0\nARG numclients 2\nARG numsteps 2\nARG numfiles 27\nARG readratio 0.5\nARG actions \nARG schedule \nARG detail 0\n\nABORT:: main: can only simulate 26 or fewer files, sorry\n',
    1,
  ],
  [
    'ABORT: a read of a descriptor never opened',
    '-A oa1:r2:c1 -c',
    "ARG seed 0\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:r2:c1\nARG schedule \nARG detail 0\n\n[(1, 'a', 1), (2, 2), (4, 1)]\n      Server                         c0               \nfile:a contains:0\n                            open:a [fd:1]\n                            ABORT:: filedesc:lookup() -- fd:2 not in use, cannot lookup\n",
    1,
  ],
  [
    'ABORT: a file the server does not hold',
    '-A ob1:r1:c1 -c',
    "ARG seed 0\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions ob1:r1:c1\nARG schedule \nARG detail 0\n\n[(1, 'b', 1), (2, 1), (4, 1)]\n      Server                         c0               \nfile:a contains:0\n                            open:b [fd:1]\nABORT:: server:get() -- file:b not found on server\n",
    1,
  ],
  [
    'ABORT: a client missing from the schedule',
    '-A oa1:r1:c1,oa2:c2 -S 1',
    "ARG seed 0\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:r1:c1,oa2:c2\nARG schedule 1\nARG detail 0\n\n[(1, 'a', 1), (2, 1), (4, 1)]\n[(1, 'a', 2), (4, 2)]\n      Server                         c0                          c1               \nfile:a contains:0\nABORT:: main: client 0 not in schedule:1, which would never terminate\n",
    1,
  ],
  [
    'exit 1: an unrecognized action',
    '-A oa1:x1',
    'ARG seed 0\nARG numclients 2\nARG numsteps 2\nARG numfiles 1\nARG readratio 0.5\nARG actions oa1:x1\nARG schedule \nARG detail 0\n\nUnrecognized command: x (from x1)\n',
    1,
  ],
];

const solve = (args: string) => {
  const parsed = optparse(commandWords(args), afsScript.specs, afsScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return afsScript.solve(parsed.values, () => 'no scenario');
};

describe('afs.py, byte for byte', () => {
  it.each(GOLDEN)('%s (%s)', (_, args, text, status) => {
    const r = solve(args);
    expect(r.ok && r.text).toBe(text);
    expect(r.ok && (r.exitStatus ?? 0)).toBe(status);
  });
});

const answer = (args: string): AfsAnswers => {
  const r = solve(args);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
};

describe("afs.py's answers as data", () => {
  it('homework 4: of the 20 interleavings of oa1:w1:c1 and oa1:r1:c1, only one lets c1 read 1 (c0 closes before c1 opens)', () => {
    const reads: number[] = [];
    for (let bits = 0; bits < 64; bits++) {
      const s = bits.toString(2).padStart(6, '0');
      if (s.split('').filter((c) => c === '1').length !== 3) continue;
      const read = answer(`-A oa1:w1:c1,oa1:r1:c1 -S ${s} -c`).steps.find((st) => st.op.kind === 'read');
      if (read?.reason.kind === 'read') reads.push(read.reason.data);
    }
    expect([reads.length, reads.filter((v) => v === 1).length]).toEqual([20, 1]);
  });
  it("README -d 7: c1's close stores 1 and breaks c0's callback; c0 still reads 0 from the file it has open", () => {
    const a = answer('-s 12 -S 011100 -A oa1:r1:c1,oa1:w1:c1 -c -d 7');
    const close = a.steps[3];
    expect(close?.messages.map((m) => `${m.kind} ${m.from}->${m.to}`)).toEqual([
      'store c1->server',
      'break server->c0',
    ]);
    expect(close?.why).toBe(
      'c1 closes a: its copy is dirty, so it stores 1 on the server; the server breaks the callback of c0, which fetched it',
    );
    expect(a.steps[4]?.reason).toEqual({ kind: 'read', data: 0, valid: false });
    expect(a.files).toEqual([{ name: 'a', initial: 0, final: 1 }]);
    expect(a.stats).toMatchObject({ gets: 2, puts: 1 });
  });
  it('the same answers with and without -c and at every detail level', () => {
    const base = answer('-s 7 -C 3 -n 3 -f 2');
    for (let d = 0; d < 16; d++) expect(answer(`-s 7 -C 3 -n 3 -f 2 -c -d ${d}`)).toEqual(base);
  });
});

describe('refusals where afs.py fails with a Python exception', () => {
  it.each([
    ['-S 0a', '-S/--schedule: "a" is not a client number 0 to 9'],
    ['-A oa1:r1:c1 -S 05', '-S/--schedule: client 5, but there are clients 0 to 0'],
    ['-A r1:oa1:c1', 'its cache holds no copy of a'],
    ['-A oa1::c1', '-A/--actions: an empty action'],
    ['-A oax', '"x" is not a file descriptor 0 to 9'],
    ['-C 65', '-C/--clients: at most 64 clients'],
    ['-C 64 -n 200', 'at most 20000 actions'],
  ])('%s', (args, error) => {
    const r = solve(args);
    expect(r.ok ? r.text : r.error).toContain(error);
  });
});
