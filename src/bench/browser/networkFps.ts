// The browser probe's Network view: 64 nodes and a few hundred messages gliding, the figures issue 16 sets
// targets for (60 frames per second, no long task).
import type { Browser, Page } from 'playwright-core';
import { shownTick, timeMove, untilInteractive } from './pageTiming';
import { newPage, play, tab, TARGET_MS, tasksDetail, type ProbeRow } from './probeSteps';

const NETWORK_PRESET_TITLE = 'Network: gossip on a grid of 64';
/** How long the frames are counted, in ms. */
const WATCH_MS = 3_000;
/** The display's 60 frames a second, as ms a frame, with a little room for its own jitter. */
const FRAME_TARGET_MS = 17;
/** A frame that took this long (ms) was late: at least one refresh of the display was missed. */
const LATE_MS = 25;
/** Where the run is busy: some 250 to 550 messages on the wires from here to tick 900. */
const START_TICK = 300;
/** How long the main thread's CPU is traced after the count, in ms. */
const TRACE_MS = 2_000;
/** Gliding between a tick's frames, and a frame from the worker for about every frame of the display. */
const SPEEDS = ['20 ticks/s', '100 ticks/s'];

interface Watched {
  frames: number;
  ms: number;
  late: number;
  worstFrame: number;
  longTasks: number[];
  inFlight: string;
}

/** Counts animation frames for WATCH_MS while the run plays, and the long tasks meanwhile. */
function watchFrames(page: Page): Promise<Watched> {
  return page.evaluate(
    async ({ watchMs, lateMs }) => {
      window.bcosLongTasks = [];
      const intervals: number[] = [];
      const t0 = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      let last = t0;
      const end = await new Promise<number>((resolve) => {
        requestAnimationFrame(function count(now) {
          intervals.push(now - last);
          last = now;
          if (now - t0 >= watchMs) resolve(now);
          else requestAnimationFrame(count);
        });
      });
      const label = document.querySelector('canvas[aria-label^="Network topology"]')?.getAttribute('aria-label') ?? '';
      return {
        frames: intervals.length,
        ms: end - t0,
        late: intervals.filter((d) => d > lateMs).length,
        worstFrame: Math.max(0, ...intervals),
        longTasks: [...window.bcosLongTasks],
        inFlight: /([\d,]+) messages? in flight/.exec(label)?.[1] ?? '?',
      };
    },
    { watchMs: WATCH_MS, lateMs: LATE_MS },
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** thread time, µs: what the thread ran, not what the rest of a busy machine kept it waiting */
  tdur?: number;
  args?: { name?: string };
}

/**
 * The main thread's CPU time a frame over `ms`, from Chromium's own trace: on a machine shared with other work the
 * frames per second say as much about the neighbours as about the page, the thread time of its tasks does not.
 */
async function mainThreadCpu(page: Page, ms: number): Promise<{ perFrame: number; frames: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,cc,devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.waitForTimeout(ms);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const cpu = onMain.filter((e) => e.name === 'RunTask').reduce((t, e) => t + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  const frames = onMain.filter((e) => e.name === 'ProxyMain::BeginMainFrame').length;
  return { perFrame: cpu / Math.max(1, frames), frames };
}

/** Plays the 64-node grid in the Network view at 1440 × 900 at each of SPEEDS and counts what the display got. */
export async function networkPlay(browser: Browser, url: string, rows: ProbeRow[]): Promise<void> {
  for (const speed of SPEEDS) await playAt(browser, url, speed, rows);
}

async function playAt(browser: Browser, url: string, speed: string, rows: ProbeRow[]): Promise<void> {
  const page = await newPage(browser);
  await page.goto(url);
  await untilInteractive(page);
  await page.getByLabel('Preset').selectOption({ label: NETWORK_PRESET_TITLE });
  await page.getByRole('heading', { level: 1 }).filter({ hasText: NETWORK_PRESET_TITLE }).waitFor();
  await tab(page, 'Network').click();
  await page.getByRole('img', { name: /^Network topology: 64 nodes/ }).waitFor();
  await timeMove(page, { kind: 'slider', tick: START_TICK });
  await page.getByLabel('Speed').selectOption({ label: speed });
  await play(page).click();
  // Half a second to settle (the first frames compile the drawing code), then the count.
  await page.waitForTimeout(500);
  const w = await watchFrames(page);
  const cpu = await mainThreadCpu(page, TRACE_MS);
  const reached = await shownTick(page);
  await page.context().close();
  const fps = (w.frames * 1000) / w.ms;
  const what = `64 nodes on a grid, ${w.inFlight} messages in flight at the end, playing at ${speed} from tick ${START_TICK} to ${reached}`;
  rows.push({
    name: `browser: Network view playing 64 nodes at ${speed}, ms a frame`,
    ms: w.ms / w.frames,
    targetMs: FRAME_TARGET_MS,
    detail: `${fps.toFixed(1)} frames per second (target 60) over ${(w.ms / 1000).toFixed(1)} s; ${w.late} frames over ${LATE_MS} ms, the longest ${w.worstFrame.toFixed(0)} ms; main thread CPU ${cpu.perFrame.toFixed(1)} ms a frame (${cpu.frames} frames traced after); ${what}`,
  });
  const tasks = { count: w.longTasks.length, worst: Math.max(0, ...w.longTasks), durations: w.longTasks };
  rows.push({
    name: `browser: Network view playing 64 nodes at ${speed}, longest task`,
    ms: tasks.worst,
    targetMs: TARGET_MS,
    detail: tasksDetail(tasks, `in those ${(w.ms / 1000).toFixed(1)} s (target none)`),
  });
}
