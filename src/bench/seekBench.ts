import { performance } from 'node:perf_hooks';
import { Simulation, validateScenario } from '../core/index';
import { WORST_ACCEPTED } from '../core/testing/costly';

/** Issue 13's target for a step or a jump anywhere in a long run, as the core answers it (the worker's frame aside). */
const SEEK_TARGET_MS = 50;

/**
 * Moving about a 980,000-tick run (about two million events) that has been run to its end once: the slowest of
 * a spread of jumps forward and back, and of single steps. The seeded spread of targets makes every run of the
 * bench measure the same moves.
 */
export function seekBenchmarks(): { name: string; ms: number; detail: string; targetMs: number }[] {
  const v = validateScenario(WORST_ACCEPTED['RR quantum 1, two 4.9*10^5-tick bursts']);
  if (!v.ok) throw new Error(v.errors[0]?.message);
  const sim = new Simulation(v.scenario);
  const end = sim.runToEnd();
  const jumps = Array.from({ length: 40 }, (_, i) => Math.floor((((i * 7919) % 97) / 97) * end));
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
  const run = `${end.toLocaleString('en')}-tick run, ${sim.state.events.length.toLocaleString('en')} events`;
  return [
    { name: 'seek: worst of 40 jumps forward and back', ms: worstJump, targetMs: SEEK_TARGET_MS, detail: run },
    { name: 'seek: worst single tick step forward or back', ms: worstStep, targetMs: SEEK_TARGET_MS, detail: run },
  ];
}
