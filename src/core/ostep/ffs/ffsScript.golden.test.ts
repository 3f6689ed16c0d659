import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { ffsScript } from './ffsScript';

/**
 * Byte-for-byte stdout of OSTEP's own file-ffs/ffs.py (remzi-arpacidusseau/ostep-homework at commit
 * 6c6cfc7e82c274fb7f0f068b5a75e1b42f7615b6), obtained by running `python3 ffs.py -f FILE ARGS` with Python 3.11
 * on the command files below (written for these tests). A sweep of 518 commands (ffs.py's own example files and
 * 60 generated ones, under 13 flag sets) matched on every command ffs.py answers; those it crashes on (a file of
 * 0 blocks, a delete that its group arithmetic gets wrong) are refused here.
 */
const FILES: Record<string, string> = {
  'two-dirs': 'dir /a\ndir /b\nfile /a/c 2\nfile /a/d 2\nfile /a/e 2\nfile /b/f 2\n',
  holes: 'file /a 1\nfile /b 1\nfile /c 1\nfile /d 1\ndelete /a\ndelete /c\nfile /e 3\ndump\nfile /f 2\n',
  large: 'dir /p\nfile /p/big 45\nfile /p/small 2\nfile /top 4\n',
  failures:
    'dir /x\ndir /y\ndir /z\nfile /x/1 3\nfile /y/2 3\nfile /z/3 3\nfile /nope/4 1\nfile /x/1 1\ndelete /x\ndelete /x/9\n',
};

const GOLDEN: [string, string, string, string][] = [
  [
    'two directories with files, the problem (no -c)',
    'two-dirs',
    '',
    '\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 289 (of 300)\nfree inodes:      93 (of 100)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 ?????????? ??????????????????????????????\n    1 ?????????? ??????????????????????????????\n    2 ?????????? ??????????????????????????????\n    3 ?????????? ??????????????????????????????\n    4 ?????????? ??????????????????????????????\n    5 ?????????? ??????????????????????????????\n    6 ?????????? ??????????????????????????????\n    7 ?????????? ??????????????????????????????\n    8 ?????????? ??????????????????????????????\n    9 ?????????? ??????????????????????????????\n\n',
  ],
  [
    'the same answered, with spans',
    'two-dirs',
    '-c -T',
    '\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 289 (of 300)\nfree inodes:      93 (of 100)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /--------- /--------- ---------- ----------\n    1 acde------ accddee--- ---------- ----------\n    2 bf-------- bff------- ---------- ----------\n    3 ---------- ---------- ---------- ----------\n    4 ---------- ---------- ---------- ----------\n    5 ---------- ---------- ---------- ----------\n    6 ---------- ---------- ---------- ----------\n    7 ---------- ---------- ---------- ----------\n    8 ---------- ---------- ---------- ----------\n    9 ---------- ---------- ---------- ----------\n\nspan: files\n  file:       /a/c  filespan:  11\n  file:       /a/d  filespan:  12\n  file:       /a/e  filespan:  13\n  file:       /b/f  filespan:  11\n               avg  filespan:  11.75\n\nspan: directories\n  dir:           /  dirspan:  10\n  dir:          /a  dirspan:  16\n  dir:          /b  dirspan:  12\n               avg  dirspan:  12.67\n\n',
  ],
  [
    'the symbol map with block addresses and per-file blocks',
    'two-dirs',
    '-c -S -B',
    '\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 289 (of 300)\nfree inodes:      93 (of 100)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /--------- /--------- ---------- ----------  [   0-  39]\n    1 acde------ accddee--- ---------- ----------  [  40-  79]\n    2 bf-------- bff------- ---------- ----------  [  80- 119]\n    3 ---------- ---------- ---------- ----------  [ 120- 159]\n    4 ---------- ---------- ---------- ----------  [ 160- 199]\n    5 ---------- ---------- ---------- ----------  [ 200- 239]\n    6 ---------- ---------- ---------- ----------  [ 240- 279]\n    7 ---------- ---------- ---------- ----------  [ 280- 319]\n    8 ---------- ---------- ---------- ----------  [ 320- 359]\n    9 ---------- ---------- ---------- ----------  [ 360- 399]\n\nsymbol  inode#  filename     filetype   block_addresses\n/            0  /            directory  0 \na           10  /a           directory  30 \nc           11  /a/c         regular    31 32 \nd           12  /a/d         regular    33 34 \ne           13  /a/e         regular    35 36 \nb           20  /b           directory  60 \nf           21  /b/f         regular    61 62 \n\n',
  ],
  [
    'files filling holes left by deletes, a dump in the middle, every op shown',
    'holes',
    '-c -v -M',
    'op create /a [size:1] ->success\nop create /b [size:1] ->success\nop create /c [size:1] ->success\nop create /d [size:1] ->success\nop delete /a ->success\nop delete /c ->success\nop create /e [size:3] ->success\n\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 294 (of 300)\nfree inodes:      96 (of 100)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /eb-d----- /ebede---- ---------- ----------\n    1 ---------- ---------- ---------- ----------\n    2 ---------- ---------- ---------- ----------\n    3 ---------- ---------- ---------- ----------\n    4 ---------- ---------- ---------- ----------\n    5 ---------- ---------- ---------- ----------\n    6 ---------- ---------- ---------- ----------\n    7 ---------- ---------- ---------- ----------\n    8 ---------- ---------- ---------- ----------\n    9 ---------- ---------- ---------- ----------\n\nsymbol  inode#  filename     filetype \n/            0  /            directory  \nb            2  /b           regular    \nd            4  /d           regular    \ne            1  /e           regular    \n\nop create /f [size:2] ->success\n\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 292 (of 300)\nfree inodes:      95 (of 100)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /ebfd----- /ebedeff-- ---------- ----------\n    1 ---------- ---------- ---------- ----------\n    2 ---------- ---------- ---------- ----------\n    3 ---------- ---------- ---------- ----------\n    4 ---------- ---------- ---------- ----------\n    5 ---------- ---------- ---------- ----------\n    6 ---------- ---------- ---------- ----------\n    7 ---------- ---------- ---------- ----------\n    8 ---------- ---------- ---------- ----------\n    9 ---------- ---------- ---------- ----------\n\nsymbol  inode#  filename     filetype \n/            0  /            directory  \nb            2  /b           regular    \nd            4  /d           regular    \ne            1  /e           regular    \nf            3  /f           regular    \n\n',
  ],
  [
    'the large-file exception spreads a big file over groups',
    'large',
    '-c -T -S',
    '\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 247 (of 300)\nfree inodes:      95 (of 100)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /c-------- /cccc----- ---------- ----------\n    1 pab------- paaaaaaaaa aaaaaaaaaa aaaaaaaaaa\n    2 ---------- aaaaaaaaaa aaaaaabb-- ----------\n    3 ---------- ---------- ---------- ----------\n    4 ---------- ---------- ---------- ----------\n    5 ---------- ---------- ---------- ----------\n    6 ---------- ---------- ---------- ----------\n    7 ---------- ---------- ---------- ----------\n    8 ---------- ---------- ---------- ----------\n    9 ---------- ---------- ---------- ----------\n\nsymbol  inode#  filename     filetype   block_addresses\n/            0  /            directory  0 \np           10  /p           directory  30 \na           11  /p/big       regular    31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 \nb           12  /p/small     regular    76 77 \nc            1  /top         regular    1 2 3 4 \n\nspan: files\n  file:     /p/big  filespan:  64\n  file:   /p/small  filespan:  65\n  file:       /top  filespan:  13\n               avg  filespan:  47.33\n\nspan: directories\n  dir:           /  dirspan:  14\n  dir:          /p  dirspan:  67\n               avg  dirspan:  40.50\n\n',
  ],
  [
    'without the large-file exception',
    'large',
    '-c -L 0 -T',
    '\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 247 (of 300)\nfree inodes:      95 (of 100)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /c-------- /cccc----- ---------- ----------\n    1 pab------- paaaaaaaaa aaaaaaaaaa aaaaaaaaaa\n    2 ---------- aaaaaaaaaa aaaaaabb-- ----------\n    3 ---------- ---------- ---------- ----------\n    4 ---------- ---------- ---------- ----------\n    5 ---------- ---------- ---------- ----------\n    6 ---------- ---------- ---------- ----------\n    7 ---------- ---------- ---------- ----------\n    8 ---------- ---------- ---------- ----------\n    9 ---------- ---------- ---------- ----------\n\nspan: files\n  file:     /p/big  filespan:  64\n  file:   /p/small  filespan:  65\n  file:       /top  filespan:  13\n               avg  filespan:  47.33\n\nspan: directories\n  dir:           /  dirspan:  14\n  dir:          /p  dirspan:  67\n               avg  dirspan:  40.50\n\n',
  ],
  [
    'contiguous allocation of 4 blocks',
    'large',
    '-c -C 4 -S',
    '\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 247 (of 300)\nfree inodes:      95 (of 100)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     4\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /c-------- /cccc----- ---------- ----------\n    1 pab------- paaaaaaaaa aaaaaaaaaa aaaaaaabb-\n    2 ---------- aaaaaaaaaa aaaaaaaaa- ----------\n    3 ---------- ---------- ---------- ----------\n    4 ---------- ---------- ---------- ----------\n    5 ---------- ---------- ---------- ----------\n    6 ---------- ---------- ---------- ----------\n    7 ---------- ---------- ---------- ----------\n    8 ---------- ---------- ---------- ----------\n    9 ---------- ---------- ---------- ----------\n\nsymbol  inode#  filename     filetype   block_addresses\n/            0  /            directory  0 \np           10  /p           directory  30 \na           11  /p/big       regular    31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 \nb           12  /p/small     regular    57 58 \nc            1  /top         regular    1 2 3 4 \n\n',
  ],
  [
    'inodes spread like directories (-I), directories looked at two groups at a time',
    'two-dirs',
    '-c -I -A 2 -T',
    '\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 289 (of 300)\nfree inodes:      93 (of 100)\n\nspread inodes?    True\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /e-------- /ee------- ---------- ----------\n    1 ---------- ---------- ---------- ----------\n    2 af-------- aff------- ---------- ----------\n    3 ---------- ---------- ---------- ----------\n    4 b--------- b--------- ---------- ----------\n    5 ---------- ---------- ---------- ----------\n    6 c--------- cc-------- ---------- ----------\n    7 ---------- ---------- ---------- ----------\n    8 d--------- dd-------- ---------- ----------\n    9 ---------- ---------- ---------- ----------\n\nspan: files\n  file:       /a/c  filespan:  11\n  file:       /a/d  filespan:  11\n  file:       /a/e  filespan:  11\n  file:       /b/f  filespan:  11\n               avg  filespan:  11.00\n\nspan: directories\n  dir:           /  dirspan:  10\n  dir:          /a  dirspan: 330\n  dir:          /b  dirspan:  89\n               avg  dirspan: 143.00\n\n',
  ],
  [
    'data spread to the emptiest group (-D), which ffs.py announces',
    'two-dirs',
    '-c -D -v',
    'op mkdir /a ->target alloc 1\nsuccess\nop mkdir /b ->target alloc 2\nsuccess\nop create /a/c [size:2] ->target alloc 3\nsuccess\nop create /a/d [size:2] ->target alloc 4\nsuccess\nop create /a/e [size:2] ->target alloc 5\nsuccess\nop create /b/f [size:2] ->target alloc 6\nsuccess\n\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 289 (of 300)\nfree inodes:      93 (of 100)\n\nspread inodes?    False\nspread data?      True\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /--------- /--------- ---------- ----------\n    1 acde------ a--------- ---------- ----------\n    2 bf-------- b--------- ---------- ----------\n    3 ---------- cc-------- ---------- ----------\n    4 ---------- dd-------- ---------- ----------\n    5 ---------- ee-------- ---------- ----------\n    6 ---------- ff-------- ---------- ----------\n    7 ---------- ---------- ---------- ----------\n    8 ---------- ---------- ---------- ----------\n    9 ---------- ---------- ---------- ----------\n\n',
  ],
  [
    "ffs.py's refusals, each in its words",
    'failures',
    '-c -v',
    'op mkdir /x ->success\nop mkdir /y ->success\nop mkdir /z ->success\nop create /x/1 [size:3] ->success\nop create /y/2 [size:3] ->success\nop create /z/3 [size:3] ->success\nop create /nope/4 [size:1] ->[failed to find parent /nope]failed\nop create /x/1 [size:1] ->[file 1 already exists in dir /x]failed\nop delete /x ->[cannot delete directories]failed\nop delete /x/9 ->[cannot find 9 in dir /x]failed\n\nnum_groups:       10\ninodes_per_group: 10\nblocks_per_group: 30\n\nfree data blocks: 287 (of 300)\nfree inodes:      93 (of 100)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000 1111111111 2222222222\n     01234567890123456789 0123456789 0123456789\n\ngroup inodes    data\n    0 /--------- /--------- ---------- ----------\n    1 x1-------- x111------ ---------- ----------\n    2 y2-------- y222------ ---------- ----------\n    3 z3-------- z333------ ---------- ----------\n    4 ---------- ---------- ---------- ----------\n    5 ---------- ---------- ---------- ----------\n    6 ---------- ---------- ---------- ----------\n    7 ---------- ---------- ---------- ----------\n    8 ---------- ---------- ---------- ----------\n    9 ---------- ---------- ---------- ----------\n\n',
  ],
  [
    'small groups',
    'failures',
    '-c -n 4 -i 10 -d 10 -T',
    '\nnum_groups:       4\ninodes_per_group: 10\nblocks_per_group: 10\n\nfree data blocks: 27 (of 40)\nfree inodes:      33 (of 40)\n\nspread inodes?    False\nspread data?      False\ncontig alloc:     1\n\n     00000000000000000000\n     01234567890123456789\n\ngroup inodes    data\n    0 /--------- /---------\n    1 x1-------- x111------\n    2 y2-------- y222------\n    3 z3-------- z333------\n\nspan: files\n  file:       /x/1  filespan:  12\n  file:       /y/2  filespan:  12\n  file:       /z/3  filespan:  12\n               avg  filespan:  12.00\n\nspan: directories\n  dir:           /  dirspan:  10\n  dir:          /x  dirspan:  13\n  dir:          /y  dirspan:  13\n  dir:          /z  dirspan:  13\n               avg  dirspan:  12.25\n\n',
  ],
];

const solve = (file: string, args: string) => {
  const argv = ['-f', file, ...args.split(' ').filter((a) => a !== '')];
  const parsed = optparse(argv, ffsScript.specs, ffsScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return ffsScript.solve(parsed.values, runScenario, FILES[file]);
};

const refusal = (text: string, args = '-c') => {
  const parsed = optparse(['-f', 'x', ...args.split(' ')], ffsScript.specs, ffsScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = ffsScript.solve(parsed.values, runScenario, text);
  return r.ok ? 'answered' : r.error;
};

describe('ffs.py on our file system with FFS placement', () => {
  it.each(GOLDEN)('%s: -f %s %s', (_name, file, args, expected) => {
    const r = solve(file, args);
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toBe(expected);
  });

  it('answers as data: each op, the groups drawn by symbol, and each file with its blocks', () => {
    const r = solve('two-dirs', '-c');
    if (!r.ok) throw new Error(r.error);
    expect(r.answer.ops[2]).toEqual({ op: 'file', path: '/a/c', size: 2, ok: true, why: null });
    expect(r.answer.groups[1]).toEqual({ inodes: 'acde------', data: 'accddee' + '-'.repeat(23) });
    expect(r.answer.files.find((f) => f.path === '/a/c')).toEqual({
      path: '/a/c',
      inode: 11,
      symbol: 'c',
      type: 'regular',
      blocks: [31, 32],
    });
    expect(r.answer.freeBlocks).toBe(289);
  });

  it('refuses what ffs.py crashes on, naming the line or the reason', () => {
    expect(refusal('file /a 0\n')).toContain('with 0 blocks');
    expect(refusal('dir /a\nfile /a/b 5\ndelete /a/b\n')).toContain('dividing by the number of groups');
    expect(refusal('mkdir /a\n')).toContain('line 1: ffs.py knows the commands file, dir, delete and dump');
    expect(refusal('file /a\n')).toContain('line 1: file takes a path and a size');
    expect(refusal('file a 1\n')).toContain('not an absolute path');
    expect(refusal('file /a -1\n')).toContain('whole number of blocks');
    expect(refusal('file /a 1\nfile /a/b 1\n')).toContain('its parent /a is a file');
    expect(refusal('', '-c -A 0')).toContain('-A/--allocate_faraway must be at least 1');
  });
});
