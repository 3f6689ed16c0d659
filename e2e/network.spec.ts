import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, openPanel, test, timeSlider } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

test('the Network view: load the ring preset, play, choose a node, crash one from the keyboard menu', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Network', exact: true }).click();
  // The default scenario has no network: the view says how to get one.
  await expect(page.getByText(/has no network section/)).toBeVisible();
  await page.getByRole('button', { name: 'Load “Network: gossip on a ring of 8”' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Network: gossip on a ring of 8');
  const topology = page.getByRole('img', { name: /^Network topology: 8 nodes, 8 links/ });
  await expect(topology).toBeVisible();

  // Play: messages go on their way, and the picture says how many.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => Number(await timeSlider(page).inputValue())).toBeGreaterThan(12);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(topology).toHaveAttribute('aria-label', /[1-9]\d* sent/);

  // Choose n6: the narration names it, and the Simulate view's processes are its own.
  await page.getByLabel('Show node').selectOption('6');
  await expect(page.getByRole('status').filter({ hasText: 'Showing n6 in the other views.' })).toBeVisible();
  await expect(topology).toHaveAttribute('aria-label', /showing n6\.$/);
  await page.getByRole('tab', { name: 'Simulate', exact: true }).click();
  await openPanel(page, 'Processes');
  await expect(page.getByRole('cell', { name: 'receiver', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Network', exact: true }).click();

  // Crash n3 from the keyboard: its entry in the drawer, the context-menu key, Enter on the first item.
  await openPanel(page, 'Nodes and faults');
  const n3 = page.getByRole('button', { name: /^n3: up/ });
  await n3.focus();
  await page.keyboard.press('ContextMenu');
  const menu = page.getByRole('menu', { name: 'Faults for n3' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Crash n3', 'Pause n3', 'Partition n3 from the others']);
  await expect(menu.getByRole('menuitem', { name: 'Crash n3' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Crash n3: done at tick \d+\.$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^n3: crashed/ })).toBeVisible();
  await expect(topology).toHaveAttribute('aria-label', /crashed: n3/);

  // With a menu open, nothing serious for a screen reader or a keyboard.
  await page.getByRole('button', { name: /^n3: crashed/ }).press('Enter');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');

  // A crashed node only restarts.
  await page.getByRole('button', { name: /^n3: crashed/ }).press('Enter');
  await expect(page.getByRole('menu', { name: 'Faults for n3' }).getByRole('menuitem')).toHaveText(['Restart n3']);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^n3: crashed/ })).toBeFocused();
});
