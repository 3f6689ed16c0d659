// What the browser probe's steps share: a page as a returning visitor opens it, and the moves it times.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Scenario } from '../../core/index';
import { shownTick, timeMove, watchLongTasks, type LongTasks, type Move } from './pageTiming';

export interface ProbeRow {
  name: string;
  ms: number;
  detail: string;
  targetMs?: number;
}

/** Issue 13: no main-thread task over 50 ms, and a jump or a step under 50 ms. */
export const TARGET_MS = 50;
export const PLAY_MS = 5_000;
const VIEWPORT = { width: 1440, height: 900 };

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
export const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const tasksDetail = (t: LongTasks, what: string) =>
  `${t.count} long task${t.count === 1 ? '' : 's'} over 50 ms ${what}` +
  (t.count ? ` (${t.durations.map((ms) => ms.toFixed(0)).join(', ')} ms)` : '');

/** A page of its own (fresh storage), long tasks watched from its first script. */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  // As after any first visit: the welcome card is dismissed.
  await page.addInitScript(() => localStorage.setItem('bcos.welcome.dismissed', '1'));
  await watchLongTasks(page);
  return page;
}

export const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
export const play = (page: Page) => page.getByRole('button', { name: 'Play', exact: true });

/** Plays for `ms` or to the end of the run, whichever comes first; the tick it reached. */
export async function playFor(page: Page, ms: number): Promise<number> {
  await play(page).click();
  // Asked of the playback bar alone: a locator by text walks the whole page at every poll, a long task of the
  // probe's own with 10,000 processes on screen.
  await untilFinished(page, ms).catch(() => undefined);
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.count()) await pause.click();
  return shownTick(page);
}

/** The slowest of `moves`, each timed until its frame is painted, the median, and each one's time in order. */
export async function worstMove(
  page: Page,
  moves: Move[],
): Promise<{ worst: number; median: number; times: number[] }> {
  const times: number[] = [];
  for (const m of moves) times.push(await timeMove(page, m));
  return { worst: Math.max(...times), median: median(times), times };
}

/** Imports `scenario` as a person does, through the Import button's file, until Play can be pressed. */
export async function importScenario(page: Page, scenario: Scenario): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bcos-probe-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  try {
    // By path: a buffer would be built in the page from base64, a task of Playwright's own of hundreds of ms.
    await page.getByLabel('Import scenario file').setInputFiles(file);
    // The readout names the imported run's end (or, for a run too long to find it at once, its bound) once its
    // frame is applied.
    await page.getByText(/^Tick 0 \/ (≤ )?[\d,]{7,}$/).waitFor({ timeout: 120_000 });
    await play(page).and(page.locator(':enabled')).waitFor();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until the playback bar says the run is finished (asked of the bar alone, see playFor). */
export async function untilFinished(page: Page, ms: number): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('.transport-note')].some((n) => n.textContent === 'finished'),
    undefined,
    { timeout: ms, polling: 250 },
  );
}
