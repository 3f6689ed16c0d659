import { LIMITS } from '../../scenario/types';
import { TEXT_INSTEAD } from '../workloadScript';
import { pyFloat, pyInt } from '../pyNumber';
import type { ProcessRunOptions } from './processRunFlags';
import { ostepRandomProgram, type Instruction } from './processRunWorkload';

/** Instructions in one problem: the programs are held as lists of instructions, 8 bytes each (at most 32 MB). */
export const MAX_INSTRUCTIONS = 4_000_000;
/**
 * An answer held whole (--json, --batch, the browser) holds its text too: a line per instruction without -c, and
 * with -c a line per tick with a column per process (about 50 bytes per column with the answer's entry). These
 * keep it within about 500 MB; the streamed text holds none of it.
 */
export const MAX_HELD_INSTRUCTIONS = 100_000;
export const MAX_HELD_TICKS = 1_000_000;
export const MAX_HELD_CELLS = 10_000_000;

/** A process-run.py problem: each process's program as OSTEP's instructions, the I/O length and the two rules. */
export interface ProcessRunProblem {
  programs: Instruction[][];
  ioLength: number;
  /** -S SWITCH_ON_IO (else SWITCH_ON_END) */
  switchOnIo: boolean;
  /** -I IO_RUN_IMMEDIATE (else IO_RUN_LATER) */
  immediate: boolean;
}

/** process-run.py's options -> the problem, or one message naming the flag and its limit. */
export function processRunProblem(v: ProcessRunOptions): ProcessRunProblem | string {
  const programs = v.program !== '' ? listedPrograms(v.program) : randomPrograms(v.process_list, v.seed);
  if (typeof programs === 'string') return programs;
  const flag = v.program !== '' ? '-P/--program' : '-l/--processlist';
  const ioLength = v.io_length;
  if (ioLength < 0) return `-L/--iolength must be at least 0 (got ${ioLength})`;
  const crowded = programs.findIndex((code) => 2 * code.filter((x) => x === 'io').length + 1 > LIMITS.maxBursts);
  if (crowded >= 0) return `${flag}: process ${crowded} does more than ${Math.floor((LIMITS.maxBursts - 1) / 2)} I/Os`;
  return {
    programs,
    ioLength,
    switchOnIo: v.process_switch_behavior === 'SWITCH_ON_IO',
    immediate: v.io_done_behavior === 'IO_RUN_IMMEDIATE',
  };
}

/** Why the answer to this problem, with its text, is too large to hold whole, or null. */
export function processRunHeld(p: ProcessRunProblem, v: ProcessRunOptions): string | null {
  const flag = v.program !== '' ? '-P/--program' : '-l/--processlist';
  const instructions = p.programs.reduce((n, code) => n + code.length, 0);
  if (instructions > MAX_HELD_INSTRUCTIONS)
    return `${flag}: the processes have ${instructions} instructions; the answer as data holds a line per instruction, at most ${MAX_HELD_INSTRUCTIONS} (about 5 MB): ${TEXT_INSTEAD}`;
  const ios = p.programs.reduce((n, code) => n + code.filter((x) => x === 'io').length, 0);
  // An empty program may hold the CPU for an idle tick.
  const ticks = instructions + ios * p.ioLength + p.programs.filter((code) => code.length === 0).length;
  if (ticks > MAX_HELD_TICKS)
    return `-L/--iolength: the run could take ${ticks} ticks; the answer as data holds an entry per tick, at most ${MAX_HELD_TICKS} (about 50 MB): ${TEXT_INSTEAD}`;
  if (ticks * p.programs.length > MAX_HELD_CELLS)
    return `${flag}: ${p.programs.length} processes over up to ${ticks} ticks; the answer as data holds a state per process per tick, at most ${MAX_HELD_CELLS} (about 500 MB): ${TEXT_INSTEAD}`;
  return null;
}

/** -P c7,i,c1:i: per process, `cN` is N CPU instructions (none when N ≤ 0), `i…` one I/O (io then io_done). */
function listedPrograms(text: string): Instruction[][] | string {
  const programs = text.split(':');
  if (programs.length > LIMITS.maxProcesses)
    return `-P/--program lists ${programs.length} programs; at most ${LIMITS.maxProcesses}`;
  const out: Instruction[][] = [];
  let total = 0;
  for (const [pid, program] of programs.entries()) {
    const code: Instruction[] = [];
    for (const item of program.split(',')) {
      if (item === '')
        return `-P/--program: process ${pid} has an empty instruction in ${JSON.stringify(program)}; write cN or i, separated by commas`;
      if (item[0] === 'i') {
        code.push('io', 'io_done');
        total += 2;
      } else if (item[0] === 'c') {
        const n = pyInt(item.slice(1));
        if (n === undefined)
          return `-P/--program: process ${pid} has ${JSON.stringify(item)}; c must be followed by a whole number (e.g. c5)`;
        total += Math.max(0, n);
        if (total > MAX_INSTRUCTIONS) return `-P/--program: more than ${MAX_INSTRUCTIONS} instructions in all`;
        for (let k = 0; k < n; k++) code.push('cpu');
      } else return `-P/--program: bad opcode ${JSON.stringify(item[0])} in process ${pid} (should be c or i)`;
    }
    out.push(code);
  }
  return out;
}

/** -l X:Y,…: process i has X instructions, each CPU with chance Y percent, drawn in order from random.seed(-s). */
function randomPrograms(text: string, seed: number): Instruction[][] | string {
  const descriptions = text.split(',');
  if (descriptions.length > LIMITS.maxProcesses)
    return `-l/--processlist lists ${descriptions.length} processes; at most ${LIMITS.maxProcesses}`;
  const specs: { count: number; chanceCpu: number }[] = [];
  let total = 0;
  for (const [pid, d] of descriptions.entries()) {
    const parts = d.split(':');
    const count = parts.length === 2 ? pyInt(parts[0] as string) : undefined;
    const percent = parts.length === 2 ? pyFloat(parts[1] as string) : undefined;
    if (count === undefined || percent === undefined) {
      return `-l/--processlist: process ${pid} is ${JSON.stringify(d)}; each is X:Y with X the number of instructions and Y the percent chance that an instruction uses the CPU (e.g. -l 5:100,5:50)`;
    }
    total += Math.max(0, count);
    if (total > MAX_INSTRUCTIONS) return `-l/--processlist: more than ${MAX_INSTRUCTIONS} instructions in all`;
    specs.push({ count, chanceCpu: percent / 100 });
  }
  return ostepRandomProgram(seed, specs);
}
