import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, openPanel, test } from './fixtures';

const DEFAULT_TITLE = 'A day on a decentralized AI node';
const FIFO_TITLE = 'FIFO and the convoy effect';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Serious and critical axe findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function choosePreset(page: Page, file: string, title: string): Promise<void> {
  await page.getByLabel('Preset', { exact: true }).selectOption(file);
  await expect(heading(page)).toContainText(title);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

test('a shared link does not overwrite my saved work: Restore my scenario brings it back', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();

  // My own work, autosaved; then the link opens in a new page load.
  await choosePreset(page, 'fifo-demo.json', FIFO_TITLE);
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await expect(heading(page)).toContainText(DEFAULT_TITLE);
  const notice = page.getByRole('status', { name: 'Your scenario was kept' });
  await expect(notice).toContainText(FIFO_TITLE);

  await notice.getByRole('button', { name: 'Restore my scenario' }).click();
  await expect(heading(page)).toContainText(FIFO_TITLE);
  await expect(notice).toBeHidden();
  // Restored for good: a reload keeps it, and the Preset menu still names it.
  await page.reload();
  await expect(heading(page)).toContainText(FIFO_TITLE);
  await expect(page.getByLabel('Preset', { exact: true })).toHaveValue('fifo-demo.json');
});

test('scheduler edits are kept as a draft across view switches, until Apply', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Workload & scheduler' }).click();
  await openPanel(page, 'Scheduler and options');
  const scheduler = page.getByLabel('Scheduler', { exact: true });
  await scheduler.selectOption({ label: 'Round Robin' });
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  await page.getByRole('tab', { name: 'Simulate' }).click();
  await page.getByRole('tab', { name: 'Workload & scheduler' }).click();
  await expect(scheduler).toHaveValue('RR');
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await expect(page.getByLabel('Preset', { exact: true })).toHaveValue(/edited/);
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect(page.getByText(/round-robin/).first()).toBeVisible();
});

test('Turn on memory management on the default scenario runs to completion', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await page.getByRole('button', { name: 'Turn on memory management' }).click();
  const dialog = page.getByRole('dialog', { name: 'Memory to fit this workload' });
  await expect(dialog).toContainText('wait in NEW for memory that never comes');
  await dialog.getByRole('button', { name: 'Turn on with this memory' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  await expect(page.getByText('finished', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Waiting in NEW for memory' })).toBeHidden();
});

test('a refused value is said in words, naming the field and the limit', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Workload & scheduler' }).click();
  await openPanel(page, 'Scheduler and options');
  await page.getByLabel('Scheduler', { exact: true }).selectOption({ label: 'Round Robin' });
  await page.getByLabel('Quantum').fill('0');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  const said = /The scheduler's quantum must be at least 1 tick \(it is 0\)\./;
  await expect(page.getByLabel('Quantum')).toHaveAccessibleDescription(said);
  await expect(page.getByRole('alert').filter({ hasText: 'The input was refused' })).toContainText(said);

  await openPanel(page, 'Processes');
  await page.getByRole('button', { name: 'Add process' }).click();
  const form = page.getByRole('form', { name: 'New process' });
  await form.getByLabel('Name').fill('broken');
  await form.getByLabel('Bursts').fill('5, -1, 2');
  await form.getByRole('button', { name: 'Save process' }).click();
  await expect(form.getByText('Burst 2 (I/O) must be at least 0 ticks (it is -1).')).toBeVisible();
  await expect(page.getByText(/bursts\[|scheduler\.quantum/)).toHaveCount(0);
});

test('an embed without a scenario shows the default scenario, not my saved work', async ({ page }) => {
  await openApp(page);
  await choosePreset(page, 'fifo-demo.json', FIFO_TITLE);
  await openApp(page, './?embed=1&view=gantt');
  await expect(heading(page)).toContainText(DEFAULT_TITLE);
  // My work is still what the full app opens.
  await openApp(page);
  await expect(heading(page)).toContainText(FIFO_TITLE);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the kept-work notice, the Apply bar and the memory dialog pass axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await choosePreset(page, 'fifo-demo.json', FIFO_TITLE);
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.getByRole('button', { name: 'Restore my scenario' })).toBeVisible();
    await page.getByRole('tab', { name: 'Workload & scheduler' }).click();
    await openPanel(page, 'Scheduler and options');
    await page.getByLabel('Scheduler', { exact: true }).selectOption({ label: 'Round Robin' });
    await page.getByLabel('Quantum').fill('0');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    expect(await seriousViolations(page), 'workload view with a refused draft').toEqual([]);
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    await page.getByRole('tab', { name: 'Memory', exact: true }).click();
    await page.getByRole('button', { name: 'Turn on memory management' }).click();
    await expect(page.getByRole('dialog', { name: 'Memory to fit this workload' })).toBeVisible();
    expect(await seriousViolations(page), 'memory dialog').toEqual([]);
  });
}
