import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { Stage } from './Stage';
import { useRouteSync } from './useRouteSync';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [2] }],
};

const PANELS = {
  queues: { render: () => <p>queues here</p> },
  processes: { render: () => <p>processes here</p> },
  metrics: { render: () => <p>metrics here</p> },
  create: { render: () => <p>create here</p> },
  heap: { render: () => <p>heap here</p>, hidden: true },
};

function Routed() {
  const [notice] = useRouteSync();
  return (
    <>
      {notice && <p role="alert">{notice}</p>}
      <Stage view="simulate" label="Schedule" picture={<canvas aria-label="chart" />} panels={PANELS} />
    </>
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('Stage', () => {
  it('shows the picture, the narration and one panel at a time, and hides a hidden panel’s tab', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<Stage view="simulate" label="Schedule" picture={<p>picture</p>} panels={PANELS} />, store);
    expect(screen.getByRole('region', { name: 'Schedule' })).toHaveTextContent('picture');
    expect(screen.getByRole('complementary', { name: 'Narration' })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('queues here');
    expect(screen.queryByRole('tab', { name: 'Heap' })).toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'Metrics' }));
    expect(screen.getByRole('tab', { name: 'Metrics' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('metrics here');
    expect(store.getState().panels.simulate).toBe('metrics');
  });

  it('folds the drawer away and back', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<Stage view="simulate" label="Schedule" picture={<p>picture</p>} panels={PANELS} />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Hide panels' }));
    expect(screen.queryByRole('tabpanel')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show panels' })).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(screen.getByRole('tab', { name: 'Processes' }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('processes here');
  });

  it('enlarges the drawer over most of the stage and back', async () => {
    const { store } = await startedStore(SCENARIO);
    const { container } = renderWithStore(
      <Stage view="simulate" label="Schedule" picture={<p>picture</p>} panels={PANELS} />,
      store,
    );
    const enlarge = screen.getByRole('button', { name: 'Enlarge panels' });
    expect(enlarge).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(enlarge);
    expect(enlarge).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('.stage')).toHaveAttribute('data-drawer', 'tall');
    await userEvent.click(screen.getByRole('button', { name: 'Hide panels' }));
    expect(container.querySelector('.stage')).toHaveAttribute('data-drawer', 'closed');
    expect(screen.queryByRole('button', { name: 'Enlarge panels' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show panels' }));
    await userEvent.click(screen.getByRole('button', { name: 'Enlarge panels' }));
    expect(container.querySelector('.stage')).toHaveAttribute('data-drawer', 'open');
  });

  it('puts the view and panel in the address bar, and follows Back', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<Routed />, store);
    expect(window.location.hash).toBe('#/simulate');
    await userEvent.click(screen.getByRole('tab', { name: 'Metrics' }));
    expect(window.location.hash).toBe('#/simulate/metrics');
    act(() => store.getState().setView('memory'));
    expect(window.location.hash).toBe('#/memory');
    act(() => {
      window.history.back();
    });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(store.getState().view).toBe('simulate');
    expect(store.getState().panels.simulate).toBe('metrics');
  });

  it('opens the view a link names, and says which views exist when it names none', async () => {
    window.history.replaceState(null, '', '/#/simulate/processes');
    const { store } = await startedStore(SCENARIO);
    const first = renderWithStore(<Routed />, store);
    expect(screen.getByRole('tabpanel')).toHaveTextContent('processes here');
    first.unmount();
    window.history.replaceState(null, '', '/#/gannt');
    renderWithStore(<Routed />, store);
    expect(screen.getByRole('alert')).toHaveTextContent('There is no view called “gannt”. The views are: simulate');
    expect(window.location.hash).toBe('#/simulate/processes');
  });
});
