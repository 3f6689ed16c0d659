import type { ProcessRunState } from '../answers';
import { pyFixed2 } from '../pyFormat';
import { PendingEvents, TickRunner, type RunReader } from '../runReader';
import { asciiLabel, MAX_INT_CHARS, putBytes, writePaddedInt, type AsciiWriter } from '../textParts';
import type { ProcessRunOptions } from './processRunFlags';
import type { ProcessRunProblem } from './processRunCommand';
import type { Instruction } from './processRunWorkload';

/** Every column is 14 characters wide: Python's '%14s'. */
const WIDTH = 14;
const col = (x: string | number) => String(x).padStart(WIDTH);
const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

const COLUMN: Record<ProcessRunState, Uint8Array> = {
  'RUN:cpu': bytesOf(col('RUN:cpu')),
  'RUN:io': bytesOf(col('RUN:io')),
  'RUN:io_done': bytesOf(col('RUN:io_done')),
  READY: bytesOf(col('READY')),
  BLOCKED: bytesOf(col('BLOCKED')),
  DONE: bytesOf(col('DONE')),
  RUNNING: bytesOf(col('RUNNING')),
};
/** The column of a process running each instruction, by its index in INSTRUCTIONS. */
const INSTRUCTIONS: readonly Instruction[] = ['cpu', 'io', 'io_done'];
const RUN_COLUMN = INSTRUCTIONS.map((x) => COLUMN[`RUN:${x}`]);
const CPU_BUSY = asciiLabel(col('1'));
const CPU_IDLE = asciiLabel(col(' '));
// OSTEP pads an empty IOs column to 10, not 14.
const NO_IOS = asciiLabel(' '.repeat(10));
const SPACE = 32;
const STAR = 42;
const NEWLINE = 10;

/**
 * What process-run.py prints for these flags (its whole stdout), as lines: the programs and rules (made as they are
 * printed), or (-c) the trace and (-p) the statistics, which come from the run through the reader.
 */
export function processRunLines(
  p: ProcessRunProblem,
  v: ProcessRunOptions,
): { head: Iterable<string>; reader: RunReader | null } {
  if (!v.solve) return { head: problemLines(p), reader: null };
  const pids = p.programs.map((_, pid) => col(`PID:${String(pid).padStart(2)}`)).join('');
  return { head: [`Time${pids}${col('CPU')}${col('IOs')}`], reader: processRunReader(p, v.print_stats) };
}

function* problemLines(p: ProcessRunProblem): Generator<string> {
  yield 'Produce a trace of what would happen when you run these processes:';
  for (const [pid, code] of p.programs.entries()) {
    yield `Process ${pid}`;
    for (const x of code) yield `  ${x}`;
    yield '';
  }
  yield 'Important behaviors:';
  yield `  System will switch when ${p.switchOnIo ? 'the current process is FINISHED or ISSUES AN IO' : 'the current process is FINISHED'}`;
  yield `  After IOs, the process issuing the IO will ${p.immediate ? 'run IMMEDIATELY' : 'run LATER (when it is its turn)'}`;
  yield '';
}

/**
 * The trace, a line per tick as the run passes it. OSTEP's tick t is our interval [t-1, t): a process runs in it
 * when the timeline has it on the CPU there, executing its next instruction; it is BLOCKED while an I/O from an
 * ioStart event is in progress, DONE from its exit on, else READY; an empty program is RUNNING, running nothing,
 * while the CPU is held for it after its exit. `*` marks a tick whose start saw an I/O
 * complete; IOs counts the I/Os in progress.
 */
function processRunReader({ programs }: ProcessRunProblem, stats: boolean): RunReader {
  const count = programs.length;
  // A byte per instruction: the programs as lists (8 bytes an instruction) need not outlive the run's start.
  const codes = programs.map((code) => Uint8Array.from(code, (x) => INSTRUCTIONS.indexOf(x)));
  /** each process's column while it is not running, side by side as the line shows them */
  const row = new Uint8Array(count * WIDTH);
  const setCol = (pid: number, column: Uint8Array) => row.set(column, pid * WIDTH);
  for (let pid = 0; pid < count; pid++) setCol(pid, COLUMN.READY);
  const executed = new Float64Array(count);
  const done = new Uint8Array(count);
  let blocked: { pid: number; until: number }[] = [];
  /** an empty program holding the CPU, RUNNING without an instruction, until a tick */
  let idleRun: { pid: number; until: number } | null = null;
  /** the last tick of the trace: the last exit, or the end of an empty program's idle tick */
  let last = 0;
  /** the most a line holds: the time, a column per process, CPU and IOs, the newline */
  const lineBytes = MAX_INT_CHARS + 1 + row.length + 2 * WIDTH + MAX_INT_CHARS + 1;
  const runner = new TickRunner();
  const pending = new PendingEvents();
  let t = 0;
  let cpuBusy = 0;
  let ioBusy = 0;

  function tickLine(w: AsciiWriter): void {
    let ioDone = false;
    if (idleRun !== null && idleRun.until <= t) {
      setCol(idleRun.pid, COLUMN.DONE);
      idleRun = null;
    }
    for (let e = pending.upTo(t); e !== undefined; e = pending.upTo(t)) {
      if (e.kind === 'ioStart') {
        blocked.push({ pid: e.pid, until: e.until });
        setCol(e.pid, COLUMN.BLOCKED);
      } else if (e.kind === 'ioDone') ioDone ||= e.tick === t;
      else if (e.kind === 'exit') {
        done[e.pid] = 1;
        setCol(e.pid, COLUMN.DONE);
      } else if (e.kind === 'hold' && e.until !== null) {
        idleRun = { pid: e.pid, until: e.until };
        setCol(e.pid, COLUMN.RUNNING);
      }
    }

    if (blocked.some((b) => b.until <= t)) {
      for (const b of blocked) if (b.until <= t && !done[b.pid]) setCol(b.pid, COLUMN.READY);
      blocked = blocked.filter((b) => b.until > t);
    }
    const at = runner.at(t);
    const pid = at === null || done[at] ? null : at;
    const ios = blocked.length;
    if (ios > 0) ioBusy++;
    const buf = w.reserve(lineBytes);
    let i = writePaddedInt(buf, w.written(), t + 1, 3);
    buf[i++] = ioDone ? STAR : SPACE;
    buf.set(row, i);
    if (pid !== null) {
      const k = executed[pid] as number;
      executed[pid] = k + 1;
      buf.set(RUN_COLUMN[(codes[pid] as Uint8Array)[k] as number] as Uint8Array, i + pid * WIDTH);
      cpuBusy++;
    }
    i = putBytes(buf, i + row.length, pid === null ? CPU_IDLE : CPU_BUSY);
    i = ios > 0 ? writePaddedInt(buf, i, ios, WIDTH) : putBytes(buf, i, NO_IOS);
    buf[i++] = NEWLINE;
    w.commit(i);
  }
  return {
    // A line holds every process's column: about 14 characters each.
    limits: { events: 1_024, ticks: Math.max(16, Math.floor(2 ** 14 / (count + 2))) },
    // What tickLine and read read.
    reads: ['ioStart', 'ioDone', 'exit', 'hold'],
    read(c, w) {
      runner.take(c);
      pending.take(c);
      for (const e of c.events) {
        if (e.kind === 'exit') last = Math.max(last, e.tick);
        else if (e.kind === 'hold' && e.until !== null) last = Math.max(last, e.until);
      }
      for (; t < c.through; t++) tickLine(w);
    },
    end(r, w) {
      const total = last;
      for (; t < total; t++) tickLine(w);
      if (!stats) return;
      const percent = (n: number) => pyFixed2((100 * n) / total);
      for (const line of [
        '',
        `Stats: Total Time ${total}`,
        `Stats: CPU Busy ${cpuBusy} (${percent(cpuBusy)}%)`,
        `Stats: IO Busy  ${ioBusy} (${percent(ioBusy)}%)`,
        '',
      ])
        w.line(line);
    },
  };
}
