import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { OstepView } from './OstepView';

const start = {
  format: 'bcos-scenario',
  version: 3,
  title: 'Start',
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3] }],
};

async function setup() {
  const { store } = await startedStore(start);
  store.getState().setView('ostep');
  renderWithStore(<OstepView />, store);
  return { store, box: screen.getByRole('textbox', { name: 'OSTEP command' }) };
}

async function run(box: HTMLElement, command: string) {
  await userEvent.clear(box);
  await userEvent.type(box, `${command}{Enter}`);
}

describe('OstepView', () => {
  it("answers a scheduler command: the averages, OSTEP's output, and the scenario to play", async () => {
    const { store, box } = await setup();
    await run(box, './scheduler.py -p RR -q 2 -l 3,5,1 -c');
    const stats = await screen.findByRole('table', { name: 'Final statistics' });
    expect(within(stats).getByRole('row', { name: /^Average/ })).toHaveTextContent('Average2.006.673.67');
    expect(screen.getByRole('heading', { name: 'Answers to scheduler.py -p RR -q 2 -l 3,5,1 -c' })).toBeInTheDocument();
    await userEvent.click(screen.getByText("OSTEP's output"));
    expect(screen.getByText(/Average -- Response: 2\.00 Turnaround 6\.67 Wait 3\.67/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Play as scenario' }));
    await expect.poll(() => store.getState().view).toBe('simulate');
    expect(store.getState().scenario?.processes.map((p) => p.bursts)).toEqual([[3], [5], [1]]);
  });

  it('names the flag of a refused command and keeps the previous answers', async () => {
    const { box } = await setup();
    await run(box, './scheduler.py -p FIFO -l 4,2 -c');
    await screen.findByRole('table', { name: 'Final statistics' });
    await run(box, './scheduler.py -p RR -q 0 -c');
    expect(await screen.findByRole('alert')).toHaveTextContent('-q/--quantum');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { name: 'Answers to scheduler.py -p FIFO -l 4,2 -c' })).toBeInTheDocument();
    expect(screen.getByText('These are the answers to the previous command.')).toBeInTheDocument();
  });

  it('shows the allocator for malloc.py, and its scenario (a heap) to play', async () => {
    const { box } = await setup();
    await run(box, './malloc.py -c');
    expect(await screen.findByRole('region', { name: 'Allocator' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Heap 1000–1100/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play as scenario' })).toBeInTheDocument();
  });

  it("plays relocation.py as a scenario: one process under the MMU's base and bounds, with the script's registers", async () => {
    const { store, box } = await setup();
    await run(box, './relocation.py -s 1 -c');
    await userEvent.click(await screen.findByRole('button', { name: 'Play as scenario' }));
    await expect.poll(() => store.getState().view).toBe('simulate');
    expect(store.getState().scenario?.memory?.mmu).toEqual({
      mode: 'base-bounds',
      violation: 'signal',
      processes: [{ pid: 1, base: 13884, bounds: 290 }],
    });
  }, 20_000);

  it('runs an example, and keeps the answers folded away when the command has no -c', async () => {
    const { store, box } = await setup();
    await userEvent.click(screen.getByRole('button', { name: 'scheduler.py' }));
    expect(await screen.findByRole('table', { name: 'Final statistics' })).toBeVisible();
    expect(store.getState().ostepCommand).toBe('./scheduler.py -p RR -q 2 -l 3,5,1 -c');
    await run(box, './malloc.py');
    expect(
      await screen.findByText('Show the answers (the command has no -c: work them out first)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Allocator', hidden: true })).not.toBeVisible();
  });

  it('answers disk.py from its example, and shows the answers of -G (which turns -c on) unfolded', async () => {
    const { box } = await setup();
    await userEvent.click(screen.getByRole('button', { name: 'disk.py' }));
    expect(await screen.findByRole('region', { name: 'Disk' }, { timeout: 15_000 })).toHaveTextContent(
      'SATF: 375 ticks in all — seek 80, rotate 205, transfer 90.',
    );
    await run(box, './disk.py -a 10,18 -G');
    expect(await screen.findByRole('region', { name: 'Disk' })).toHaveTextContent('FIFO: 375 ticks in all');
    expect(screen.queryByText(/Show the answers/)).toBeNull();
  }, 20_000); // the disk's view loads recharts on first use

  it('answers checksum.py from its example: the running values and the flip both the sum and the xor miss', async () => {
    await setup();
    await userEvent.click(screen.getByRole('button', { name: 'checksum.py' }));
    const region = await screen.findByRole('region', { name: 'Checksums' }, { timeout: 15_000 });
    expect(within(region).getByRole('row', { name: /^Add/ })).toHaveTextContent('0x0a — missed');
  }, 20_000);

  it('answers raid.py from its example with the disks as columns, the request’s blocks lit', async () => {
    await setup();
    await userEvent.click(screen.getByRole('button', { name: 'raid.py' }));
    const region = await screen.findByRole('region', { name: 'RAID' }, { timeout: 15_000 });
    expect(region).toHaveTextContent('RAID-4 (a parity disk) over 4 disks');
    expect(screen.getByRole('img', { name: /^Disks: disk 1 offset 5: block 16, both/ })).toBeInTheDocument();
  }, 20_000);

  it('answers ssd.py from its example: the flash by block with its wear', async () => {
    await setup();
    await userEvent.click(screen.getByRole('button', { name: 'ssd.py' }));
    const ssd = await screen.findByRole('region', { name: 'SSD' }, { timeout: 15_000 });
    expect(within(ssd).getAllByRole('listitem')).toHaveLength(3);
    expect(ssd).toHaveTextContent('log FTL:');
  }, 20_000); // the SSD's view loads recharts on first use

  it('answers multi.py from its example: each CPU a row of warm and cold runs', async () => {
    await setup();
    await userEvent.click(screen.getByRole('button', { name: 'multi.py' }));
    const cpus = await screen.findByRole('region', { name: 'CPUs and caches' }, { timeout: 15_000 });
    expect(within(cpus).getByRole('list', { name: /^CPU 2: busy/ })).toBeInTheDocument();
    expect(
      within(cpus).getByRole('listitem', { name: 'job c on CPU 2 from 10 to 55 (45 ticks), warm' }),
    ).toBeInTheDocument();
  }, 20_000);

  it('answers paging-multilevel-translate.py from its example: the pages of the dump, the walk step by step', async () => {
    await setup();
    await userEvent.click(screen.getByRole('button', { name: 'paging-multilevel-translate.py' }));
    const walk = await screen.findByRole('region', { name: 'Two-level page table' }, { timeout: 15_000 });
    expect(within(walk).getByRole('img', { name: /the page directory/ })).toBeInTheDocument();
    await userEvent.click(within(walk).getByRole('button', { name: 'Next' }));
    expect(within(walk).getByRole('list', { name: 'The walk' })).toHaveTextContent(
      /PDE at 0x[0-9a-f]+ \(page \d+, entry/,
    );
  }, 20_000);
});

describe('OSTEP links', () => {
  it('a copied link opens the same command in the OSTEP view', async () => {
    const { store, box } = await setup();
    await run(box, "./malloc.py -S 100 -A +10,-0 -l 'SIZESORT+' -c");
    await screen.findByRole('region', { name: 'Allocator' });
    const link = store.getState().ostepLink('https://example.org/app/');
    expect(link).toMatch(/^https:\/\/example\.org\/app\/#ostep=/);
    const again = await startedStore(start);
    expect((await again.store.getState().openOstepLink(new URL(link as string).hash)).ok).toBe(true);
    expect(again.store.getState().view).toBe('ostep');
    expect(again.store.getState().ostepResult?.answer).toEqual(store.getState().ostepResult?.answer);
  });

  it('a damaged link says so in the OSTEP view', async () => {
    const { store } = await setup();
    expect((await store.getState().openOstepLink('#ostep=%E0%A4%A')).ok).toBe(false);
    expect(await screen.findByRole('alert')).toHaveTextContent('damaged');
  });

  describe('a new answer below the fold', () => {
    // jsdom lays nothing out and has no scrollIntoView: both are given here.
    const jsdomScroll = Element.prototype.scrollIntoView;
    afterEach(() => {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
      Element.prototype.scrollIntoView = jsdomScroll;
    });

    it('is scrolled to the top of the window; an answer already in sight is not', async () => {
      const { store } = await setup();
      const scrolled: Element[] = [];
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this);
      };
      // The first answer opens far below the fold, as under the form on a 1024×768 screen.
      const top = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 2000, 800, 400));
      await store.getState().runOstep('./scheduler.py -p FIFO -l 4,2 -c');
      await screen.findByRole('table', { name: 'Final statistics' });
      expect(scrolled).toHaveLength(1);
      expect(scrolled[0]).toHaveAccessibleName('Answers to scheduler.py -p FIFO -l 4,2 -c');
      // Once it is at the top, the next command's answer stays in sight without a jump.
      top.mockReturnValue(new DOMRect(0, 40, 800, 400));
      await store.getState().runOstep('./scheduler.py -p SJF -l 4,2 -c');
      await screen.findByRole('heading', { name: 'Answers to scheduler.py -p SJF -l 4,2 -c' });
      expect(scrolled).toHaveLength(1);
    });

    it('is brought up again as its picture loads and it grows, until it is in sight', async () => {
      const { store } = await setup();
      const scrolled: Element[] = [];
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this);
      };
      const grew: (() => void)[] = [];
      let watching = 0;
      vi.stubGlobal(
        'ResizeObserver',
        class {
          constructor(cb: () => void) {
            grew.push(cb);
          }
          observe() {
            watching++;
          }
          disconnect() {
            watching = 0;
          }
        },
      );
      // Too short at first for the page to scroll it up: it stays low after the first scroll.
      const top = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 600, 800, 100));
      await store.getState().runOstep('./scheduler.py -p FIFO -l 4,2 -c');
      await screen.findByRole('table', { name: 'Final statistics' });
      expect([scrolled.length, watching]).toEqual([1, 1]);
      // It grows and the page can take it to the top: one more scroll, then no more watching.
      top.mockReturnValue(new DOMRect(0, 0, 800, 900));
      grew[0]?.();
      expect([scrolled.length, watching]).toEqual([2, 0]);
    });
  });
});
