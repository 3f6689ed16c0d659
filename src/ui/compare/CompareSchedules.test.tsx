import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { CompareSchedules } from './CompareSchedules';

// All at tick 0, the long job first. FIFO: P1 0–8, P2 8–12, P3 12–13. SJF: P3 0–1, P2 1–5, P1 5–13.
const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  title: 'Three jobs',
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'long', type: 'DATA_PROCESSING', arrival: 0, bursts: [8] },
    { pid: 2, name: 'mid', type: 'USER', arrival: 0, bursts: [4] },
    { pid: 3, name: 'tiny', type: 'SYSTEM', arrival: 0, bursts: [1] },
  ],
};

async function compared(policies: ('FIFO' | 'SJF' | 'SRTF')[]) {
  const { store } = await startedStore(SCENARIO);
  renderWithStore(<CompareSchedules />, store);
  await act(async () => {
    await store.getState().compare(policies.map((policy) => ({ policy })));
  });
  return { store, picture: within(screen.getByRole('group', { name: 'Schedules on one time axis' })) };
}

describe('CompareSchedules', () => {
  it('says how to get a picture before any comparison', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<CompareSchedules />, store);
    expect(screen.getByText(/press “Compare all schedulers”/)).toBeInTheDocument();
  });

  it('draws each schedule and says where two of them differ', async () => {
    const { picture } = await compared(['FIFO', 'SJF']);
    expect(
      picture.getByRole('img', { name: /^Gantt chart of FIFO: 1 CPU, ends at tick 13; the reference/ }),
    ).toBeVisible();
    expect(
      picture.getByRole('img', { name: /^Gantt chart of SJF: 1 CPU, ends at tick 13; differs at 10 ticks/ }),
    ).toBeVisible();
    // Both run P1 from 5 to 8.
    expect(picture.getByText('FIFO and SJF differ at 10 of 13 ticks (shaded): ticks 0–5, 8–13.')).toBeVisible();

    await userEvent.setup().selectOptions(picture.getByLabelText('Shade differences from'), 'SJF');
    expect(picture.getByText(/^SJF and FIFO differ at 10 of 13 ticks/)).toBeVisible();
    expect(picture.getByRole('img', { name: /^Gantt chart of FIFO.*differs at 10 ticks/ })).toBeVisible();
  });

  it('names the tick under the pointer and what runs there, marking it on the axis', async () => {
    const { picture } = await compared(['FIFO', 'SJF']);
    const rows = picture.getByRole('img', { name: /^Gantt chart of FIFO/ }).closest('.cs-rows') as HTMLElement;
    // Unmeasured (jsdom): 800 px wide, names in the first 112, lane labels in the next 48, ticks 0–13 in 640 px.
    const x = 112 + 48 + (7.5 / 13) * 640;
    fireEvent.pointerMove(rows, { clientX: x, clientY: 10 });
    expect(picture.getByText('Tick 7 · FIFO: P1 long · CPU 0 · ticks 0–8 (8)')).toBeVisible();
    expect(picture.getByText('7', { selector: '[data-tick]' })).toBeVisible();
    // The same x in SJF's row (below FIFO's 24 px and the 6 px gap) is the same tick.
    fireEvent.pointerMove(rows, { clientX: x, clientY: 24 + 6 + 10 });
    expect(picture.getByText('Tick 7 · SJF: P1 long · CPU 0 · ticks 5–13 (8)')).toBeVisible();
    fireEvent.pointerLeave(rows);
    expect(picture.queryByText(/^Tick 7/)).toBeNull();
  });

  it('reads the schedules tick by tick from the keyboard', async () => {
    const { picture } = await compared(['FIFO', 'SJF']);
    const user = userEvent.setup();
    picture.getByRole('group', { name: /arrow keys read them tick by tick/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(picture.getByText('Tick 0. FIFO: CPU 0 P1 long; SJF: CPU 0 P3 tiny.')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(picture.getByText('Tick 12. FIFO: CPU 0 P3 tiny; SJF: CPU 0 P1 long.')).toBeInTheDocument();
    expect(picture.getByText('12', { selector: '[data-tick]' })).toBeVisible();
  });

  it('zooms all schedules together from one toolbar', async () => {
    const { picture } = await compared(['FIFO', 'SJF', 'SRTF']);
    expect(picture.getAllByRole('button', { name: 'Zoom in' })).toHaveLength(1);
    expect(picture.getByText(/^ticks 0–13$/)).toBeVisible();
    await userEvent.setup().click(picture.getByRole('button', { name: 'Zoom in' }));
    expect(picture.getByText(/^ticks 3–10$/)).toBeVisible();
    expect(picture.getByRole('button', { name: 'Fit' })).toBeEnabled();
  });

  it('says when the scenario changed after the comparison', async () => {
    const { store } = await compared(['FIFO', 'SJF']);
    // An operation is recorded in the scenario; the runs compared are of the one before it.
    await act(async () => {
      await store.getState().operate({ op: 'kill', pid: 3 });
    });
    expect(screen.getByText(/The scenario has changed since this comparison/)).toBeVisible();
  });
});
