import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { GanttLive } from './GanttLive';

/** FIFO on one CPU with one GPU: P1 (needs the GPU) runs 0–4, P2 4–7. */
const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  node: { cpus: 1, gpus: 1 },
  processes: [
    { pid: 1, name: 'llm-infer', type: 'AI_INFERENCE', arrival: 0, bursts: [4], needs: { gpus: 1 } },
    { pid: 2, name: 'validator', type: 'BLOCKCHAIN_VALIDATOR', arrival: 0, bursts: [3] },
  ],
};

// jsdom has no canvas; drawing is tested on its own (drawGantt.test.ts).
beforeEach(() => void vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));
afterEach(() => {
  vi.restoreAllMocks();
  // Textbook names are remembered in localStorage: each test starts from the full names.
  localStorage.clear();
});

async function setup(tick: number) {
  const { store } = await startedStore(SCENARIO);
  await store.getState().seek(tick);
  renderWithStore(<GanttLive />, store);
  return store;
}

describe('GanttLive', () => {
  it('describes the chart in words and lists segments in a table on request', async () => {
    await setup(7);
    expect(
      screen.getByRole('img', { name: /^Gantt chart: FIFO schedule\. 1 CPU, 2 segments up to tick 7 of 7/ }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show segment table' }));
    const table = screen.getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.lastElementChild?.textContent);
    expect(rows).toEqual([
      'P1 llm-infer · CPU 0 · ticks 0–4 (4)',
      'P1 llm-infer · GPU 0 · ticks 0–4 (4)',
      'P2 validator · CPU 0 · ticks 4–7 (3)',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Hide segment table' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('includes the open segments up to the current tick', async () => {
    await setup(2);
    await userEvent.click(screen.getByRole('button', { name: 'Show segment table' }));
    const texts = within(screen.getByRole('table'))
      .getAllByRole('row')
      .map((r) => r.lastElementChild?.textContent);
    expect(texts).toContain('P1 llm-infer · CPU 0 · ticks 0–2 (2)');
    expect(texts).toContain('P1 llm-infer · GPU 0 · ticks 0–2 (2)');
  });

  it('shows a tooltip for the bar under the pointer', async () => {
    await setup(7);
    // 800 px wide (jsdom has no layout), 56 px of labels, 7 ticks: tick 2 of CPU 0 is at x ≈ 268, y = 36.
    fireEvent.pointerMove(screen.getByRole('img'), { clientX: 268, clientY: 36 });
    expect(screen.getByText('P1 llm-infer · CPU 0 · ticks 0–4 (4)')).toBeInTheDocument();
  });

  it('zooms in and fits again', async () => {
    await setup(7);
    expect(screen.getByRole('button', { name: 'Fit' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/showing ticks 3–7\.$/);
    await userEvent.click(screen.getByRole('button', { name: 'Fit' }));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/showing ticks 0–7\.$/);
  });

  it('adds a lane per process when asked and keeps the choice in the store', async () => {
    const store = await setup(7);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText(/P2 validator/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Lane per process' }));
    expect(store.getState().processLanes).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Lane per process' })).toBeChecked();
  });

  it('names processes P1…Pn under Textbook names: lanes, segment table and legend', async () => {
    const store = await setup(7);
    await act(async () => {
      store.getState().setNaming('textbook');
      await store.getState().setProcessLanes(true);
    });
    expect(within(screen.getByRole('list', { name: 'Legend' })).queryByText(/validator/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show segment table' }));
    const table = screen.getByRole('table');
    expect(table).toHaveTextContent('P2 · ready (waiting for a CPU) · ticks 0–4 (4)');
    expect(table).not.toHaveTextContent(/llm-infer|validator/);
  });

  it('with a lane per process, says and lists what each process was doing', async () => {
    const store = await setup(7);
    await act(() => store.getState().setProcessLanes(true));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /A lane per process shows its states: ready \(waiting for a CPU\), running/,
    );
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText('ready (waiting for a CPU)')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show segment table' }));
    const texts = within(screen.getByRole('table'))
      .getAllByRole('row')
      .map((r) => r.lastElementChild?.textContent);
    expect(texts).toContain('P2 validator · ready (waiting for a CPU) · ticks 0–4 (4)');
    expect(screen.getByRole('table')).toHaveTextContent('4 segments and states');
  });

  it('follows the cursor when it leaves a zoomed view', async () => {
    const store = await setup(0);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' })); // 0–3.5 of 7
    await act(() => store.getState().seek(6));
    const label = screen.getByRole('img').getAttribute('aria-label') ?? '';
    const [, from, to] = /showing ticks (\d+)–(\d+)/.exec(label) ?? [];
    expect(Number(from)).toBeLessThanOrEqual(6);
    expect(Number(to)).toBeGreaterThanOrEqual(6);
  });
});
