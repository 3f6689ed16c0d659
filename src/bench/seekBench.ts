import { performance } from 'node:perf_hooks';
import { Simulation, validateScenario } from '../core/index';
import { WORST_ACCEPTED } from '../core/testing/costly';
import { PROTOCOL_VERSION, type FromSim } from '../protocol';
import { createHandler } from '../worker/handler';
import { bigMemoryRun } from './workloads';
import { groupedDigits } from '../core/groupedDigits';

/** Issue 13's target for a step or a jump anywhere in a long run, as the core answers it (the worker's frame aside). */
const SEEK_TARGET_MS = 50;

type SeekRow = { name: string; ms: number; detail: string; targetMs?: number };

/** `count` ticks spread over the run, the same on every run of the bench. */
const spread = (count: number, end: number) =>
  Array.from({ length: count }, (_, i) => Math.floor((((i * 7919) % 97) / 97) * end));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Moving about a 980,000-tick run (about two million events) that has been run to its end once: the slowest of
 * a spread of jumps forward and back, and of single steps. The seeded spread of targets makes every run of the
 * bench measure the same moves.
 */
export function seekBenchmarks(): SeekRow[] {
  const v = validateScenario(WORST_ACCEPTED['RR quantum 1, two 4.9*10^5-tick bursts']);
  if (!v.ok) throw new Error(v.errors[0]?.message);
  const sim = new Simulation(v.scenario);
  const end = sim.runToEnd();
  const jumps = spread(40, end);
  let worstJump = 0;
  for (const t of jumps) {
    const t0 = performance.now();
    sim.seek(t);
    worstJump = Math.max(worstJump, performance.now() - t0);
  }
  let worstStep = 0;
  for (const t of jumps.slice(0, 10)) {
    sim.seek(t);
    for (const delta of [1, -1, -1, 1]) {
      const t0 = performance.now();
      sim.seek(sim.state.now + delta);
      worstStep = Math.max(worstStep, performance.now() - t0);
    }
  }
  const run = `${groupedDigits(end)}-tick run, ${groupedDigits(sim.state.events.length)} events`;
  return [
    { name: 'seek: worst of 40 jumps forward and back', ms: worstJump, targetMs: SEEK_TARGET_MS, detail: run },
    { name: 'seek: worst single tick step forward or back', ms: worstStep, targetMs: SEEK_TARGET_MS, detail: run },
  ];
}

/**
 * The browser probe's large run (10,000 processes with memory on, about 907,000 ticks), run to its end once, moved
 * about through the worker's own handler: each move is the core's seek and the frame the worker builds for it (all
 * it sends the page), as a jump of the time slider or a step costs the worker. Median and worst of each: the first
 * jumps pay for the checkpoints' pages being touched again, so the median is the figure a person meets.
 */
export function memorySeekBenchmarks(): SeekRow[] {
  const handle = createHandler({ nowMs: () => performance.now() });
  let id = 0;
  const send = (msg: Record<string, unknown>): FromSim => {
    const reply = handle({ ...msg, id: ++id })[0] as FromSim;
    if (reply.type !== 'ready' && reply.type !== 'frame' && reply.type !== 'loaded')
      throw new Error(`seek benchmark: ${reply.type} ${JSON.stringify(reply).slice(0, 200)}`);
    return reply;
  };
  send({ type: 'hello', protocol: PROTOCOL_VERSION });
  send({ type: 'load', scenario: bigMemoryRun() });
  const timed = (msg: Record<string, unknown>) => {
    const t0 = performance.now();
    const reply = send(msg);
    return { ms: performance.now() - t0, reply };
  };
  const ended = timed({ type: 'end' });
  const end = ended.reply.type === 'frame' ? ended.reply.frame.endTick : 0;
  // As the worker host does once the page stops asking: the ended rows, made after the reply.
  const t0 = performance.now();
  while (handle.idle());
  const idleMs = performance.now() - t0;
  const jumps = spread(24, end).map((tick) => timed({ type: 'seek', tick }).ms);
  const steps = spread(8, end).flatMap((tick) => {
    send({ type: 'seek', tick });
    return (['forward', 'back', 'back', 'forward'] as const).map(
      (direction) => timed({ type: 'step', direction, unit: 'tick' }).ms,
    );
  });
  const run = `${groupedDigits(end)}-tick run of 10,000 processes with memory (256 frames), core + worker frame`;
  return [
    {
      name: 'seek with memory: find the end (the reply to Run to end)',
      ms: ended.ms,
      detail: `${run}; then ${idleMs.toFixed(0)} ms of idle work after the reply (the ended processes' rows)`,
    },
    {
      name: 'seek with memory: jump anywhere, median of 24',
      ms: median(jumps),
      targetMs: SEEK_TARGET_MS,
      detail: `${run}; worst ${Math.max(...jumps).toFixed(0)} ms`,
    },
    { name: 'seek with memory: jump anywhere, worst of 24', ms: Math.max(...jumps), detail: run },
    {
      name: 'seek with memory: single tick step, median of 32',
      ms: median(steps),
      targetMs: SEEK_TARGET_MS,
      detail: `${run}; worst ${Math.max(...steps).toFixed(0)} ms`,
    },
  ];
}
