import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newStore, renderWithStore } from '../testing/renderWithStore';
import { SEGMENT_FIELDS } from '../../protocol';
import { timelineOf } from '../testing/timelineOf';
import { GanttChart } from './GanttChart';
import { StoreProvider } from '../app/StoreContext';
import type { ReactElement } from 'react';
import { applyPatch, EMPTY_TIMELINE, type TimelineBuffer } from '../../store/timelineBuffer';

// jsdom has no canvas; drawing is tested on its own (drawGantt.test.ts).
beforeEach(() => void vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));
afterEach(() => vi.restoreAllMocks());

const processes = [1, 2].map((pid) => ({ pid, name: `p${pid}`, type: 'USER' as const }));
/** `n` back-to-back one-tick runs on CPU 0, P1 and P2 in turn. */
const run = (n: number, epoch = 0) =>
  timelineOf(
    Array.from({ length: n }, (_, i) => [0, i, i + 1, 1 + (i % 2), 0]),
    epoch,
  );
const chart = (rows: number, procs = processes, epoch = 0) => (
  <GanttChart
    label="RR"
    timeline={run(rows, epoch)}
    cpus={2}
    processes={procs}
    endTick={rows}
    cursor={rows}
    processLanes
  />
);
/** The chart of the store's copy of a run, without process lanes, at the tick its last row ends. */
const chartOf = (timeline: TimelineBuffer) => (
  <GanttChart
    label="RR"
    timeline={timeline}
    cpus={2}
    processes={processes}
    endTick={300}
    cursor={timeline.rows}
    processLanes={false}
  />
);
/** Rendered as the app renders it (its palette and naming come from the store); rerender keeps the provider. */
function render(ui: ReactElement) {
  const store = newStore();
  const result = renderWithStore(ui, store);
  return { rerender: (next: ReactElement) => result.rerender(<StoreProvider store={store}>{next}</StoreProvider>) };
}
const summary = () => screen.getByRole('img').getAttribute('aria-label') ?? '';
const canvasHeight = () => screen.getByRole('img').getAttribute('height');

describe('GanttChart', () => {
  it('shows a short run at once, and each frame of a run it has read', () => {
    const { rerender } = render(chart(3));
    expect(summary()).toMatch(/3 segments/);
    rerender(chart(20_003));
    expect(summary()).toMatch(/20,003 segments/);
  });

  it("reads a long run's rows in a task after its first render, its lanes laid out from that render on", async () => {
    const { rerender } = render(chart(20_000));
    expect(summary()).toMatch(/ 0 segments/);
    const height = canvasHeight();
    expect(await screen.findByRole('img', { name: /20,000 segments/ })).toBeInTheDocument();
    expect(canvasHeight()).toBe(height);
    // Another run (its own processes) of as many rows: again in a task of its own, never the last run's bars.
    const others = processes.map((p) => ({ ...p }));
    rerender(chart(15_000, others, 1));
    expect(summary()).toMatch(/ 0 segments/);
    expect(await screen.findByRole('img', { name: /15,000 segments/ })).toBeInTheDocument();
  });

  it('draws the segments a jump back cut when a jump forward names them as the page kept them', () => {
    const all = run(300);
    const sent = applyPatch(EMPTY_TIMELINE, { kind: 'rows', from: 0, data: all.data });
    const { rerender } = render(chartOf(sent));
    const whole = summary();
    expect(whole).toMatch(/ 300 segments/);
    const back = applyPatch(sent, { kind: 'rows', from: 100, data: new Int32Array(0) });
    rerender(chartOf(back));
    expect(summary()).toMatch(/ 100 segments/);
    // Forward again: 150 rows named, none sent; then the last 50, sent.
    const forward = applyPatch(back, { kind: 'held', from: 100, held: 150, data: new Int32Array(0) });
    rerender(chartOf(forward));
    expect(summary()).toMatch(/ 250 segments/);
    const rest = all.data.subarray(250 * SEGMENT_FIELDS);
    rerender(chartOf(applyPatch(forward, { kind: 'rows', from: 250, data: rest })));
    expect(summary()).toBe(whole);
  });
});
