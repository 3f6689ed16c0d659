import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, openPanel, openPreset, test } from './fixtures';

const readLessonJson = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/lessons/${file}`, import.meta.url), 'utf8'));
const LESSONS = readLessonJson('index.json') as { file: string; title: string }[];

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('presenter mode gives the picture at least 60 % of the screen and hides the header', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.getByRole('tab', { name: 'Memory', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export PNG' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeInViewport();
    await expect(page.getByRole('complementary', { name: 'Narration' })).toBeInViewport();
    const picture = await page.getByRole('region', { name: 'Schedule', exact: true }).boundingBox();
    expect(picture!.height).toBeGreaterThanOrEqual(0.6 * 900);
    // Clicker keys still step.
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveValue('1');
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.getByRole('tab', { name: 'Memory', exact: true })).toBeVisible();
  });

  test('the playback bar and the narration stay on screen; the picture is never scrolled away', async ({ page }) => {
    await openApp(page);
    await openPanel(page, 'Processes');
    await page
      .getByRole('tabpanel')
      .last()
      .evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.mouse.wheel(0, 2000);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeInViewport();
    await expect(page.getByRole('complementary', { name: 'Narration' })).toBeInViewport();
    await expect(page.getByRole('region', { name: 'Schedule', exact: true })).toBeInViewport({ ratio: 0.9 });
  });
});

test('the open view and panel live in the address bar: Back, Forward and reload keep the place', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await page.getByRole('tab', { name: 'Workload & scheduler' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Memory', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Simulate' })).toHaveAttribute('aria-selected', 'true');
  await page.goForward();
  await expect(page.getByRole('tab', { name: 'Memory', exact: true })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('tab', { name: 'Simulate' }).click();
  await openPanel(page, 'Metrics');
  expect(new URL(page.url()).hash).toBe('#/simulate/metrics');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Metrics' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: /^Metrics at tick/ })).toBeVisible();
});

test('a link to a view that does not exist says which views do', async ({ page }) => {
  await openApp(page, './#/gannt');
  await expect(page.getByRole('alert').filter({ hasText: 'no view called' })).toContainText(
    'There is no view called “gannt”. The views are: simulate, memory',
  );
  await expect(page.getByRole('tab', { name: 'Simulate' })).toHaveAttribute('aria-selected', 'true');
});

for (const lesson of LESSONS) {
  test(`the lesson bar and what each step points at stay on screen: ${lesson.title}`, async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page);
    await page.getByRole('tab', { name: 'Lessons' }).click();
    await page.getByRole('button', { name: `Start ${lesson.title}` }).click();
    const { steps } = readLessonJson(lesson.file) as { steps: { highlight?: string }[] };
    const bar = page.getByRole('region', { name: 'Lesson' });
    const next = bar.getByRole('button', { name: 'Next', exact: true });
    for (const [i, step] of steps.entries()) {
      await expect(bar).toContainText(`step ${i + 1} of ${steps.length}`);
      await expect(bar).toBeInViewport();
      await expect(next).toBeInViewport();
      // What the step points at is outlined and on screen, even when it sits behind a tab of the drawer.
      if (step.highlight) await expect(page.locator('.lesson-highlight')).toBeInViewport();
      if (i + 1 < steps.length) await next.click();
    }
  });
}

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the Gantt chart keeps its controls and its segment table inside the picture, above the drawer', async ({
    page,
  }) => {
    await openApp(page);
    const picture = page.getByRole('region', { name: 'Schedule', exact: true });
    const show = picture.getByRole('button', { name: 'Show segment table' });
    const bottom = async () => {
      const box = (await picture.boundingBox())!;
      return box.y + box.height;
    };
    // The zoom and export buttons share one row, so the table's toggle is not pushed below the picture's box.
    const toggle = (await show.boundingBox())!;
    expect(toggle.y + toggle.height).toBeLessThanOrEqual(await bottom());
    await show.click();
    const table = picture.getByRole('table');
    await expect(table).toBeVisible();
    // The table opens inside the picture (which scrolls to it) rather than under the drawer, where no one sees it.
    await table.getByRole('row').last().scrollIntoViewIfNeeded();
    const shown = (await table.getByRole('row').last().boundingBox())!;
    expect(shown.y + shown.height).toBeLessThanOrEqual(await bottom());
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeInViewport();
  });
});

// From a small projector (821 px) to a small laptop (1279 px) the header packs into three rows (title, preset and
// sharing; the views; the tools), not five, leaving the stage the rows; and each view's panel tabs fit one row (below
// 1024 px the drawer's buttons say "Enlarge" and "Hide").
const DRAWERS: { view: string; open(page: Page): Promise<void>; count: number; first: string }[] = [
  {
    view: 'Network',
    open: async (page) => {
      await openApp(page);
      await page.getByRole('tab', { name: 'Network', exact: true }).click();
      await page.getByRole('button', { name: 'Load “Network: gossip on a ring of 8”' }).click();
    },
    count: 6,
    first: 'Nodes and faults',
  },
  { view: 'Files', open: (page) => openPreset(page, "File I/O on a node's disk"), count: 9, first: 'Block device' },
  { view: 'Memory', open: (page) => openPreset(page, 'Swapping and virtual memory'), count: 8, first: 'Pools' },
];
for (const viewport of [
  { width: 1024, height: 768 },
  { width: 900, height: 700 },
  { width: 840, height: 700 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the header packs into three rows: the views in one, sharing beside the preset, the tools in one', async ({
      page,
    }) => {
      await openApp(page);
      const tabs = page.getByRole('tablist', { name: 'Views' }).getByRole('tab');
      const tops = new Set<number>();
      for (const tab of await tabs.all()) tops.add(Math.round((await tab.boundingBox())!.y));
      expect(tops.size).toBe(1);
      const share = (await page.getByRole('button', { name: 'Share', exact: true }).boundingBox())!;
      const preset = (await page.getByLabel('Preset', { exact: true }).boundingBox())!;
      expect(Math.abs(share.y - preset.y)).toBeLessThan(preset.height);
      const trace = (await page.getByRole('button', { name: 'Export trace (JSON)' }).boundingBox())!;
      const present = (await page.getByRole('button', { name: 'Presenter mode' }).boundingBox())!;
      expect(Math.abs(present.y - trace.y)).toBeLessThan(trace.height);
      // Five rows took about 225 px (at 1024×768) or 194 (at 900×700) before the playback bar.
      const play = (await page.getByRole('button', { name: 'Play', exact: true }).boundingBox())!;
      expect(play.y).toBeLessThan(170);
      // The title's scenario name is shortened here; all of it is one hover away.
      const title = page.locator('.scenario-title');
      await expect(title).toHaveAttribute('title', (await title.textContent())!);
    });

    // Files' and Memory's long labels take their short words here ("Allocation" for "Allocation strategies"), their
    // names unchanged; the Network view's six fit as they are.
    for (const { view, open, count, first } of DRAWERS)
      test(`the ${view} view's ${count} panel tabs share one row beside the drawer's buttons`, async ({ page }) => {
        await open(page);
        await page.getByRole('tab', { name: view, exact: true }).click();
        const drawer = page.getByRole('region', { name: /panels$/ });
        const tabs = drawer.getByRole('tab');
        await expect(tabs).toHaveCount(count);
        // A tab showing its short words keeps its whole name, the one lessons and screen readers use.
        await expect(tabs.first()).toHaveAccessibleName(first);
        const tops = new Set<number>();
        for (const tab of await tabs.all()) tops.add(Math.round((await tab.boundingBox())!.y));
        expect(tops.size).toBe(1);
        const tab = (await tabs.first().boundingBox())!;
        for (const name of ['Enlarge panels', 'Hide panels']) {
          const button = (await drawer.getByRole('button', { name, exact: true }).boundingBox())!;
          expect(Math.abs(button.y + button.height / 2 - (tab.y + tab.height / 2))).toBeLessThan(tab.height / 2);
        }
      });
  });
}

test.describe('a first visit', () => {
  test.use({ welcome: true });

  test('says where to start, and one click puts that away for good', async ({ page }) => {
    await openApp(page);
    const welcome = page.getByRole('region', { name: 'Welcome! Where would you like to start?' });
    await expect(welcome.getByRole('button', { name: 'Start a lesson' })).toBeVisible();
    await expect(welcome.getByRole('button', { name: 'Browse presets' })).toBeVisible();
    await expect(welcome.getByRole('button', { name: 'Play the default scenario' })).toBeVisible();
    await welcome.getByRole('button', { name: 'Got it' }).click();
    await expect(welcome).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
    await expect(welcome).toHaveCount(0);
  });

  test.describe('at 1024×768', () => {
    test.use({ viewport: { width: 1024, height: 768 } });

    test('the card is a strip that leaves the picture most of its height, and Escape puts it away', async ({
      page,
    }) => {
      await openApp(page);
      const welcome = page.getByRole('region', { name: 'Welcome! Where would you like to start?' });
      const picture = page.getByRole('region', { name: 'Schedule', exact: true });
      await expect(welcome).toBeInViewport();
      const withCard = (await picture.boundingBox())!.height;
      await welcome.getByRole('button', { name: 'Start a lesson' }).focus();
      await page.keyboard.press('Escape');
      await expect(welcome).toHaveCount(0);
      await expect(page.getByRole('tab', { name: 'Simulate', exact: true })).toHaveAttribute('aria-selected', 'true');
      // The picture grows back once the card is gone; a card as tall as at 1440×900 cost it a third.
      await expect.poll(async () => (await picture.boundingBox())!.height).toBeGreaterThan(withCard);
      expect(withCard).toBeGreaterThanOrEqual(0.8 * (await picture.boundingBox())!.height);
      await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeInViewport();
      await expect(page.getByRole('complementary', { name: 'Narration' })).toBeInViewport();
    });
  });
});

// At 900 px and at the narrowest stage (821 px, where the chart is about 525 px wide).
for (const width of [900, 821])
  test.describe(`at ${width}×700`, () => {
    test.use({ viewport: { width, height: 700 } });

    test('the Gantt chart keeps its range and both export buttons inside its box, in one row', async ({ page }) => {
      await openApp(page);
      await page.getByRole('button', { name: 'Run to end', exact: true }).click();
      const picture = page.getByRole('region', { name: 'Schedule', exact: true });
      const box = (await picture.boundingBox())!;
      const range = picture.getByText(/^ticks 0–[\d,]+/);
      // How to zoom and pan is still one hover away.
      await expect(range).toHaveAttribute('title', /wheel zooms/);
      const zoom = (await picture.getByRole('button', { name: 'Zoom in' }).boundingBox())!;
      for (const name of ['Export PNG', 'Export SVG']) {
        const button = (await picture.getByRole('button', { name }).boundingBox())!;
        expect(button.x + button.width).toBeLessThanOrEqual(box.x + box.width);
        expect(Math.abs(button.y - zoom.y)).toBeLessThan(4);
      }
    });
  });

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the preset menu and its notes stay on the screen', async ({ page }) => {
    await openApp(page);
    for (const part of [page.getByLabel('Preset', { exact: true }), page.locator('.preset-notes')]) {
      const box = (await part.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });
});
