import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** main-thread tasks over 50 ms, as the browser's own PerformanceObserver reports them (ms) */
    bcosLongTasks: number[];
  }
}

/** From the page's first script on, every long task is kept in window.bcosLongTasks. */
export async function watchLongTasks(page: Page): Promise<void> {
  // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, whose helper the page lacks.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.addInitScript(() => {
    window.bcosLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.bcosLongTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export interface LongTasks {
  count: number;
  /** ms; 0 when there were none */
  worst: number;
  /** each one's ms, in the order they ran */
  durations: number[];
}

/** The long tasks while `act` runs (and until it settles). */
export async function longTasksDuring(page: Page, act: () => Promise<unknown>): Promise<LongTasks> {
  await page.evaluate(() => (window.bcosLongTasks = []));
  await act();
  const tasks = await page.evaluate(() => window.bcosLongTasks);
  return { count: tasks.length, worst: Math.max(0, ...tasks), durations: tasks };
}

/** A move along the time line, as a person makes it: the slider set to a tick, or a step button by its name. */
export type Move = { kind: 'slider'; tick: number } | { kind: 'step'; label: string; delta: 1 | -1 };

/**
 * ms from the move until the frame that shows its tick has been painted: the playback bar's readout names the tick
 * once the worker's frame is applied, and the paint follows the next animation frame.
 */
export function timeMove(page: Page, move: Move): Promise<number> {
  return page.evaluate(async (m) => {
    const readout = document.querySelector('.transport-readout');
    const slider = document.querySelector<HTMLInputElement>('input[aria-label="Time"]');
    if (!readout || !slider) throw new Error('no playback bar on this view');
    // As tickShown reads it (this runs in the page, where that function is not).
    const shown = () => Number(/Tick ([\d,]+)/.exec(readout.textContent ?? '')?.[1]?.replaceAll(',', '') ?? NaN);
    const target = m.kind === 'slider' ? m.tick : shown() + m.delta;
    const arrived = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`tick ${target} not shown after 20 s`)), 20_000);
      const observer = new MutationObserver(() => {
        if (shown() !== target) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(readout, { childList: true, characterData: true, subtree: true });
    });
    const t0 = performance.now();
    if (m.kind === 'slider') {
      // React follows the input's value through its own setter, so set it as typing or dragging would.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(slider, String(target));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      document.querySelector<HTMLButtonElement>(`button[aria-label="${m.label}"]`)?.click();
    }
    await arrived;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - t0;
  }, move);
}

/** The tick a readout's text names, its digits grouped ("Tick 3,501 / 7,003" -> 3501), or NaN. */
export const tickShown = (text: string | null): number =>
  Number(/Tick ([\d,]+)/.exec(text ?? '')?.[1]?.replaceAll(',', '') ?? NaN);

/** The tick the playback bar shows. */
export async function shownTick(page: Page): Promise<number> {
  return tickShown(await page.locator('.transport-readout').textContent());
}

/** ms from navigation start until the stage is loaded and Play can be pressed. */
export async function untilInteractive(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const play = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim().endsWith('Play'));
      return document.querySelector('.app[data-loaded="true"]') && play && !play.disabled ? performance.now() : 0;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The JavaScript the page has fetched so far: bytes over the wire and decoded, and how many files. */
export function scriptsFetched(page: Page): Promise<{ files: number; transferred: number; decoded: number }> {
  return page.evaluate(() => {
    const js = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name.endsWith('.js')) as PerformanceResourceTiming[];
    return {
      files: js.length,
      transferred: js.reduce((n, e) => n + e.transferSize, 0),
      decoded: js.reduce((n, e) => n + e.decodedBodySize, 0),
    };
  });
}
