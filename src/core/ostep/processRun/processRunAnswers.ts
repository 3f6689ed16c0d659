import type { RunResult } from '../../kernel/result';
import type { ProcessRunAnswers, ProcessRunState } from '../answers';
import type { Instruction } from './processRunWorkload';

/**
 * Reads process-run.py's per-tick answer off a finished run of a scenario from ostepProcessRunScenario (pid =
 * OSTEP's process id). OSTEP's tick t is our interval [t-1, t): a process runs in tick t when the timeline has it
 * on the CPU there, and executes its k-th instruction on its k-th CPU tick; it is BLOCKED while an I/O from an
 * ioStart event is in progress, RUNNING while the CPU is held for it after it ended having run nothing (an empty
 * program), DONE after its completion, else READY. `*` marks a tick whose start (our tick
 * t-1) saw an I/O complete; IOs counts the I/Os in progress. Null when the run did not finish every process.
 */
export function processRunAnswers(r: RunResult, programs: readonly Instruction[][]): ProcessRunAnswers | null {
  if (!r.finished || r.processes.some((p) => p.completion === null)) return null;
  const procs = [...r.processes].sort((a, b) => a.pid - b.pid);
  // An empty program holds the CPU, RUNNING without an instruction, for a tick after its exit (a hold until a tick).
  const idleRuns = r.events.flatMap((e) => (e.kind === 'hold' && e.until !== null ? [e] : []));
  const total = Math.max(
    procs.reduce((end, p) => Math.max(end, p.completion as number), 0),
    ...idleRuns.map((e) => e.until as number),
  );
  const states: ProcessRunState[][] = Array.from({ length: total }, () => procs.map(() => 'READY'));
  const set = (pid: number, from: number, to: number, state: (k: number) => ProcessRunState) => {
    for (let t = from; t < to && t < total; t++) (states[t] as ProcessRunState[])[pid] = state(t - from);
  };
  const executed = procs.map(() => 0);
  for (const s of r.timeline) {
    if (s.pid === null || s.kind === 'switch') continue;
    const pid = s.pid;
    const code = programs[pid] as Instruction[];
    const first = executed[pid] as number;
    set(pid, s.start, s.end, (k) => `RUN:${code[first + k] as Instruction}`);
    executed[pid] = first + s.end - s.start;
  }
  const ioDone = new Set<number>();
  for (const e of r.events) {
    if (e.kind === 'ioStart') set(e.pid, e.tick, e.until, () => 'BLOCKED');
    else if (e.kind === 'ioDone') ioDone.add(e.tick);
  }
  for (const p of procs) set(p.pid, p.completion as number, total, () => 'DONE');
  for (const e of idleRuns) set(e.pid, e.tick, e.until as number, () => 'RUNNING');
  const ticks = states.map((row, i) => ({
    t: i + 1,
    ioDone: ioDone.has(i),
    states: row,
    cpu: row.some((x) => x.startsWith('RUN:')) ? (1 as const) : (0 as const),
    ioInFlight: row.filter((x) => x === 'BLOCKED').length,
  }));
  return {
    ticks,
    stats: {
      totalTime: total,
      cpuBusy: ticks.filter((t) => t.cpu === 1).length,
      ioBusy: ticks.filter((t) => t.ioInFlight > 0).length,
    },
    procs: procs.map((p) => ({ pid: p.pid, lastRunTick: p.completion as number })),
  };
}
