import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzScenarioArb } from '../../core/testing/fuzzScenario';
import { STATE_KIND } from '../../protocol';
import type { AppStore } from '../../store/appStore';
import { startedStore } from '../testing/renderWithStore';
import { timelineOf } from '../testing/timelineOf';
import { MAX_PROCESS_LANES } from './ganttIndex';
import { toGanttRows, type GanttBar, type GanttModel } from './toGanttRows';

const S = STATE_KIND;

/** The chart's model over what the store holds now, with a lane per process. */
function modelOf(store: AppStore): GanttModel {
  const s = store.getState();
  const f = s.frame!;
  return toGanttRows({
    timeline: s.timeline,
    cpus: f.cpus.length,
    processes: f.processes.map((p) => ({ pid: p.pid, name: p.name, type: p.type })),
    tick: f.tick,
    openCpus: f.cpus,
    processLanes: true,
    states: s.stateTimeline,
    openStates: f.openStates,
  });
}

describe('process lanes', () => {
  it('show the states between the runs: ready, then the run on its CPU, then waiting for I/O', () => {
    // P1 runs 0–2 on CPU 0, waits for I/O 2–5 (closed); P2 is ready 0–2 (closed) and runs from 2 (open).
    const model = toGanttRows({
      timeline: timelineOf([[0, 0, 2, 1, 0]]),
      cpus: 1,
      processes: [
        { pid: 1, name: 'a', type: 'USER' },
        { pid: 2, name: 'b', type: 'USER' },
      ],
      tick: 6,
      openCpus: [{ id: 0, phase: 'run', pid: 2, since: 2 }],
      processLanes: true,
      states: timelineOf([
        [1, 0, 2, S.running, 0],
        [2, 0, 2, S.ready, -1],
        [1, 2, 5, S.waitingIo, -1],
      ]),
      openStates: Int32Array.from([1, 5, 6, S.ready, -1, 2, 2, 6, S.running, 0]),
    });
    const bars = (lane: number) => model.lanes[lane]?.bars.map((b) => [b.kind, b.start, b.end, b.cpu]);
    expect(model.lanes.map((l) => l.label)).toEqual(['CPU 0', 'P1 a', 'P2 b']);
    expect(bars(1)).toEqual([
      [0, 0, 2, 0],
      [S.waitingIo, 2, 5, -1],
      [S.ready, 5, 6, -1],
    ]);
    expect(bars(2)).toEqual([
      [S.ready, 0, 2, -1],
      [0, 2, 6, 0],
    ]);
  });

  it('in any run, a process lane never overlaps itself and covers the process from arrival to its end', async () => {
    await fc.assert(
      fc.asyncProperty(
        fuzzScenarioArb,
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 }),
        async (raw, ticks) => {
          const { store } = await startedStore(raw);
          if (!store.getState().frame) return; // refused by validation: nothing to draw
          await store.getState().setProcessLanes(true);
          for (const tick of ticks) {
            await store.getState().seek(tick);
            const model = modelOf(store);
            const now = store.getState().frame!.tick;
            for (const p of store.getState().frame!.processes.slice(0, MAX_PROCESS_LANES)) {
              const lane = model.lanes.find((l) => l.label.startsWith(`P${p.pid} `));
              const bars = lane?.bars ?? [];
              const where = `P${p.pid} at ${now}: ${JSON.stringify(bars.map((b) => [b.kind, b.start, b.end]))}`;
              bars.forEach((b: GanttBar, i) => {
                if (i > 0) expect(b.start, where).toBe((bars[i - 1] as GanttBar).end);
              });
              const arrived = p.arrival <= now && !(p.state === 'TERMINATED' && p.completion === null);
              const end = p.completion ?? now;
              if (arrived && end > p.arrival)
                expect([bars[0]?.start, bars.at(-1)?.end], where).toEqual([p.arrival, end]);
              else expect(bars, where).toEqual([]);
            }
          }
        },
      ),
      { seed: 5, numRuns: 60 },
    );
  }, 60_000);
});
