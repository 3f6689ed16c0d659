// The browser probe of `npm run bench` (issue 13): the production build in headless Chromium, measured as a person
// meets it (first load, playing, opening a view, reloading, seeking, dragging the time slider, memory after a run,
// the Network view's frames per second, 100,000 processes and 10 million ticks).
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { serveProductionBuild } from './browser/previewBuild';
import { scriptsFetched, shownTick, untilInteractive } from './browser/pageTiming';
import { MB, median, newPage, tab, TARGET_MS, worstMove, type ProbeRow } from './browser/probeSteps';
import { networkPlay } from './browser/networkFps';
import { bigRun } from './browser/tenThousand';
import { scaleRuns } from './browser/scaleRuns';
import { groupedDigits } from '../core/groupedDigits';

async function firstLoads(browser: Browser, url: string, rows: ProbeRow[]): Promise<void> {
  const times: number[] = [];
  let js = { files: 0, transferred: 0, decoded: 0 };
  for (let i = 0; i < 4; i++) {
    const page = await newPage(browser);
    await page.goto(url);
    const ms = await untilInteractive(page);
    js = await scriptsFetched(page);
    await page.context().close();
    // The first is a warm-up (the preview server's disk cache, Chromium's compiler).
    if (i > 0) times.push(ms);
  }
  rows.push({
    name: 'browser: first load, until Play can be pressed',
    ms: median(times),
    detail: `median of ${times.length}; ${js.files} scripts, ${MB(js.transferred)} transferred (${MB(js.decoded)} decoded)`,
  });
}

async function memoryPreset(browser: Browser, url: string, rows: ProbeRow[]): Promise<void> {
  const page = await newPage(browser);
  await page.goto(url);
  await untilInteractive(page);
  const title = 'Memory performance analysis';
  await page.getByLabel('Preset').selectOption({ label: title });
  await page.getByRole('heading', { level: 1 }).filter({ hasText: title }).waitFor();
  await tab(page, 'Memory').click();
  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  await page.getByText('finished', { exact: true }).waitFor();
  const end = await shownTick(page);
  const drag = await worstMove(
    page,
    Array.from({ length: 40 }, (_, i) => ({ kind: 'slider', tick: Math.floor(end * 0.3) + 2 * i })),
  );
  rows.push({
    name: `browser: slider drag, Memory view of "${title}"`,
    ms: drag.median,
    targetMs: TARGET_MS,
    detail: `median of 40 tick changes of 2 ticks in its ${groupedDigits(end)}-tick run until painted; worst ${drag.worst.toFixed(0)} ms`,
  });
  await page.context().close();
}

/** The probe's rows, or none and a note saying why (no Chromium here). */
export async function browserBenchmarks(): Promise<{ rows: ProbeRow[]; note?: string }> {
  const found = findChromium(process.env, { install: false });
  if (!found.ok) return { rows: [], note: `browser probe skipped: ${found.message}` };
  const served = await serveProductionBuild();
  const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS] });
  const rows: ProbeRow[] = [];
  const failed: string[] = [];
  try {
    for (const probe of [firstLoads, memoryPreset, networkPlay, bigRun, scaleRuns]) {
      // One probe that fails (a view renamed, a timeout) leaves the others' figures standing.
      await probe(browser, served.url, rows).catch((e: unknown) =>
        failed.push(`${probe.name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`),
      );
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return failed.length ? { rows, note: `browser probe failed in ${failed.join('; ')}` } : { rows };
}
