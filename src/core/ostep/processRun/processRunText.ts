import type { ProcessRunAnswers } from '../answers';
import type { ProcessRunOptions } from './processRunFlags';
import { pyFixed2 } from '../pyFormat';
import type { ProcessRunProblem } from './processRunCommand';

const col = (x: string | number) => String(x).padStart(14);

/** What process-run.py prints for these flags (its whole stdout): the programs and rules, or the trace (-c) and stats (-p). */
export function processRunText(p: ProcessRunProblem, v: ProcessRunOptions, a: ProcessRunAnswers): string {
  return v.solve ? traceText(a) + (v.print_stats ? statsText(a) : '') : problemText(p);
}

function problemText(p: ProcessRunProblem): string {
  let out = 'Produce a trace of what would happen when you run these processes:\n';
  p.programs.forEach((code, pid) => {
    out += `Process ${pid}\n${code.map((x) => `  ${x}\n`).join('')}\n`;
  });
  out += 'Important behaviors:\n';
  out += `  System will switch when ${p.switchOnIo ? 'the current process is FINISHED or ISSUES AN IO' : 'the current process is FINISHED'}\n`;
  out += `  After IOs, the process issuing the IO will ${p.immediate ? 'run IMMEDIATELY' : 'run LATER (when it is its turn)'}\n\n`;
  return out;
}

function traceText(a: ProcessRunAnswers): string {
  const pids = a.procs.map((x) => col(`PID:${String(x.pid).padStart(2)}`)).join('');
  let out = `Time${pids}${col('CPU')}${col('IOs')}\n`;
  for (const t of a.ticks) {
    // OSTEP pads an empty IOs column to 10, not 14.
    const ios = t.ioInFlight > 0 ? col(t.ioInFlight) : ' '.repeat(10);
    out += `${String(t.t).padStart(3)}${t.ioDone ? '*' : ' '}${t.states.map(col).join('')}${col(t.cpu === 1 ? '1' : ' ')}${ios}\n`;
  }
  return out;
}

function statsText(a: ProcessRunAnswers): string {
  const { totalTime, cpuBusy, ioBusy } = a.stats;
  const percent = (n: number) => pyFixed2((100 * n) / totalTime);
  return `\nStats: Total Time ${totalTime}\nStats: CPU Busy ${cpuBusy} (${percent(cpuBusy)}%)\nStats: IO Busy  ${ioBusy} (${percent(ioBusy)}%)\n\n`;
}
