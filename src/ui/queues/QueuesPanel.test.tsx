import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { CHIPS_AT_SPEED, QueuesPanel } from './QueuesPanel';

/** FIFO on one CPU, one I/O device: P1 runs 0–2 then does I/O 2–5; P2 and P4 wait; P3 arrives at 20. */
const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  options: { ioDevices: 1 },
  node: { cpus: 1, gpus: 1 },
  processes: [
    { pid: 1, name: 'llm-infer', type: 'AI_INFERENCE', arrival: 0, bursts: [2, 3, 1], needs: { gpus: 1 } },
    { pid: 2, name: 'validator', type: 'BLOCKCHAIN_VALIDATOR', arrival: 0, bursts: [4] },
    { pid: 4, name: 'etl', type: 'DATA_PROCESSING', arrival: 0, bursts: [1] },
    { pid: 3, name: 'late', type: 'USER', arrival: 20, bursts: [1] },
  ],
};

// Each chip shows its type icon after the name; the icon's name (its SVG title) is part of the text.
const list = (name: string) => screen.getByRole('list', { name: new RegExp(`^${name}`) });
const items = (name: string) =>
  within(list(name))
    .getAllByRole('listitem')
    .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
/** A list's box: its heading and, when made, its chips. */
const queueOf = (title: string) => screen.getByRole('heading', { name: new RegExp(`^${title}`) }).parentElement!;

describe('QueuesPanel', () => {
  it('lists fewer chips while playing faster than anyone reads, and all of them again when paused', async () => {
    const crowd = {
      ...SCENARIO,
      processes: Array.from({ length: 30 }, (_, i) => ({
        pid: i + 1,
        name: `p${i + 1}`,
        type: 'USER',
        arrival: 0,
        bursts: [5],
      })),
    };
    const { store } = await startedStore(crowd);
    renderWithStore(<QueuesPanel />, store);
    expect(items('FIFO queue')).toHaveLength(29);
    act(() => store.setState({ playing: true, speed: 'max' }));
    const fast = items('FIFO queue');
    expect(fast).toHaveLength(CHIPS_AT_SPEED + 1);
    expect(fast.at(-1)).toBe(`and ${29 - CHIPS_AT_SPEED} more`);
    act(() => store.setState({ playing: true, speed: 10 }));
    expect(items('FIFO queue')).toHaveLength(29);
  });

  it('shows who runs, the ready queue in order and who has not arrived', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<QueuesPanel />, store);
    expect(items('CPUs')).toEqual(['CPU 0 P1 llm-infer AI inference']);
    expect(items('GPUs')).toEqual(['GPU 0 P1 llm-infer AI inference']);
    expect(items('FIFO queue')).toEqual(['P2 validator Blockchain validator', 'P4 etl Data processing']);
    expect(list('FIFO queue').tagName).toBe('OL');
    expect(items('Not yet arrived')).toEqual(['P3 late User arrives at t=20']);
    expect(screen.getByRole('heading', { name: 'Suspended (0)' })).toBeInTheDocument();
  });

  it('moves a process to waiting during its I/O and lists the suspended', async () => {
    const { store } = await startedStore(SCENARIO);
    await store.getState().seek(3);
    await store.getState().operate({ op: 'suspend', pid: 4 });
    renderWithStore(<QueuesPanel />, store);
    expect(items('Waiting for I/O')).toEqual(['P1 llm-infer AI inference']);
    expect(items('CPUs')).toEqual(['CPU 0 P2 validator Blockchain validator']);
    expect(items('GPUs')).toEqual(['GPU 0 free']);
    expect(items('Suspended')).toEqual(['P4 etl Data processing']);
    expect(screen.getByText('empty')).toBeInTheDocument();
  });

  it('shows plain P1…Pn without types in textbook naming', async () => {
    const { store } = await startedStore(SCENARIO);
    store.getState().setNaming('textbook');
    renderWithStore(<QueuesPanel />, store);
    expect(items('CPUs')).toEqual(['CPU 0 P1']);
    expect(items('FIFO queue')).toEqual(['P2', 'P4']);
    expect(screen.queryAllByRole('img')).toEqual([]);
    store.getState().setNaming('full');
  });

  it("playing faster than a person follows, shows the heavy views' frame; slowly, every tick", async () => {
    const { store } = await startedStore(SCENARIO);
    const atStart = store.getState().frame;
    await store.getState().seek(3);
    // As while playing at full speed, before the next slow frame: the chips stay as they were at tick 0.
    store.setState({ playing: true, speed: 'max', slowFrame: atStart });
    renderWithStore(<QueuesPanel />, store);
    expect(items('CPUs')).toEqual(['CPU 0 P1 llm-infer AI inference']);
    act(() => store.setState({ speed: 10 }));
    expect(items('CPUs')).toEqual(['CPU 0 P2 validator Blockchain validator']);
    act(() => store.setState({ playing: false }));
  });

  it('makes a list’s chips only while it is near the view of the box that scrolls it', async () => {
    // Each observer's element and how to report it near (true) or far, as the browser would.
    const watched = new Map<Element, (near: boolean) => void>();
    const roots = new Set<Element | Document | null | undefined>();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(
          private readonly cb: (entries: { isIntersecting: boolean; boundingClientRect: { height: number } }[]) => void,
          options?: IntersectionObserverInit,
        ) {
          roots.add(options?.root);
        }
        observe(el: Element) {
          // As laid out: each list 60 px tall.
          watched.set(el, (near) => this.cb([{ isIntersecting: near, boundingClientRect: { height: 60 } }]));
        }
        disconnect() {}
      },
    );
    try {
      const { store } = await startedStore(SCENARIO);
      const { container } = renderWithStore(
        <div style={{ overflowY: 'auto' }} data-testid="drawer">
          <QueuesPanel />
        </div>,
        store,
      );
      // Observed in the box that scrolls the panel, not the page's view.
      expect([...roots]).toEqual([screen.getByTestId('drawer')]);
      // Near at first: nothing in view is drawn empty before the first report.
      expect(items('FIFO queue')).toEqual(['P2 validator Blockchain validator', 'P4 etl Data processing']);
      act(() => watched.get(queueOf('FIFO queue'))?.(false));
      expect(screen.queryByRole('list', { name: /^FIFO queue/ })).toBeNull();
      expect(screen.getByRole('heading', { name: 'FIFO queue (2)' })).toBeInTheDocument();
      // It keeps the room it had, so the drawer's scroll bar does not shrink as lists go out of reach.
      expect(queueOf('FIFO queue')).toHaveStyle({ minHeight: '60px' });
      expect(container.querySelectorAll('.chip')).toHaveLength(3); // CPU, GPU, not yet arrived
      // A jump while far: the count follows, and the chips made when it comes near are the new tick's.
      await act(() => store.getState().seek(3));
      expect(screen.getByRole('heading', { name: 'FIFO queue (1)' })).toBeInTheDocument();
      act(() => watched.get(queueOf('FIFO queue'))?.(true));
      expect(items('FIFO queue')).toEqual(['P4 etl Data processing']);
      expect(queueOf('FIFO queue').style.minHeight).toBe('');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
