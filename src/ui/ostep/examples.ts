import type { OstepScriptName } from '../../core/index';

/**
 * An FFS command file: two directories spread over groups, a large file spilling into the next group, small files
 * near their directory, and a delete whose blocks a later file takes.
 */
const FFS_FILE = `file /readme 3
dir /docs
dir /models
file /docs/notes 2
file /models/weights 40
file /models/config 1
delete /readme
file /docs/plan 2
file /todo 1
`;

/**
 * One command per OSTEP script (from the homework READMEs), offered under the command box; `file` is the
 * command file of a script that reads one, put in the command file box.
 */
export const OSTEP_EXAMPLES: readonly { script: OstepScriptName; command: string; file?: string }[] = [
  { script: 'scheduler', command: './scheduler.py -p RR -q 2 -l 3,5,1 -c' },
  { script: 'mlfq', command: './mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0 -c' },
  { script: 'lottery', command: './lottery.py -s 1 -j 2 -l 10:100,10:100 -c' },
  { script: 'process-run', command: './process-run.py -l 3:50,3:50 -s 1 -c' },
  { script: 'paging-linear-translate', command: './paging-linear-translate.py -v -n 4 -s 0 -c' },
  { script: 'paging-policy', command: './paging-policy.py -a 1,2,3,4,1,2,5,1,2,3,4,5 -C 3 -p FIFO -c' },
  { script: 'malloc', command: './malloc.py -S 100 -b 1000 -H 4 -a 4 -l ADDRSORT -p BEST -A +10,+20,-0,+5 -c' },
  { script: 'vsfs', command: './vsfs.py -s 2 -n 8 -c' },
  { script: 'fsck', command: './fsck.py -S 1' },
  { script: 'ffs', command: './ffs.py -f models.in -c -T', file: FFS_FILE },
  // A file written twice and linked, then its first name deleted: the overwritten block and old inodes die.
  { script: 'lfs', command: './lfs.py -L d,/docs:c,/docs/a:w,/docs/a,0,2:w,/docs/a,1,1:l,/docs/a,/b:r,/docs/a -o -c' },
  // SATF against FIFO on the homework's three requests (try -p FIFO, SSTF, or our SCAN, LOOK)
  { script: 'disk', command: './disk.py -a 7,30,8 -p SATF -c' },
  // the README's data with two bits flipped that the sum and the xor both miss (-M, -T, -b are ours too)
  { script: 'checksum', command: './checksum.py -D 1,2,3,4 -c -M add' },
  // RAID-4 small writes: each reads the old block and the parity, then writes both (try -L 5, -S 12k, or our -F 1@2)
  { script: 'raid', command: './raid.py -R 20 -n 5 -L 4 -w 100 -c' },
  // The log-structured FTL with GC between water marks 3 and 2 (try -T direct, or ours: -w static -e 20)
  { script: 'ssd', command: './ssd.py -T log -l 30 -B 3 -p 10 -s 10 -n 60 -G 3 -g 2 -C -S -c' },
  // The homework's super-linear speedup: three jobs of working set 100 fit three caches of 100 (try -n 1, or -p)
  { script: 'multi', command: './multi.py -n 3 -L a:100:100,b:100:100,c:100:100 -M 100 -c -t -C' },
  // the homework's seeds 0, 1 and 2: each walk reads a PDE, a PTE, then the byte (try without -c first)
  { script: 'paging-multilevel-translate', command: './paging-multilevel-translate.py -s 1 -n 5 -c' },
  // the chapter's question 3: the highest base at which a 100-byte space still fits in 16k
  { script: 'relocation', command: './relocation.py -s 1 -n 10 -l 100 -b 16284 -c' },
  // the chapter's question 1: two 20-byte segments, one at each end of a 128-byte space
  { script: 'segmentation', command: './segmentation.py -a 128 -p 512 -b 0 -l 20 -B 512 -L 20 -s 1 -c' },
  // the homework's orphans: c exits with children d and e, which go to the root (try -R: to c's parent b)
  { script: 'fork', command: './fork.py -A a+b,b+c,c+d,c+e,c- -c' },
  // The README's callback: c1's close breaks c0's callback while c0 has the file open (try -S 000111, or -C 3 -n 3)
  { script: 'afs', command: './afs.py -s 12 -S 011100 -A oa1:r1:c1,oa1:w1:c1 -c -d 7' },
];
