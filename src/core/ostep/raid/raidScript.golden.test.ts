import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { partsText } from '../textParts';
import { raidScript } from './raidScript';

/**
 * Byte-for-byte stdout of OSTEP's own file-raid/raid.py (ostep-homework), obtained by running `python3 raid.py ARGS`
 * with Python 3.11: its README's examples (whose output it trims) and the homework's questions (mapping at each
 * level and layout, chunk and request sizes, small and full-stripe writes, timing mode). A sweep of 500 random flag
 * combinations matched on all 472 raid.py answers; the 28 it fails on are refused here.
 */
const GOLDEN: [string, string, string][] = [
  [
    'README: RAID-0 mapping, the problem',
    '-n 5 -L 0 -R 20',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 5\nARG reqSize 4k\nARG workload rand\nARG writeFrac 0\nARG randRange 20\nARG level 0\nARG raid5 LS\nARG reverse False\nARG timing False\n\n16 1\nLOGICAL READ from addr:16 size:4096\n  Physical reads/writes?\n\n8 1\nLOGICAL READ from addr:8 size:4096\n  Physical reads/writes?\n\n10 1\nLOGICAL READ from addr:10 size:4096\n  Physical reads/writes?\n\n15 1\nLOGICAL READ from addr:15 size:4096\n  Physical reads/writes?\n\n9 1\nLOGICAL READ from addr:9 size:4096\n  Physical reads/writes?\n\n\n',
  ],
  [
    'README: RAID-0 mapping answered',
    '-R 20 -n 5 -L 0 -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 5\nARG reqSize 4k\nARG workload rand\nARG writeFrac 0\nARG randRange 20\nARG level 0\nARG raid5 LS\nARG reverse False\nARG timing False\n\n16 1\nLOGICAL READ from addr:16 size:4096\n  read  [disk 0, offset 4]  \n\n8 1\nLOGICAL READ from addr:8 size:4096\n  read  [disk 0, offset 2]  \n\n10 1\nLOGICAL READ from addr:10 size:4096\n  read  [disk 2, offset 2]  \n\n15 1\nLOGICAL READ from addr:15 size:4096\n  read  [disk 3, offset 3]  \n\n9 1\nLOGICAL READ from addr:9 size:4096\n  read  [disk 1, offset 2]  \n\n\n',
  ],
  [
    'README: reverse, physical I/Os given',
    '-R 20 -n 5 -L 0 -r',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 5\nARG reqSize 4k\nARG workload rand\nARG writeFrac 0\nARG randRange 20\nARG level 0\nARG raid5 LS\nARG reverse True\nARG timing False\n\n16 1\nLOGICAL OPERATION is ?\n  read  [disk 0, offset 4]  \n\n8 1\nLOGICAL OPERATION is ?\n  read  [disk 0, offset 2]  \n\n10 1\nLOGICAL OPERATION is ?\n  read  [disk 2, offset 2]  \n\n15 1\nLOGICAL OPERATION is ?\n  read  [disk 3, offset 3]  \n\n9 1\nLOGICAL OPERATION is ?\n  read  [disk 1, offset 2]  \n\n\n',
  ],
  [
    'README: RAID-1 reads pick a disk of the pair by offset',
    '-R 20 -n 5 -L 1 -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 5\nARG reqSize 4k\nARG workload rand\nARG writeFrac 0\nARG randRange 20\nARG level 1\nARG raid5 LS\nARG reverse False\nARG timing False\n\n16 1\nLOGICAL READ from addr:16 size:4096\n  read  [disk 0, offset 8]  \n\n8 1\nLOGICAL READ from addr:8 size:4096\n  read  [disk 0, offset 4]  \n\n10 1\nLOGICAL READ from addr:10 size:4096\n  read  [disk 1, offset 5]  \n\n15 1\nLOGICAL READ from addr:15 size:4096\n  read  [disk 3, offset 7]  \n\n9 1\nLOGICAL READ from addr:9 size:4096\n  read  [disk 2, offset 4]  \n\n\n',
  ],
  [
    'README: RAID-1 writes go to both copies',
    '-R 20 -n 5 -L 1 -w 100 -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 5\nARG reqSize 4k\nARG workload rand\nARG writeFrac 100\nARG randRange 20\nARG level 1\nARG raid5 LS\nARG reverse False\nARG timing False\n\n16 1\nLOGICAL WRITE to  addr:16 size:4096\n  write [disk 0, offset 8]    write [disk 1, offset 8]  \n\n8 1\nLOGICAL WRITE to  addr:8 size:4096\n  write [disk 0, offset 4]    write [disk 1, offset 4]  \n\n10 1\nLOGICAL WRITE to  addr:10 size:4096\n  write [disk 0, offset 5]    write [disk 1, offset 5]  \n\n15 1\nLOGICAL WRITE to  addr:15 size:4096\n  write [disk 2, offset 7]    write [disk 3, offset 7]  \n\n9 1\nLOGICAL WRITE to  addr:9 size:4096\n  write [disk 2, offset 4]    write [disk 3, offset 4]  \n\n\n',
  ],
  [
    'homework: RAID-4 small writes read old data and parity',
    '-R 20 -n 5 -L 4 -w 100 -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 5\nARG reqSize 4k\nARG workload rand\nARG writeFrac 100\nARG randRange 20\nARG level 4\nARG raid5 LS\nARG reverse False\nARG timing False\n\n16 1\nLOGICAL WRITE to  addr:16 size:4096\n  read  [disk 1, offset 5]    read  [disk 3, offset 5]  \n  write [disk 1, offset 5]    write [disk 3, offset 5]  \n\n8 1\nLOGICAL WRITE to  addr:8 size:4096\n  read  [disk 2, offset 2]    read  [disk 3, offset 2]  \n  write [disk 2, offset 2]    write [disk 3, offset 2]  \n\n10 1\nLOGICAL WRITE to  addr:10 size:4096\n  read  [disk 1, offset 3]    read  [disk 3, offset 3]  \n  write [disk 1, offset 3]    write [disk 3, offset 3]  \n\n15 1\nLOGICAL WRITE to  addr:15 size:4096\n  read  [disk 0, offset 5]    read  [disk 3, offset 5]  \n  write [disk 0, offset 5]    write [disk 3, offset 5]  \n\n9 1\nLOGICAL WRITE to  addr:9 size:4096\n  read  [disk 0, offset 3]    read  [disk 3, offset 3]  \n  write [disk 0, offset 3]    write [disk 3, offset 3]  \n\n\n',
  ],
  [
    'homework: RAID-5 left-asymmetric, 8k chunks, mixed',
    '-R 20 -n 5 -L 5 -5 LA -C 8k -w 50 -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 8k\nARG numRequests 5\nARG reqSize 4k\nARG workload rand\nARG writeFrac 50\nARG randRange 20\nARG level 5\nARG raid5 LA\nARG reverse False\nARG timing False\n\n16 1\nLOGICAL READ from addr:16 size:4096\n  read  [disk 3, offset 4]  \n8 1\nLOGICAL WRITE to  addr:8 size:4096\n  read  [disk 1, offset 2]    read  [disk 2, offset 2]  \n  write [disk 1, offset 2]    write [disk 2, offset 2]  \n\n10 1\nLOGICAL WRITE to  addr:10 size:4096\n  read  [disk 3, offset 2]    read  [disk 2, offset 2]  \n  write [disk 3, offset 2]    write [disk 2, offset 2]  \n\n15 1\nLOGICAL WRITE to  addr:15 size:4096\n  read  [disk 2, offset 5]    read  [disk 1, offset 5]  \n  write [disk 2, offset 5]    write [disk 1, offset 5]  \n\n9 1\nLOGICAL READ from addr:9 size:4096\n  read  [disk 1, offset 3]  \n\n',
  ],
  [
    'homework: RAID-5 left-symmetric, 12k requests across stripes',
    '-R 20 -n 3 -L 5 -w 50 -C 8k -S 12k -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 8k\nARG numRequests 3\nARG reqSize 12k\nARG workload rand\nARG writeFrac 50\nARG randRange 20\nARG level 5\nARG raid5 LS\nARG reverse False\nARG timing False\n\n16 3\nLOGICAL READ from addr:16 size:12288\n  read  [disk 0, offset 4]    read  [disk 0, offset 5]    read  [disk 1, offset 6]  \n8 3\nLOGICAL WRITE to  addr:8 size:12288\n  read  [disk 3, offset 2]    read  [disk 3, offset 3]    read  [disk 1, offset 3]  \n  write [disk 0, offset 2]    write [disk 0, offset 3]    write [disk 1, offset 2]    write [disk 2, offset 2]    write [disk 2, offset 3]  \n\n10 3\nLOGICAL WRITE to  addr:10 size:12288\n  read  [disk 1, offset 2]    read  [disk 1, offset 3]    read  [disk 2, offset 2]    read  [disk 2, offset 3]  \n  write [disk 1, offset 2]    write [disk 1, offset 3]    write [disk 2, offset 2]    write [disk 2, offset 3]  \n  read  [disk 2, offset 4]    read  [disk 1, offset 4]  \n  write [disk 2, offset 4]    write [disk 1, offset 4]  \n\n\n',
  ],
  [
    'homework: RAID-4 full-stripe sequential writes read nothing',
    '-L 4 -W seq -S 12k -n 3 -w 100 -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 3\nARG reqSize 12k\nARG workload seq\nARG writeFrac 100\nARG randRange 10000\nARG level 4\nARG raid5 LS\nARG reverse False\nARG timing False\n\n0 3\nLOGICAL WRITE to  addr:0 size:12288\n  write [disk 0, offset 0]    write [disk 1, offset 0]    write [disk 2, offset 0]    write [disk 3, offset 0]  \n\n3 3\nLOGICAL WRITE to  addr:3 size:12288\n  write [disk 0, offset 1]    write [disk 1, offset 1]    write [disk 2, offset 1]    write [disk 3, offset 1]  \n\n6 3\nLOGICAL WRITE to  addr:6 size:12288\n  write [disk 0, offset 2]    write [disk 1, offset 2]    write [disk 2, offset 2]    write [disk 3, offset 2]  \n\n\n',
  ],
  [
    'homework: timing mode, the question',
    '-t -n 100 -L 4',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 100\nARG reqSize 4k\nARG workload rand\nARG writeFrac 0\nARG randRange 10000\nARG level 4\nARG raid5 LS\nARG reverse False\nARG timing True\n\n8444 1\n4205 1\n5112 1\n7837 1\n4765 1\n9081 1\n2818 1\n6183 1\n9097 1\n8102 1\n3101 1\n8988 1\n4721 1\n4341 1\n9130 1\n4770 1\n2604 1\n5486 1\n7197 1\n8248 1\n11 1\n8676 1\n3252 1\n1910 1\n2386 1\n8031 1\n804 1\n5079 1\n1090 1\n7065 1\n8144 1\n9638 1\n5876 1\n5962 1\n5756 1\n1893 1\n6127 1\n4765 1\n7576 1\n9233 1\n8981 1\n5405 1\n7052 1\n8116 1\n8950 1\n9497 1\n4505 1\n9962 1\n7933 1\n6127 1\n6301 1\n2430 1\n1171 1\n7945 1\n8159 1\n1463 1\n452 1\n9100 1\n6805 1\n6349 1\n5759 1\n3701 1\n363 1\n9610 1\n1238 1\n8007 1\n227 1\n1015 1\n2208 1\n3502 1\n5036 1\n1009 1\n1993 1\n7315 1\n9184 1\n6726 1\n580 1\n8454 1\n2506 1\n4423 1\n4716 1\n5691 1\n3114 1\n8376 1\n5606 1\n7415 1\n456 1\n2401 1\n3522 1\n3592 1\n6337 1\n7156 1\n4144 1\n15 1\n3344 1\n6373 1\n8754 1\n4144 1\n7018 1\n6621 1\n\nEstimate how long the workload should take to complete.\n- Roughly how many requests should each disk receive?\n- How many requests are random, how many sequential?\n\n',
  ],
  [
    'homework: timing, RAID-4 random writes bottleneck on parity',
    '-t -n 100 -L 4 -w 100 -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 100\nARG reqSize 4k\nARG workload rand\nARG writeFrac 100\nARG randRange 10000\nARG level 4\nARG raid5 LS\nARG reverse False\nARG timing True\n\n8444 1\n4205 1\n5112 1\n7837 1\n4765 1\n9081 1\n2818 1\n6183 1\n9097 1\n8102 1\n3101 1\n8988 1\n4721 1\n4341 1\n9130 1\n4770 1\n2604 1\n5486 1\n7197 1\n8248 1\n11 1\n8676 1\n3252 1\n1910 1\n2386 1\n8031 1\n804 1\n5079 1\n1090 1\n7065 1\n8144 1\n9638 1\n5876 1\n5962 1\n5756 1\n1893 1\n6127 1\n4765 1\n7576 1\n9233 1\n8981 1\n5405 1\n7052 1\n8116 1\n8950 1\n9497 1\n4505 1\n9962 1\n7933 1\n6127 1\n6301 1\n2430 1\n1171 1\n7945 1\n8159 1\n1463 1\n452 1\n9100 1\n6805 1\n6349 1\n5759 1\n3701 1\n363 1\n9610 1\n1238 1\n8007 1\n227 1\n1015 1\n2208 1\n3502 1\n5036 1\n1009 1\n1993 1\n7315 1\n9184 1\n6726 1\n580 1\n8454 1\n2506 1\n4423 1\n4716 1\n5691 1\n3114 1\n8376 1\n5606 1\n7415 1\n456 1\n2401 1\n3522 1\n3592 1\n6337 1\n7156 1\n4144 1\n15 1\n3344 1\n6373 1\n8754 1\n4144 1\n7018 1\n6621 1\n\ndisk:0  busy:  30.84  I/Os:    60 (sequential:0 nearly:30 random:30)\ndisk:1  busy:  39.30  I/Os:    80 (sequential:0 nearly:43 random:37)\ndisk:2  busy:  30.05  I/Os:    60 (sequential:0 nearly:32 random:28)\ndisk:3  busy: 100.00  I/Os:   200 (sequential:0 nearly:107 random:93)\n\nSTAT totalTime 982.5000000000013\n\n',
  ],
  [
    'homework: timing, RAID-5 random writes spread the parity',
    '-t -n 100 -L 5 -w 100 -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 100\nARG reqSize 4k\nARG workload rand\nARG writeFrac 100\nARG randRange 10000\nARG level 5\nARG raid5 LS\nARG reverse False\nARG timing True\n\n8444 1\n4205 1\n5112 1\n7837 1\n4765 1\n9081 1\n2818 1\n6183 1\n9097 1\n8102 1\n3101 1\n8988 1\n4721 1\n4341 1\n9130 1\n4770 1\n2604 1\n5486 1\n7197 1\n8248 1\n11 1\n8676 1\n3252 1\n1910 1\n2386 1\n8031 1\n804 1\n5079 1\n1090 1\n7065 1\n8144 1\n9638 1\n5876 1\n5962 1\n5756 1\n1893 1\n6127 1\n4765 1\n7576 1\n9233 1\n8981 1\n5405 1\n7052 1\n8116 1\n8950 1\n9497 1\n4505 1\n9962 1\n7933 1\n6127 1\n6301 1\n2430 1\n1171 1\n7945 1\n8159 1\n1463 1\n452 1\n9100 1\n6805 1\n6349 1\n5759 1\n3701 1\n363 1\n9610 1\n1238 1\n8007 1\n227 1\n1015 1\n2208 1\n3502 1\n5036 1\n1009 1\n1993 1\n7315 1\n9184 1\n6726 1\n580 1\n8454 1\n2506 1\n4423 1\n4716 1\n5691 1\n3114 1\n8376 1\n5606 1\n7415 1\n456 1\n2401 1\n3522 1\n3592 1\n6337 1\n7156 1\n4144 1\n15 1\n3344 1\n6373 1\n8754 1\n4144 1\n7018 1\n6621 1\n\ndisk:0  busy:  99.32  I/Os:   100 (sequential:0 nearly:53 random:47)\ndisk:1  busy:  96.02  I/Os:   100 (sequential:0 nearly:55 random:45)\ndisk:2  busy:  99.62  I/Os:   100 (sequential:0 nearly:52 random:48)\ndisk:3  busy: 100.00  I/Os:   100 (sequential:0 nearly:53 random:47)\n\nSTAT totalTime 497.40000000000043\n\n',
  ],
  [
    'homework: timing, sequential reads on RAID-1',
    '-t -n 100 -L 1 -W seq -S 16k -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 100\nARG reqSize 16k\nARG workload seq\nARG writeFrac 0\nARG randRange 10000\nARG level 1\nARG raid5 LS\nARG reverse False\nARG timing True\n\n0 4\n4 4\n8 4\n12 4\n16 4\n20 4\n24 4\n28 4\n32 4\n36 4\n40 4\n44 4\n48 4\n52 4\n56 4\n60 4\n64 4\n68 4\n72 4\n76 4\n80 4\n84 4\n88 4\n92 4\n96 4\n100 4\n104 4\n108 4\n112 4\n116 4\n120 4\n124 4\n128 4\n132 4\n136 4\n140 4\n144 4\n148 4\n152 4\n156 4\n160 4\n164 4\n168 4\n172 4\n176 4\n180 4\n184 4\n188 4\n192 4\n196 4\n200 4\n204 4\n208 4\n212 4\n216 4\n220 4\n224 4\n228 4\n232 4\n236 4\n240 4\n244 4\n248 4\n252 4\n256 4\n260 4\n264 4\n268 4\n272 4\n276 4\n280 4\n284 4\n288 4\n292 4\n296 4\n300 4\n304 4\n308 4\n312 4\n316 4\n320 4\n324 4\n328 4\n332 4\n336 4\n340 4\n344 4\n348 4\n352 4\n356 4\n360 4\n364 4\n368 4\n372 4\n376 4\n380 4\n384 4\n388 4\n392 4\n396 4\n\ndisk:0  busy: 100.00  I/Os:   100 (sequential:0 nearly:99 random:1)\ndisk:1  busy: 100.00  I/Os:   100 (sequential:0 nearly:99 random:1)\ndisk:2  busy: 100.00  I/Os:   100 (sequential:0 nearly:99 random:1)\ndisk:3  busy: 100.00  I/Os:   100 (sequential:0 nearly:99 random:1)\n\nSTAT totalTime 29.89999999999993\n\n',
  ],
  [
    'homework: timing, no request at all',
    '-t -n 0 -c',
    'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 4k\nARG numRequests 0\nARG reqSize 4k\nARG workload rand\nARG writeFrac 0\nARG randRange 10000\nARG level 0\nARG raid5 LS\nARG reverse False\nARG timing True\n\n\ndisk:0  busy: 0.00  I/Os:     0 (sequential:0 nearly:0 random:0)\ndisk:1  busy: 0.00  I/Os:     0 (sequential:0 nearly:0 random:0)\ndisk:2  busy: 0.00  I/Os:     0 (sequential:0 nearly:0 random:0)\ndisk:3  busy: 0.00  I/Os:     0 (sequential:0 nearly:0 random:0)\n\nSTAT totalTime 0\n\n',
  ],
];

function solve(args: string) {
  const parsed = optparse(args.split(' ').filter(Boolean), raidScript.specs, raidScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return raidScript.solve(parsed.values, runScenario);
}

function streamed(args: string): string {
  const parsed = optparse(args.split(' ').filter(Boolean), raidScript.specs, raidScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const s = raidScript.stream?.(parsed.values);
  if (!s?.ok) throw new Error(s ? s.error : 'no stream');
  return partsText(s.lines);
}

const text = (args: string): string => {
  const r = solve(args);
  return r.ok ? r.text : r.error;
};

describe('sim ostep raid = raid.py', () => {
  it.each(GOLDEN)('%s (%s)', (_name, args, expected) => {
    expect(text(args)).toBe(expected);
    expect(streamed(args)).toBe(expected);
  });

  it.each([
    ['-w 101', '-w/--writeFrac must be 0 to 100'],
    ['-S 5000', '-S/--reqSize: the request size (5000) must be a multiple of the block size (4096)'],
    ['-S 4x', '-S/--reqSize'],
    ['-W foo', '-W/--workload must be r/rand/random or s/seq/sequential'],
    ['-L 3', '-L/--level must be 0, 1, 4 or 5'],
    ['-L 4 -D 1', '-D/--numDisks: RAID-4 needs more than 1 disk'],
    ['-L 5 -5 XX', '-5/--raid5 must be LS'],
    ['-C 6k', '-C/--chunkSize: the chunk size (6144) must be a multiple'],
    ['-L 1 -D 3', '-D/--numDisks: RAID-1 mirrors pairs'],
    ['-C 0', '-C/--chunkSize: a chunk of 0 bytes'],
    ['-D 0', '-D/--numDisks: RAID-0 over 0 disks'],
    ['-R 100000', '-R/--randRange and -S/--reqSize: logical block'],
    ['-W seq -n 20000 -D 1', '-n/--numRequests and -S/--reqSize'],
  ])('refuses where raid.py stops: %s', (args, why) => {
    expect(text(args)).toContain(why);
  });

  it('answers what raid.py answers when no block is touched: -C 0 with requests of no size', () => {
    expect(text('-C 0 -S 0 -n 2 -c')).toBe(
      'ARG blockSize 4096\nARG seed 0\nARG numDisks 4\nARG chunkSize 0\nARG numRequests 2\nARG reqSize 0\nARG workload rand\nARG writeFrac 0\nARG randRange 10000\nARG level 0\nARG raid5 LS\nARG reverse False\nARG timing False\n\n8444 0\nLOGICAL READ from addr:8444 size:0\n\n4205 0\nLOGICAL READ from addr:4205 size:0\n\n\n',
    );
  });

  it('explains each step: a small write subtracts, a full stripe reads nothing', () => {
    const r = solve('-L 4 -W seq -S 4k -n 1 -w 100 -c');
    if (!r.ok) throw new Error(r.error);
    expect(r.answer.requests[0]?.steps.map((s) => s.kind)).toEqual(['subtractive-read', 'parity-write']);
    const full = solve('-L 4 -W seq -S 12k -n 1 -w 100 -c');
    if (!full.ok) throw new Error(full.error);
    expect(full.answer.requests[0]?.steps.map((s) => s.why)).toEqual([
      'full-stripe write of stripe 0: the data and its parity on disk 3, nothing read',
    ]);
  });
});
