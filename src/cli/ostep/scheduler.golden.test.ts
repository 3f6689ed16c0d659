import { describe, expect, it } from 'vitest';
import { runCli } from '../runCli';

/**
 * Byte-for-byte output of OSTEP's own cpu-sched/scheduler.py (remzi-arpacidusseau/ostep-homework at commit
 * 6c6cfc7e82c274fb7f0f068b5a75e1b42f7615b6), obtained by running `python3 scheduler.py ARGS` (Python 3.11)
 * on this machine. A wider sweep (13 seeds × FIFO/SJF/RR × 2 quanta × with and without -c, 156 cases)
 * matched byte for byte when this was written; these are kept as the golden record.
 */
const GOLDEN: Record<string, string> = {
  // the examples of cpu-sched/README.md
  '-p FIFO -j 3 -s 100':
    'ARG policy FIFO\nARG jobs 3\nARG maxlen 10\nARG seed 100\n\nHere is the job list, with the run time of each job: \n  Job 0 ( length = 2 )\n  Job 1 ( length = 5 )\n  Job 2 ( length = 8 )\n\n\nCompute the turnaround time, response time, and wait time for each job.\nWhen you are done, run this program again, with the same arguments,\nbut with -c, which will thus provide you with the answers. You can use\n-s <somenumber> or your own job list (-l 10,15,20 for example)\nto generate different problems for yourself.\n\n',
  '-p FIFO -j 3 -s 100 -c':
    'ARG policy FIFO\nARG jobs 3\nARG maxlen 10\nARG seed 100\n\nHere is the job list, with the run time of each job: \n  Job 0 ( length = 2 )\n  Job 1 ( length = 5 )\n  Job 2 ( length = 8 )\n\n\n** Solutions **\n\nExecution trace:\n  [ time   0 ] Run job 0 for 2.00 secs ( DONE at 2.00 )\n  [ time   2 ] Run job 1 for 5.00 secs ( DONE at 7.00 )\n  [ time   7 ] Run job 2 for 8.00 secs ( DONE at 15.00 )\n\nFinal statistics:\n  Job   0 -- Response: 0.00  Turnaround 2.00  Wait 0.00\n  Job   1 -- Response: 2.00  Turnaround 7.00  Wait 2.00\n  Job   2 -- Response: 7.00  Turnaround 15.00  Wait 7.00\n\n  Average -- Response: 3.00  Turnaround 8.00  Wait 3.00\n\n',
  '-p SJF -l 5,10,15 -c':
    'ARG policy SJF\nARG jlist 5,10,15\n\nHere is the job list, with the run time of each job: \n  Job 0 ( length = 5.0 )\n  Job 1 ( length = 10.0 )\n  Job 2 ( length = 15.0 )\n\n\n** Solutions **\n\nExecution trace:\n  [ time   0 ] Run job 0 for 5.00 secs ( DONE at 5.00 )\n  [ time   5 ] Run job 1 for 10.00 secs ( DONE at 15.00 )\n  [ time  15 ] Run job 2 for 15.00 secs ( DONE at 30.00 )\n\nFinal statistics:\n  Job   0 -- Response: 0.00  Turnaround 5.00  Wait 0.00\n  Job   1 -- Response: 5.00  Turnaround 15.00  Wait 5.00\n  Job   2 -- Response: 15.00  Turnaround 30.00  Wait 15.00\n\n  Average -- Response: 6.67  Turnaround 16.67  Wait 6.67\n\n',
  // from the sweep
  '-s 7 -j 3 -m 20 -p SJF -c':
    'ARG policy SJF\nARG jobs 3\nARG maxlen 20\nARG seed 7\n\nHere is the job list, with the run time of each job: \n  Job 0 ( length = 7 )\n  Job 1 ( length = 4 )\n  Job 2 ( length = 14 )\n\n\n** Solutions **\n\nExecution trace:\n  [ time   0 ] Run job 1 for 4.00 secs ( DONE at 4.00 )\n  [ time   4 ] Run job 0 for 7.00 secs ( DONE at 11.00 )\n  [ time  11 ] Run job 2 for 14.00 secs ( DONE at 25.00 )\n\nFinal statistics:\n  Job   1 -- Response: 0.00  Turnaround 4.00  Wait 0.00\n  Job   0 -- Response: 4.00  Turnaround 11.00  Wait 4.00\n  Job   2 -- Response: 11.00  Turnaround 25.00  Wait 11.00\n\n  Average -- Response: 5.00  Turnaround 13.33  Wait 5.00\n\n',
  '-p RR -q 2 -l 3,5,1 -c':
    'ARG policy RR\nARG jlist 3,5,1\n\nHere is the job list, with the run time of each job: \n  Job 0 ( length = 3.0 )\n  Job 1 ( length = 5.0 )\n  Job 2 ( length = 1.0 )\n\n\n** Solutions **\n\nExecution trace:\n  [ time   0 ] Run job   0 for 2.00 secs\n  [ time   2 ] Run job   1 for 2.00 secs\n  [ time   4 ] Run job   2 for 1.00 secs ( DONE at 5.00 )\n  [ time   5 ] Run job   0 for 1.00 secs ( DONE at 6.00 )\n  [ time   6 ] Run job   1 for 2.00 secs\n  [ time   8 ] Run job   1 for 1.00 secs ( DONE at 9.00 )\n\nFinal statistics:\n  Job   0 -- Response: 0.00  Turnaround 6.00  Wait 3.00\n  Job   1 -- Response: 2.00  Turnaround 9.00  Wait 4.00\n  Job   2 -- Response: 4.00  Turnaround 5.00  Wait 4.00\n\n  Average -- Response: 2.00  Turnaround 6.67  Wait 3.67\n\n',
  '-s 2 -p FIFO':
    'ARG policy FIFO\nARG jobs 3\nARG maxlen 10\nARG seed 2\n\nHere is the job list, with the run time of each job: \n  Job 0 ( length = 10 )\n  Job 1 ( length = 10 )\n  Job 2 ( length = 1 )\n\n\nCompute the turnaround time, response time, and wait time for each job.\nWhen you are done, run this program again, with the same arguments,\nbut with -c, which will thus provide you with the answers. You can use\n-s <somenumber> or your own job list (-l 10,15,20 for example)\nto generate different problems for yourself.\n\n',
  // lengths with decimals: a tick is a tenth or hundredth of OSTEP's unit; times are its own float sums (0.1 + 0.2)
  '-l 2.5,1.5,0.1,0.2,0.7 -p RR -q 1 -c':
    'ARG policy RR\nARG jlist 2.5,1.5,0.1,0.2,0.7\n\nHere is the job list, with the run time of each job: \n  Job 0 ( length = 2.5 )\n  Job 1 ( length = 1.5 )\n  Job 2 ( length = 0.1 )\n  Job 3 ( length = 0.2 )\n  Job 4 ( length = 0.7 )\n\n\n** Solutions **\n\nExecution trace:\n  [ time   0 ] Run job   0 for 1.00 secs\n  [ time   1 ] Run job   1 for 1.00 secs\n  [ time   2 ] Run job   2 for 0.10 secs ( DONE at 2.10 )\n  [ time   2 ] Run job   3 for 0.20 secs ( DONE at 2.30 )\n  [ time   2 ] Run job   4 for 0.70 secs ( DONE at 3.00 )\n  [ time   3 ] Run job   0 for 1.00 secs\n  [ time   4 ] Run job   1 for 0.50 secs ( DONE at 4.50 )\n  [ time   4 ] Run job   0 for 0.50 secs ( DONE at 5.00 )\n\nFinal statistics:\n  Job   0 -- Response: 0.00  Turnaround 5.00  Wait 2.50\n  Job   1 -- Response: 1.00  Turnaround 4.50  Wait 3.00\n  Job   2 -- Response: 2.00  Turnaround 2.10  Wait 2.00\n  Job   3 -- Response: 2.10  Turnaround 2.30  Wait 2.10\n  Job   4 -- Response: 2.30  Turnaround 3.00  Wait 2.30\n\n  Average -- Response: 1.48  Turnaround 3.38  Wait 2.38\n\n',
  '-l 0.1,0.2,0.7,1.0 -p SJF -c':
    'ARG policy SJF\nARG jlist 0.1,0.2,0.7,1.0\n\nHere is the job list, with the run time of each job: \n  Job 0 ( length = 0.1 )\n  Job 1 ( length = 0.2 )\n  Job 2 ( length = 0.7 )\n  Job 3 ( length = 1.0 )\n\n\n** Solutions **\n\nExecution trace:\n  [ time   0 ] Run job 0 for 0.10 secs ( DONE at 0.10 )\n  [ time   0 ] Run job 1 for 0.20 secs ( DONE at 0.30 )\n  [ time   0 ] Run job 2 for 0.70 secs ( DONE at 1.00 )\n  [ time   1 ] Run job 3 for 1.00 secs ( DONE at 2.00 )\n\nFinal statistics:\n  Job   0 -- Response: 0.00  Turnaround 0.10  Wait 0.00\n  Job   1 -- Response: 0.10  Turnaround 0.30  Wait 0.10\n  Job   2 -- Response: 0.30  Turnaround 1.00  Wait 0.30\n  Job   3 -- Response: 1.00  Turnaround 2.00  Wait 1.00\n\n  Average -- Response: 0.35  Turnaround 0.85  Wait 0.35\n\n',
};

function sim(args: string): string {
  const out: string[] = [];
  const code = runCli(['ostep', 'scheduler', ...args.split(' ')], {
    readText: () => '',
    out: (t) => out.push(t),
    err: (t) => out.push(t),
  });
  expect(code).toBe(0);
  return `${out.join('\n')}\n`;
}

describe('sim ostep scheduler prints what OSTEP prints', () => {
  it.each(Object.entries(GOLDEN))('python3 scheduler.py %s', (args, expected) => {
    expect(sim(args)).toBe(expected);
  });
});
