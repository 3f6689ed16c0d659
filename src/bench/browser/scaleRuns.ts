// The browser probe's scale runs (issue 13): 100,000 processes, and a run of 10 million ticks, imported, played
// and run to their end as a person would, counting the main thread's long tasks.
import type { Browser } from 'playwright-core';
import type { Scenario } from '../../core/index';
import { BENCH_SCHEDULERS, hugeScenario, tenMillionTicks } from '../workloads';
import { longTasksDuring, shownTick, untilInteractive } from './pageTiming';
import {
  importScenario,
  newPage,
  playFor,
  PLAY_MS,
  TARGET_MS,
  tasksDetail,
  untilFinished,
  type ProbeRow,
} from './probeSteps';
import { groupedDigits } from '../../core/groupedDigits';

async function scaleRun(browser: Browser, url: string, rows: ProbeRow[], what: string, scenario: Scenario) {
  const page = await newPage(browser);
  await page.goto(url);
  await untilInteractive(page);
  let t0 = Date.now();
  const imported = await longTasksDuring(page, () => importScenario(page, scenario));
  rows.push({
    name: `browser: ${what}: import`,
    ms: imported.worst,
    targetMs: TARGET_MS,
    detail: tasksDetail(imported, `until Play can be pressed, ${Date.now() - t0} ms`),
  });
  await page.getByLabel('Speed').selectOption({ label: 'As fast as possible' });
  const played = await longTasksDuring(page, () => playFor(page, PLAY_MS));
  rows.push({
    name: `browser: ${what}: play, Gantt chart`,
    ms: played.worst,
    targetMs: TARGET_MS,
    detail: tasksDetail(
      played,
      `in ${PLAY_MS / 1000} s at full speed, to tick ${groupedDigits(await shownTick(page))}`,
    ),
  });
  t0 = Date.now();
  const ran = await longTasksDuring(page, async () => {
    const runToEnd = page.getByRole('button', { name: 'Run to end', exact: true });
    // Playing may have reached the end already.
    if (await runToEnd.isEnabled()) await runToEnd.click();
    await untilFinished(page, 300_000);
  });
  rows.push({
    name: `browser: ${what}: run to the end`,
    ms: ran.worst,
    targetMs: TARGET_MS,
    detail: tasksDetail(
      ran,
      `to tick ${groupedDigits(await shownTick(page))} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    ),
  });
  await page.context().close();
}

/** 100,000 processes under RR, and 10 million ticks of 50,000 processes. */
export async function scaleRuns(browser: Browser, url: string, rows: ProbeRow[]): Promise<void> {
  await scaleRun(browser, url, rows, '100,000 processes', hugeScenario(BENCH_SCHEDULERS[3]!));
  await scaleRun(browser, url, rows, 'a run of 10 million ticks (50,000 processes)', tenMillionTicks());
}
