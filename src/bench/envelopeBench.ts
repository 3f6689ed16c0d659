import { performance } from 'node:perf_hooks';
import { estimateCost, MAX_STEPS, Simulation, validateScenario } from '../core/index';
import { BEYOND_ENVELOPE, LONE_STRETCHES, WORST_ACCEPTED } from '../core/testing/costly';
import { groupedDigits } from '../core/groupedDigits';

const MB = 1024 * 1024;

/**
 * The worst scenarios the envelope accepts, and the long ones it accepts because a lone process's quanta are
 * merged, run to the end: time and peak memory (heap, sampled every 10,000 events of the run), and how long
 * refusing the ones beyond it takes.
 */
export function envelopeBenchmarks(): { name: string; ms: number; detail: string }[] {
  const rows: { name: string; ms: number; detail: string }[] = [];
  const runs = [
    ...Object.entries(WORST_ACCEPTED).map(([name, input]) => [`worst accepted: ${name}`, input] as const),
    ...Object.entries(LONE_STRETCHES).map(([name, input]) => [`lone stretch: ${name}`, input] as const),
  ];
  for (const [name, input] of runs) {
    const v = validateScenario(input);
    if (!v.ok) throw new Error(`${name}: ${v.errors[0]?.message}`);
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const t0 = performance.now();
    const sim = new Simulation(v.scenario);
    // Seeking in slices of 10,000 events samples the heap while the run grows (a lone stretch is one event).
    while (!sim.state.finished) {
      sim.seek(Infinity, 10_000);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const ms = performance.now() - t0;
    const steps = groupedDigits(estimateCost(v.scenario).steps);
    rows.push({
      name,
      ms,
      detail: `${steps} of ${groupedDigits(MAX_STEPS)} steps estimated; ${groupedDigits(sim.state.events.length)} events; peak heap +${Math.round((peak - before) / MB)} MB`,
    });
  }
  const t0 = performance.now();
  for (const input of Object.values(BEYOND_ENVELOPE)) validateScenario(input);
  rows.push({
    name: 'refuse the scenarios beyond the envelope',
    ms: performance.now() - t0,
    detail: `${Object.keys(BEYOND_ENVELOPE).length} scenarios of issue 11, each refused before it runs`,
  });
  return rows;
}
