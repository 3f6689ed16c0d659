// How long `sim ostep` takes to answer a large problem of each OSTEP script (command parsing, workload drawn
// from CPython's random, the run on our core, the answer and OSTEP's text), through the same solve() the CLI
// and the worker use.
import { performance } from 'node:perf_hooks';
import { runScenario } from '../core/ostep/runScenario';
import { solveOstepCommand } from '../core/ostep/solve';
import type { MemoryBenchRow } from './memoryBench';
import { groupedDigits } from '../core/groupedDigits';

const PROBLEMS: [label: string, command: string][] = [
  ['scheduler RR, 1,000 jobs', 'scheduler.py -p RR -q 1 -s 1 -j 1000 -m 100 -c'],
  ['mlfq, 100 jobs with I/O', 'mlfq.py -s 1 -j 100 -m 1000 -M 20 -n 4 -B 200 -c'],
  ['lottery, 50 jobs', 'lottery.py -s 1 -j 50 -m 400 -c'],
  ['process-run, 20 programs of 50 instructions', `process-run.py -l ${Array(20).fill('50:60').join(',')} -s 3 -c -p`],
  ['paging-policy OPT, 100,000 references', 'paging-policy.py -p OPT -s 1 -n 100000 -m 500 -C 64 -c'],
  ['paging-policy CLOCK (OSTEP), 100,000 references', 'paging-policy.py -p CLOCK -s 1 -n 100000 -m 500 -C 64 -c'],
  [
    'paging-linear-translate, 1 MiB space, 10,000 addresses',
    'paging-linear-translate.py -s 1 -P 1k -a 1m -p 512m -n 10000 -c',
  ],
  ['paging-multilevel-translate, 10,000 addresses walked', 'paging-multilevel-translate.py -s 1 -n 10000 -c'],
  ['malloc, 1,000 random operations', 'malloc.py -s 1 -n 1000 -S 100000 -r 500 -p BEST -l ADDRSORT -C -c'],
];

export function ostepBenchmarks(): MemoryBenchRow[] {
  return PROBLEMS.map(([label, command]) => {
    let best = Infinity;
    let lines = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = solveOstepCommand(command, runScenario);
      best = Math.min(best, performance.now() - t0);
      if (!r.ok) throw new Error(`bench: ${command}: ${r.error}`);
      lines = r.text.split('\n').length;
    }
    return { name: `ostep: ${label}`, ms: best, detail: `${groupedDigits(lines)} lines of OSTEP's text` };
  });
}
