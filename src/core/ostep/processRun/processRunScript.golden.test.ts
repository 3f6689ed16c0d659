import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { processRunScript } from './processRunScript';

/**
 * Byte-for-byte stdout of OSTEP's own cpu-intro/process-run.py (remzi-arpacidusseau/ostep-homework at commit
 * 6c6cfc7e82c274fb7f0f068b5a75e1b42f7615b6), obtained by running `python3 process-run.py ARGS` with Python 3.11.7.
 * They prove the tick mapping: OSTEP's tick t is our [t-1, t), an I/O of -L ticks blocks ticks t+1..t+L after
 * the io instruction of tick t, and `*` marks the tick whose start saw it complete. A sweep of 431 argument sets
 * (-l and -P, -L 1-7, both -S and -I rules, -c, -p) matched byte for byte when this was written.
 */
const GOLDEN: [string[], string][] = [
  // the examples of cpu-intro/README.md
  [
    ['-l', '5:100'],
    'Produce a trace of what would happen when you run these processes:\nProcess 0\n  cpu\n  cpu\n  cpu\n  cpu\n  cpu\n\nImportant behaviors:\n  System will switch when the current process is FINISHED or ISSUES AN IO\n  After IOs, the process issuing the IO will run LATER (when it is its turn)\n\n',
  ],
  [
    ['-l', '5:100', '-c'],
    'Time        PID: 0           CPU           IOs\n  1        RUN:cpu             1          \n  2        RUN:cpu             1          \n  3        RUN:cpu             1          \n  4        RUN:cpu             1          \n  5        RUN:cpu             1          \n',
  ],
  [
    ['-l', '5:100,5:100'],
    'Produce a trace of what would happen when you run these processes:\nProcess 0\n  cpu\n  cpu\n  cpu\n  cpu\n  cpu\n\nProcess 1\n  cpu\n  cpu\n  cpu\n  cpu\n  cpu\n\nImportant behaviors:\n  System will switch when the current process is FINISHED or ISSUES AN IO\n  After IOs, the process issuing the IO will run LATER (when it is its turn)\n\n',
  ],
  [
    ['-l', '5:100,5:100', '-c'],
    'Time        PID: 0        PID: 1           CPU           IOs\n  1        RUN:cpu         READY             1          \n  2        RUN:cpu         READY             1          \n  3        RUN:cpu         READY             1          \n  4        RUN:cpu         READY             1          \n  5        RUN:cpu         READY             1          \n  6           DONE       RUN:cpu             1          \n  7           DONE       RUN:cpu             1          \n  8           DONE       RUN:cpu             1          \n  9           DONE       RUN:cpu             1          \n 10           DONE       RUN:cpu             1          \n',
  ],
  [
    ['-l', '3:0', '-L', '5'],
    'Produce a trace of what would happen when you run these processes:\nProcess 0\n  io\n  io_done\n  io\n  io_done\n  io\n  io_done\n\nImportant behaviors:\n  System will switch when the current process is FINISHED or ISSUES AN IO\n  After IOs, the process issuing the IO will run LATER (when it is its turn)\n\n',
  ],
  [
    ['-l', '3:0', '-L', '5', '-c'],
    'Time        PID: 0           CPU           IOs\n  1         RUN:io             1          \n  2        BLOCKED                           1\n  3        BLOCKED                           1\n  4        BLOCKED                           1\n  5        BLOCKED                           1\n  6        BLOCKED                           1\n  7*   RUN:io_done             1          \n  8         RUN:io             1          \n  9        BLOCKED                           1\n 10        BLOCKED                           1\n 11        BLOCKED                           1\n 12        BLOCKED                           1\n 13        BLOCKED                           1\n 14*   RUN:io_done             1          \n 15         RUN:io             1          \n 16        BLOCKED                           1\n 17        BLOCKED                           1\n 18        BLOCKED                           1\n 19        BLOCKED                           1\n 20        BLOCKED                           1\n 21*   RUN:io_done             1          \n',
  ],
  // the homework questions: -p, SWITCH_ON_END, IO_RUN_IMMEDIATE
  [
    ['-l', '1:0,4:100', '-c', '-p'],
    'Time        PID: 0        PID: 1           CPU           IOs\n  1         RUN:io         READY             1          \n  2        BLOCKED       RUN:cpu             1             1\n  3        BLOCKED       RUN:cpu             1             1\n  4        BLOCKED       RUN:cpu             1             1\n  5        BLOCKED       RUN:cpu             1             1\n  6        BLOCKED          DONE                           1\n  7*   RUN:io_done          DONE             1          \n\nStats: Total Time 7\nStats: CPU Busy 6 (85.71%)\nStats: IO Busy  5 (71.43%)\n\n',
  ],
  [
    ['-l', '1:0,4:100', '-c', '-S', 'SWITCH_ON_END', '-p'],
    'Time        PID: 0        PID: 1           CPU           IOs\n  1         RUN:io         READY             1          \n  2        BLOCKED         READY                           1\n  3        BLOCKED         READY                           1\n  4        BLOCKED         READY                           1\n  5        BLOCKED         READY                           1\n  6        BLOCKED         READY                           1\n  7*   RUN:io_done         READY             1          \n  8           DONE       RUN:cpu             1          \n  9           DONE       RUN:cpu             1          \n 10           DONE       RUN:cpu             1          \n 11           DONE       RUN:cpu             1          \n\nStats: Total Time 11\nStats: CPU Busy 6 (54.55%)\nStats: IO Busy  5 (45.45%)\n\n',
  ],
  [
    ['-l', '3:0,5:100,5:100,5:100', '-S', 'SWITCH_ON_IO', '-I', 'IO_RUN_IMMEDIATE', '-c', '-p'],
    'Time        PID: 0        PID: 1        PID: 2        PID: 3           CPU           IOs\n  1         RUN:io         READY         READY         READY             1          \n  2        BLOCKED       RUN:cpu         READY         READY             1             1\n  3        BLOCKED       RUN:cpu         READY         READY             1             1\n  4        BLOCKED       RUN:cpu         READY         READY             1             1\n  5        BLOCKED       RUN:cpu         READY         READY             1             1\n  6        BLOCKED       RUN:cpu         READY         READY             1             1\n  7*   RUN:io_done          DONE         READY         READY             1          \n  8         RUN:io          DONE         READY         READY             1          \n  9        BLOCKED          DONE       RUN:cpu         READY             1             1\n 10        BLOCKED          DONE       RUN:cpu         READY             1             1\n 11        BLOCKED          DONE       RUN:cpu         READY             1             1\n 12        BLOCKED          DONE       RUN:cpu         READY             1             1\n 13        BLOCKED          DONE       RUN:cpu         READY             1             1\n 14*   RUN:io_done          DONE          DONE         READY             1          \n 15         RUN:io          DONE          DONE         READY             1          \n 16        BLOCKED          DONE          DONE       RUN:cpu             1             1\n 17        BLOCKED          DONE          DONE       RUN:cpu             1             1\n 18        BLOCKED          DONE          DONE       RUN:cpu             1             1\n 19        BLOCKED          DONE          DONE       RUN:cpu             1             1\n 20        BLOCKED          DONE          DONE       RUN:cpu             1             1\n 21*   RUN:io_done          DONE          DONE          DONE             1          \n\nStats: Total Time 21\nStats: CPU Busy 21 (100.00%)\nStats: IO Busy  15 (71.43%)\n\n',
  ],
  // three I/Os end at one tick: LATER serves the lowest pid, IMMEDIATE leaves the highest on the CPU
  [
    ['-P', 'i:i:i', '-L', '2', '-c', '-p'],
    'Time        PID: 0        PID: 1        PID: 2           CPU           IOs\n  1         RUN:io         READY         READY             1          \n  2        BLOCKED        RUN:io         READY             1             1\n  3        BLOCKED       BLOCKED        RUN:io             1             2\n  4*   RUN:io_done       BLOCKED       BLOCKED             1             2\n  5*          DONE   RUN:io_done       BLOCKED             1             1\n  6*          DONE          DONE   RUN:io_done             1          \n\nStats: Total Time 6\nStats: CPU Busy 6 (100.00%)\nStats: IO Busy  4 (66.67%)\n\n',
  ],
  [
    ['-P', 'i:i:i', '-L', '2', '-I', 'IO_RUN_IMMEDIATE', '-c', '-p'],
    'Time        PID: 0        PID: 1        PID: 2           CPU           IOs\n  1         RUN:io         READY         READY             1          \n  2        BLOCKED        RUN:io         READY             1             1\n  3        BLOCKED       BLOCKED        RUN:io             1             2\n  4*   RUN:io_done       BLOCKED       BLOCKED             1             2\n  5*          DONE   RUN:io_done       BLOCKED             1             1\n  6*          DONE          DONE   RUN:io_done             1          \n\nStats: Total Time 6\nStats: CPU Busy 6 (100.00%)\nStats: IO Busy  4 (66.67%)\n\n',
  ],
  // random programs from -s
  [
    ['-s', '5', '-l', '4:50,3:30', '-L', '2', '-c'],
    'Time        PID: 0        PID: 1           CPU           IOs\n  1         RUN:io         READY             1          \n  2        BLOCKED        RUN:io             1             1\n  3        BLOCKED       BLOCKED                           2\n  4*   RUN:io_done       BLOCKED             1             1\n  5*        RUN:io         READY             1          \n  6        BLOCKED   RUN:io_done             1             1\n  7        BLOCKED        RUN:io             1             1\n  8*   RUN:io_done       BLOCKED             1             1\n  9         RUN:io       BLOCKED             1             1\n 10*       BLOCKED   RUN:io_done             1             1\n 11        BLOCKED       RUN:cpu             1             1\n 12*   RUN:io_done          DONE             1          \n 13         RUN:io          DONE             1          \n 14        BLOCKED          DONE                           1\n 15        BLOCKED          DONE                           1\n 16*   RUN:io_done          DONE             1          \n',
  ],
];

describe('processRunScript prints what process-run.py prints', () => {
  it.each(GOLDEN)('python3 process-run.py %j', (argv, expected) => {
    const parsed = optparse(argv, processRunScript.specs, processRunScript.defaults);
    if (!parsed.ok) throw new Error(parsed.error);
    const solved = processRunScript.solve(parsed.values, runScenario);
    if (!solved.ok) throw new Error(solved.error);
    expect(solved.text).toBe(expected);
  });
});
