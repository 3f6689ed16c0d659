import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCli } from '../runCli';

/**
 * The MLFQ figures of OSTEP chapter 8 and the examples of cpu-sched-mlfq/README.md, posed to OSTEP's own mlfq.py
 * (remzi-arpacidusseau/ostep-homework at commit 6c6cfc7e82c274fb7f0f068b5a75e1b42f7615b6, run with Python 3.11.7
 * on this machine). Each full output is several hundred lines, so the test keeps its SHA-256 and length (every
 * byte must match) and the final statistics verbatim (so a failure shows what differs).
 */
const FIGURES: [name: string, args: string, sha256: string, length: number, stats: string][] = [
  [
    'Figure 8.2 (a long-running job)',
    '-n 3 -q 10 -l 0,200,0 -c',
    '18892957abe41ddf6f98fb8b97b0e9a4557bad71a132583995e345797f339aa6',
    15737,
    'Final statistics:\n  Job  0: startTime   0 - response   0 - turnaround 200\n\n  Avg  0: startTime n/a - response 0.00 - turnaround 200.00\n\n\n',
  ],
  [
    'Figure 8.3 (a short job arrives)',
    '-n 3 -q 10 -l 0,180,0:100,20,0 -c',
    'c5127216275a0172bf0519aa988c17bbb1ea8037d9759cf26477d76b40952cb6',
    15855,
    'Final statistics:\n  Job  0: startTime   0 - response   0 - turnaround 200\n  Job  1: startTime 100 - response   0 - turnaround  20\n\n  Avg  1: startTime n/a - response 0.00 - turnaround 110.00\n\n\n',
  ],
  [
    'Figure 8.4 (an interactive job doing I/O)',
    '-n 3 -q 10 -l 0,175,0:50,25,1 -i 5 -c',
    '25ad7be11e79b5113a6e6d4f7e598b3cf6b1f3075a4013a35931c18a4c3e7767',
    17663,
    'Final statistics:\n  Job  0: startTime   0 - response   0 - turnaround 197\n  Job  1: startTime  50 - response   0 - turnaround 160\n\n  Avg  1: startTime n/a - response 0.00 - turnaround 178.50\n\n\n',
  ],
  [
    'Figure 8.5 (priority boost)',
    '-n 3 -q 10 -l 0,120,0:100,50,5:100,50,5 -i 5 -B 50 -c',
    '0d548156a7d9aea967d0b279530c8b8080f8ca0307cdd144fedcc95f6478d1cf',
    18723,
    'Final statistics:\n  Job  0: startTime   0 - response   0 - turnaround 140\n  Job  1: startTime 100 - response  10 - turnaround 115\n  Job  2: startTime 100 - response  15 - turnaround 120\n\n  Avg  2: startTime n/a - response 8.33 - turnaround 125.00\n\n\n',
  ],
  [
    'Figure 8.6 (gaming the scheduler, old rules)',
    '-n 3 -q 10 -l 0,175,0:80,90,9 -i 1 -S -c',
    '3b276327dc0516ef9f9230059912f4b3f71f237b29ec4ed4e1be4cda98df7dbe',
    21206,
    'Final statistics:\n  Job  0: startTime   0 - response   0 - turnaround 265\n  Job  1: startTime  80 - response   0 - turnaround  99\n\n  Avg  1: startTime n/a - response 0.00 - turnaround 182.00\n\n\n',
  ],
  [
    'Figure 8.6 (gaming the scheduler, allotment kept)',
    '-n 3 -q 10 -l 0,175,0:80,90,9 -i 1 -c',
    '50bd00b334a671f98e75d62c9327c5bae0f7aa7700d233e9ad6263de43d4e2bc',
    21243,
    'Final statistics:\n  Job  0: startTime   0 - response   0 - turnaround 238\n  Job  1: startTime  80 - response   0 - turnaround 187\n\n  Avg  1: startTime n/a - response 0.00 - turnaround 212.50\n\n\n',
  ],
  [
    'Figure 8.7 (longer quanta lower down)',
    '-Q 10,20,40 -A 2,2,2 -l 0,200,0:0,200,0 -c',
    '2403091cd31906a6746c0f8176f58d4f3446c26b2665539b158bf6c7b6bc37ab',
    31053,
    'Final statistics:\n  Job  0: startTime   0 - response   0 - turnaround 380\n  Job  1: startTime   0 - response  10 - turnaround 400\n\n  Avg  1: startTime n/a - response 5.00 - turnaround 390.00\n\n\n',
  ],
  [
    'README: ./mlfq.py -j 3 -c',
    '-j 3 -c',
    'f5fe8de99eb8a9bccdf66be8d2800690d7c2e070dd19147ba887776eecdc25bb',
    16566,
    'Final statistics:\n  Job  0: startTime   0 - response   0 - turnaround 180\n  Job  1: startTime   0 - response   7 - turnaround 161\n  Job  2: startTime   0 - response  10 - turnaround 171\n\n  Avg  2: startTime n/a - response 5.67 - turnaround 170.67\n\n\n',
  ],
  [
    'README: ./mlfq.py --jlist 0,180,0:100,20,0 -q 10 -c',
    '--jlist 0,180,0:100,20,0 -q 10 -c',
    'c5127216275a0172bf0519aa988c17bbb1ea8037d9759cf26477d76b40952cb6',
    15855,
    'Final statistics:\n  Job  0: startTime   0 - response   0 - turnaround 200\n  Job  1: startTime 100 - response   0 - turnaround  20\n\n  Avg  1: startTime n/a - response 0.00 - turnaround 110.00\n\n\n',
  ],
];

function sim(args: string): string {
  const out: string[] = [];
  const code = runCli(['ostep', 'mlfq', ...args.split(' ')], {
    readText: () => '',
    out: (t) => out.push(t),
    err: (t) => out.push(t),
  });
  expect(code).toBe(0);
  return `${out.join('\n')}\n`;
}

describe("the book's MLFQ figures, answered as OSTEP's mlfq.py answers them", () => {
  it.each(FIGURES)('%s: mlfq.py %s', (_name, args, sha256, length, stats) => {
    const text = sim(args);
    expect(text.slice(text.indexOf('Final statistics:'))).toBe(stats);
    expect(text.length).toBe(length);
    expect(createHash('sha256').update(text).digest('hex')).toBe(sha256);
  });
});
