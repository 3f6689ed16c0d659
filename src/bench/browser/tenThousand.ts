// The browser probe's large run: 10,000 processes with memory on, the figures issue 13 sets targets for.
import type { Browser } from 'playwright-core';
import { bigMemoryRun } from '../workloads';
import { longTasksDuring, shownTick, timeMove, untilInteractive } from './pageTiming';
import {
  importScenario,
  MB,
  newPage,
  playFor,
  PLAY_MS,
  tab,
  TARGET_MS,
  tasksDetail,
  worstMove,
  type ProbeRow,
} from './probeSteps';
import { groupedDigits } from '../../core/groupedDigits';

/** Where the slider jumps to, as fractions of the run: far both ways, 24 of them, the same on every run. */
const JUMPS = Array.from({ length: 24 }, (_, i) => ((i * 7919) % 97) / 97);
/** The three slowest jumps and where each went (as a share of the run): whether the worst are far ones, or late. */
const slowest = (times: readonly number[]) =>
  times
    .map((ms, i) => ({ ms, to: JUMPS[i] ?? NaN }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map(({ ms, to }) => `${ms.toFixed(0)} ms to ${Math.round(to * 100)} %`)
    .join(', ');
/** Single-tick steps: forward and back in turn, each pair after a turn. */
const STEPS = Array.from({ length: 24 }, (_, i) => (Math.floor(i / 2) % 2 === 0 ? 1 : -1));

/** The 10,000-process run: importing, playing, opening the Memory view, seeking, dragging, memory, reloading. */
export async function bigRun(browser: Browser, url: string, rows: ProbeRow[]): Promise<void> {
  const page = await newPage(browser);
  await page.goto(url);
  await untilInteractive(page);
  const loaded = await longTasksDuring(page, () => importScenario(page, bigMemoryRun()));
  rows.push({
    name: 'browser: import the 10,000-process scenario',
    ms: loaded.worst,
    targetMs: TARGET_MS,
    detail: tasksDetail(loaded, 'while importing it (1.6 MB of JSON)'),
  });
  await page.getByLabel('Speed').selectOption({ label: 'As fast as possible' });

  const gantt = await longTasksDuring(page, () => playFor(page, PLAY_MS));
  const ganttTick = await shownTick(page);
  rows.push({
    name: 'browser: play 10,000 processes, Gantt chart',
    ms: gantt.worst,
    targetMs: TARGET_MS,
    detail: tasksDetail(gantt, `in ${PLAY_MS / 1000} s at full speed, to tick ${groupedDigits(ganttTick)}`),
  });

  const opened = await longTasksDuring(page, async () => {
    await tab(page, 'Memory').click();
    await page.getByRole('group', { name: 'Memory grid' }).waitFor();
    await page.waitForTimeout(1_000);
  });
  rows.push({
    name: 'browser: open the Memory view (10,000 processes)',
    ms: opened.worst,
    targetMs: TARGET_MS,
    detail: tasksDetail(opened, 'from the click until a second after the grid shows'),
  });

  await timeMove(page, { kind: 'slider', tick: 1_000 });
  const grid = await longTasksDuring(page, () => playFor(page, PLAY_MS));
  rows.push({
    name: 'browser: play 10,000 processes, memory grid',
    ms: grid.worst,
    targetMs: TARGET_MS,
    detail: tasksDetail(grid, `in ${PLAY_MS / 1000} s at full speed, to tick ${groupedDigits(await shownTick(page))}`),
  });

  // To the end, so a jump may land anywhere in the run.
  const t0 = Date.now();
  const runToEnd = page.getByRole('button', { name: 'Run to end', exact: true });
  if (await runToEnd.isEnabled()) await runToEnd.click();
  await page.getByText('finished', { exact: true }).waitFor({ timeout: 120_000 });
  const runMs = Date.now() - t0;
  const end = await shownTick(page);
  const at = (f: number) => Math.floor(end * f);
  for (const view of ['Memory', 'Simulate'] as const) {
    await tab(page, view).click();
    await page.locator('.transport-readout').waitFor();
    const jumps = await worstMove(
      page,
      JUMPS.map((f) => ({ kind: 'slider', tick: at(f) })),
    );
    rows.push({
      name: `browser: jump anywhere, ${view} view (10,000 processes)`,
      ms: jumps.median,
      targetMs: TARGET_MS,
      detail: `median of ${JUMPS.length} slider jumps in a ${groupedDigits(end)}-tick run until painted; worst ${jumps.worst.toFixed(0)} ms; slowest ${slowest(jumps.times)}`,
    });
    const steps = await worstMove(
      page,
      STEPS.map((d) =>
        d > 0 ? { kind: 'step', label: 'Step forward', delta: 1 } : { kind: 'step', label: 'Step back', delta: -1 },
      ),
    );
    rows.push({
      name: `browser: step forward or back, ${view} view (10,000 processes)`,
      ms: steps.median,
      targetMs: TARGET_MS,
      detail: `median of ${STEPS.length} single-tick steps until painted; worst ${steps.worst.toFixed(0)} ms`,
    });
    const drag = await worstMove(
      page,
      Array.from({ length: 30 }, (_, i) => ({ kind: 'slider', tick: at(0.4 + i * 0.002) })),
    );
    rows.push({
      name: `browser: slider drag, ${view} view (10,000 processes)`,
      ms: drag.median,
      targetMs: TARGET_MS,
      detail: `median of 30 tick changes of ${groupedDigits(at(0.002))} ticks until painted; worst ${drag.worst.toFixed(0)} ms`,
    });
  }

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  rows.push({
    name: 'browser: page memory after running 10,000 processes to the end',
    ms: runMs,
    detail: `the ms to run to the end; then the main thread's JS heap (after GC): ${MB(heap.usedSize)} used of ${MB(heap.totalSize)}`,
  });

  const reload = await longTasksDuring(page, async () => {
    await page.reload();
    const ms = await untilInteractive(page);
    await page.waitForTimeout(1_000);
    rows.push({
      name: 'browser: reload with the 10,000 processes autosaved, until Play can be pressed',
      ms,
      detail: 'the scenario comes back from local storage',
    });
  });
  rows.push({
    name: 'browser: reload with the 10,000 processes autosaved',
    ms: reload.worst,
    targetMs: TARGET_MS,
    detail: tasksDetail(reload, 'until a second after Play can be pressed'),
  });
  await page.context().close();
}
