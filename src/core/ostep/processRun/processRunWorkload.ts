import { DEFAULT_NEEDS, DEFAULT_NODE, DEFAULT_OPTIONS } from '../../scenario/defaults';
import type { Scenario } from '../../scenario/types';
import { pyRandom, pySeed } from '../pyRandom';
import { translatedFrom } from '../workloadScript';

/** process-run.py's instructions: a CPU tick, issuing an I/O, and handling its completion (a CPU tick too). */
export type Instruction = 'cpu' | 'io' | 'io_done';

/**
 * process-run.py's random programs: after `random.seed(seed)`, process by process and instruction by
 * instruction, `random() < chanceCpu` gives a CPU instruction, else an I/O (io, then io_done).
 */
export function ostepRandomProgram(
  seed: number,
  specs: readonly { count: number; chanceCpu: number }[],
): Instruction[][] {
  const rng = pySeed(seed);
  return specs.map(({ count, chanceCpu }) => {
    const code: Instruction[] = [];
    for (let i = 0; i < count; i++) {
      if (pyRandom(rng) < chanceCpu) code.push('cpu');
      else code.push('io', 'io_done');
    }
    return code;
  });
}

/**
 * A program as our alternating bursts: every instruction is one CPU tick; a CPU burst ends with each `io`, which
 * starts an I/O burst of `ioLength` ticks; the `io_done` after it opens the next CPU burst. A program ends with a
 * CPU instruction or io_done, so the bursts start and end with CPU.
 */
export function programBursts(code: readonly Instruction[], ioLength: number): number[] {
  const bursts: number[] = [];
  let cpu = 0;
  for (const x of code) {
    cpu++;
    if (x === 'io') {
      bursts.push(cpu, ioLength);
      cpu = 0;
    }
  }
  bursts.push(cpu);
  return bursts;
}

/**
 * Bursts from programBursts back as the -P text of one process (c5,i,c2), or why they cannot be one: a CPU burst
 * between two I/Os holds at least io_done and io, so it is at least 2 ticks.
 */
export function burstsProgramText(bursts: readonly number[]): string | { error: string } {
  const items: string[] = [];
  const cpu = (n: number) => {
    if (n > 0) items.push(`c${n}`);
  };
  for (let i = 0; i < bursts.length; i += 2) {
    const n = bursts[i] as number;
    const first = i === 0;
    const last = i === bursts.length - 1;
    if (!first && !last && n < 2)
      return { error: `a CPU burst between two I/Os is io_done and io, at least 2 ticks; burst ${i} is ${n}` };
    cpu(n - (first ? 0 : 1) - (last ? 0 : 1));
    if (!last) items.push('i');
  }
  // An empty program (one CPU burst of 0) is written as no CPU instructions.
  return items.length === 0 ? 'c0' : items.join(',');
}

/**
 * process-run.py's problem as one of our scenarios: process i is pid i with its program as bursts, every one
 * arriving at tick 0, one CPU, free context switches, unlimited parallel I/O, under the PID scan policy with
 * OSTEP's -S and -I rules. OSTEP's tick t is our interval [t-1, t).
 */
export function ostepProcessRunScenario(
  programs: readonly Instruction[][],
  ioLength: number,
  switchOnIo: boolean,
  immediate: boolean,
  source: string,
): Scenario {
  return {
    format: 'bcos-scenario',
    version: 3,
    title: 'OSTEP process-run.py',
    description: translatedFrom('cpu-intro/process-run.py', source),
    seed: 1,
    node: { ...DEFAULT_NODE, cpus: 1, gpus: 0, connections: [] },
    scheduler: { policy: 'PID_SCAN', switchOnIo, ioCompletion: immediate ? 'immediate' : 'later' },
    options: { ...DEFAULT_OPTIONS },
    processes: programs.map((code, i) => ({
      pid: i,
      name: `P${i}`,
      type: 'USER',
      priority: 0,
      arrival: 0,
      bursts: programBursts(code, ioLength),
      needs: { ...DEFAULT_NEEDS },
    })),
    operations: [],
  };
}
