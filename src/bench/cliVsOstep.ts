// The CLI against OSTEP's own scripts, as whole processes: start-up, parsing, the run and printing included.
// OSTEP's side runs when OSTEP_DIR names a checkout of ostep-homework; otherwise only ours is timed.
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../cli/bin.mjs', import.meta.url));
const TIME = '/usr/bin/time';
const RUNS = 3;

/** Where each script lives in ostep-homework. */
const DIRS: Record<string, string> = {
  scheduler: 'cpu-sched',
  mlfq: 'cpu-sched-mlfq',
  lottery: 'cpu-sched-lottery',
  'process-run': 'cpu-intro',
  'paging-linear-translate': 'vm-paging',
  'paging-policy': 'vm-beyondphys-policy',
  malloc: 'vm-freespace',
  vsfs: 'file-implementation',
  fsck: 'file-journaling',
  ffs: 'file-ffs',
  lfs: 'file-lfs',
  disk: 'file-disks',
  raid: 'file-raid',
  ssd: 'file-ssd',
  checksum: 'file-integrity',
  afs: 'dist-afs',
  multi: 'cpu-sched-multi',
  fork: 'cpu-api',
  relocation: 'vm-mechanism',
  segmentation: 'vm-segmentation',
  'paging-multilevel-translate': 'vm-smalltables',
};

/** Where a problem's flags name the command file it is given (ffs.py reads one): written to a temporary file. */
const INPUT = '{input}';

/**
 * A long ffs.py command file: ten directories, then files of 1–40 blocks created and deleted at random with at
 * most 40 alive (ffs.py draws each file with one of 84 symbols and stops when they run out).
 */
function ffsCommands(commands: number): string {
  let x = 1;
  const draw = (m: number): number => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((x / 2 ** 31) * m);
  };
  const lines = Array.from({ length: 10 }, (_, i) => `dir /d${i}`);
  const alive: string[] = [];
  for (let made = 0; lines.length < commands;) {
    if (alive.length === 0 || (alive.length < 40 && draw(10) < 6)) {
      const path = `/d${draw(10)}/f${made++}`;
      lines.push(`file ${path} ${1 + draw(40)}`);
      alive.push(path);
    } else lines.push(`delete ${alive.splice(draw(alive.length), 1)[0] as string}`);
  }
  return `${lines.join('\n')}\n`;
}

/** label, script, flags, and the text of the file `{input}` in the flags names */
const PROBLEMS: [label: string, script: string, flags: string, input?: () => string][] = [
  ['scheduler, 2 jobs (start-up)', 'scheduler', '-l 1,2 -c'],
  ['scheduler RR -q 1, 1,000 jobs', 'scheduler', '-p RR -q 1 -s 1 -j 1000 -m 100 -c'],
  ['scheduler RR -q 1, 1,000 jobs of up to 3,000', 'scheduler', '-p RR -q 1 -s 1 -j 1000 -m 3000 -c'],
  ['mlfq, 1,200 jobs with I/O', 'mlfq', '-s 1 -n 3 -j 1200 -m 1500 -M 10 -c'],
  ['lottery, 3 jobs, 60,000 ticks', 'lottery', '-s 1 -l 20000:100,20000:50,20000:10 -c'],
  ['lottery, 3 jobs, 600,000 ticks', 'lottery', '-s 1 -l 200000:100,200000:50,200000:10 -c'],
  ['process-run, 20 programs of 50', 'process-run', `-l ${Array(20).fill('50:60').join(',')} -s 3 -c -p`],
  ['process-run, 12 programs of 1,500', 'process-run', `-l ${Array(12).fill('1500:80').join(',')} -s 3 -c -p`],
  ['process-run, 12 programs of 3,000', 'process-run', `-l ${Array(12).fill('3000:80').join(',')} -s 3 -c -p`],
  ['paging-policy LRU, 1,024 frames, 50,000 refs', 'paging-policy', '-s 1 -p LRU -C 1024 -n 50000 -m 2048 -c'],
  ['paging-linear-translate, 10,000 addresses', 'paging-linear-translate', '-s 1 -P 1k -a 1m -p 512m -n 10000 -c'],
  ['paging-linear-translate, 2,000,000 addresses', 'paging-linear-translate', '-s 1 -P 1k -a 1m -p 512m -n 2000000 -c'],
  ['malloc, 1,000 operations', 'malloc', '-s 1 -n 1000 -S 100000 -r 500 -p BEST -C -c'],
  ['malloc, 10,000 operations', 'malloc', '-s 1 -n 10000 -S 100000 -r 500 -p BEST -C -c'],
  ['malloc, 100,000 operations', 'malloc', '-s 1 -n 100000 -S 100000 -r 500 -p BEST -C -c'],
  ['vsfs, 2,000 inodes and blocks, 1,000 requests', 'vsfs', '-s 1 -i 2000 -d 2000 -n 1000 -c'],
  ['fsck, 10,000 inodes and blocks, 8,000 requests', 'fsck', '-s 1 -S 2 -i 10000 -d 10000 -n 8000 -c'],
  ['fsck, 100,000 inodes and blocks, 80,000 requests', 'fsck', '-s 1 -S 2 -i 100000 -d 100000 -n 80000 -c'],
  // fsck.py takes several seconds here (6.5 s on a quiet machine): a size where the whole process's ratio is the run's
  ['fsck, 300,000 inodes and blocks, 240,000 requests', 'fsck', '-s 1 -S 2 -i 300000 -d 300000 -n 240000 -c'],
  // The largest disk we take (MAX_VSFS_ENTRIES), nearly empty: its time and memory are the tables of a million
  // entries and the pictures, each a line of 3 MB for inodes and for blocks (fsck.py takes about 15 s)
  ['fsck, 1,000,000 inodes and blocks, 20,000 requests', 'fsck', '-s 1 -S 2 -i 1000000 -d 1000000 -n 20000 -c'],
  // ffs.py finds a freed block's or inode's group by dividing by the number of groups: equal sizes keep it right
  [
    'ffs, 10,000 creates and deletes in 64 groups',
    'ffs',
    `-f ${INPUT} -n 64 -d 64 -i 64 -c -T -S`,
    () => ffsCommands(10_000),
  ],
  ['lfs, 20,000 commands', 'lfs', '-s 1 -n 20000 -p c30,w40,d5,r20,s5 -c -o -e'],
  ['lfs, 3,000 commands, liveness after each', 'lfs', '-s 1 -n 3000 -p c30,w40,d5,r20,s5 -c -o -e -i'],
  ['disk SATF, 1,000 random requests', 'disk', '-A 1000,-1,0 -p SATF -c'],
  ['disk SATF, 3,000 random requests', 'disk', '-A 3000,-1,0 -p SATF -c'],
  ['raid 5, 200,000 requests with timing', 'raid', '-s 1 -L 5 -w 50 -t -n 200000 -c'],
  ['raid 5, 1,000,000 requests with timing', 'raid', '-s 1 -L 5 -w 50 -t -n 1000000 -c'],
  ['ssd log-structured, 1,000,000 operations', 'ssd', '-s 1 -T log -n 1000000 -B 64 -p 64 -l 3000 -G 60 -g 50 -S -c'],
  ['checksum, 1,000,000 bytes', 'checksum', '-s 1 -d 1000000 -c'],
  ['afs, 6 clients of 1,000 steps, every detail', 'afs', '-s 1 -C 6 -n 1000 -f 10 -d 15 -p -c'],
  // afs.py's callbacks visit every client holding a file: its time grows with clients and files together
  ['afs, 10 clients of 1,000 steps on 20 files, every detail', 'afs', '-s 1 -C 10 -n 1000 -f 20 -d 15 -p -c'],
  ['multi, 4 CPUs, 50 jobs, traced', 'multi', '-s 1 -n 4 -j 50 -R 2000 -t -T -C -c'],
  ['multi, 4 CPUs, 200 jobs, traced', 'multi', '-s 1 -n 4 -j 200 -R 2000 -t -T -C -c'],
  ['fork, 2,000 actions', 'fork', '-s 1 -a 2000 -c'],
  ['relocation, 1,000,000 addresses', 'relocation', '-s 1 -n 1000000 -c'],
  ['segmentation, 1,000,000 addresses', 'segmentation', '-s 1 -a 16k -p 64k -n 1000000 -c'],
  ['paging-multilevel-translate, 1,000,000 addresses', 'paging-multilevel-translate', '-s 1 -n 1000000 -c'],
];

interface Run {
  seconds: number;
  /** peak resident memory in MiB, when /usr/bin/time is there to tell */
  peakMiB: number | null;
  status: number | null;
  /** SHA-256 of standard output: hundreds of megabytes for the large problems, so it goes to a file, not memory */
  stdoutHash: string;
  stderr: string;
}

/** The SHA-256 of a file, read in blocks. */
function hashFile(path: string): string {
  const hash = createHash('sha256');
  const block = Buffer.alloc(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) hash.update(block.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function runOnce(cmd: string, args: string[], cwd: string): Run {
  const useTime = existsSync(TIME);
  const dir = mkdtempSync(join(tmpdir(), 'bcos-bench-'));
  const report = join(dir, 'time');
  const outPath = join(dir, 'stdout');
  const out = openSync(outPath, 'w');
  const t0 = process.hrtime.bigint();
  const options: SpawnSyncOptionsWithStringEncoding = { cwd, encoding: 'utf8', stdio: ['ignore', out, 'pipe'] };
  const r = useTime
    ? spawnSync(TIME, ['-f', '%M', '-o', report, cmd, ...args], options)
    : spawnSync(cmd, args, options);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(out);
  const kb = useTime ? Number(readFileSync(report, 'utf8').trim().split('\n').pop()) : NaN;
  const stdoutHash = hashFile(outPath);
  rmSync(dir, { recursive: true });
  return { seconds, peakMiB: Number.isFinite(kb) ? kb / 1024 : null, status: r.status, stdoutHash, stderr: r.stderr };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export interface CliBenchRow {
  name: string;
  ms: number;
  detail: string;
}

export function cliBenchmarks(ostepDir = process.env.OSTEP_DIR): CliBenchRow[] {
  const ostep = ostepDir && existsSync(ostepDir) ? ostepDir : null;
  runOnce('node', [BIN, 'ostep', '-h'], process.cwd()); // builds the bundle if it is stale
  const inputs = mkdtempSync(join(tmpdir(), 'bcos-bench-input-'));
  const rows = PROBLEMS.map(([label, script, flags, input], n) => {
    const file = join(inputs, String(n));
    if (input) writeFileSync(file, input());
    const argv = flags.split(' ').map((a) => (a === INPUT ? file : a));
    const ours: Run[] = [];
    const theirs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(runOnce('node', [BIN, 'ostep', script, ...argv], process.cwd()));
      if (ostep) theirs.push(runOnce('python3', [`./${script}.py`, ...argv], join(ostep, DIRS[script] as string)));
    }
    const a = ours[0] as Run;
    const mem = (runs: Run[]) => {
      const peaks = runs.map((r) => r.peakMiB).filter((m): m is number => m !== null);
      return peaks.length ? `${median(peaks).toFixed(0)} MiB` : 'memory not measured';
    };
    const oursText =
      a.status === 0 ? `ours ${mem(ours)}` : `ours refused: ${a.stderr.split('\n')[0]?.slice(0, 100) ?? ''}`;
    let versus = 'OSTEP not run (set OSTEP_DIR to a checkout of ostep-homework)';
    if (ostep) {
      const b = theirs[0] as Run;
      const s = median(theirs.map((r) => r.seconds));
      const same = b.stdoutHash === a.stdoutHash;
      const ratio = (median(ours.map((r) => r.seconds)) / s).toFixed(2);
      const verdict =
        a.status !== 0 ? 'OSTEP answers it' : `ratio ours/OSTEP ${ratio}; output ${same ? 'identical' : 'DIFFERENT'}`;
      versus = `OSTEP ${s.toFixed(2)} s ${mem(theirs)}; ${verdict}`;
    }
    return {
      name: `cli vs OSTEP: ${label}`,
      ms: median(ours.map((r) => r.seconds)) * 1000,
      detail: `${oursText}; ${versus}`,
    };
  });
  rmSync(inputs, { recursive: true });
  return rows;
}
