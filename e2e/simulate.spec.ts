import { expect, openApp, openPanel, openPreset, test, timeSlider } from './fixtures';

test('opens on a ready-to-play default scenario', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('A day on a decentralized AI node');
  await expect(timeSlider(page)).toHaveValue('0');
  await expect(page.getByRole('tab', { name: 'Queues' })).toHaveAttribute('aria-selected', 'true');
  await openPanel(page, 'Processes');
  await expect(page.getByRole('table').first()).toBeVisible();
});

test('plays, pauses, steps forward and back, and jumps with the time slider', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(async () => Number(await timeSlider(page).inputValue())).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const paused = Number(await timeSlider(page).inputValue());
  await page.waitForTimeout(400);
  await expect(timeSlider(page)).toHaveValue(String(paused));

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(timeSlider(page)).toHaveValue('0');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect(timeSlider(page)).toHaveValue('3');
  await page.getByRole('button', { name: 'Step back', exact: true }).click();
  await expect(timeSlider(page)).toHaveValue('2');

  await timeSlider(page).fill('20');
  await expect(timeSlider(page)).toHaveValue('20');
  await expect(page.getByText(/t=20/).first()).toBeVisible();
});

test('stepping back gives exactly the state a straight run has there', async ({ page }) => {
  await openApp(page);
  await openPanel(page, 'Processes');
  const heading = page.getByRole('heading', { name: /^Processes at tick/ });
  await timeSlider(page).fill('14');
  await expect(heading).toHaveText('Processes at tick 14');
  const table = page.getByRole('table', { name: /^Processes/ });
  const straight = await table.innerText();
  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Step forward', exact: true })).toBeDisabled();
  await timeSlider(page).fill('14');
  await expect(heading).toHaveText('Processes at tick 14');
  expect(await table.innerText()).toBe(straight);
});

test('keyboard: arrows step, Home resets, End runs to completion, Space plays', async ({ page }) => {
  await openApp(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(timeSlider(page)).toHaveValue('2');
  await page.keyboard.press('ArrowLeft');
  await expect(timeSlider(page)).toHaveValue('1');
  await page.keyboard.press('End');
  const max = await timeSlider(page).getAttribute('max');
  await expect(timeSlider(page)).toHaveValue(max as string);
  await page.keyboard.press('Home');
  await expect(timeSlider(page)).toHaveValue('0');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('kills a process during the run from the process table', async ({ page }) => {
  await openApp(page);
  await timeSlider(page).fill('3');
  await openPanel(page, 'Processes');
  await page.getByRole('button', { name: 'Actions for P7' }).click();
  await page.getByRole('button', { name: 'Kill P7' }).click();
  await expect(page.getByText(/P7.*is killed/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Actions for P7' }).click();
  await expect(page.getByRole('button', { name: 'Kill P7' })).toBeDisabled();
});

test('creates a process at the current tick, and it runs', async ({ page }) => {
  await openApp(page);
  await timeSlider(page).fill('5');
  await openPanel(page, 'Create process');
  const form = page.getByRole('form', { name: 'Create process now' });
  await form.getByLabel('Name').fill('hotfix');
  await form.getByLabel('Bursts').fill('3');
  await form.getByRole('button', { name: /Create/ }).click();
  await expect(page.getByText(/P8 \(hotfix\) is created/).first()).toBeVisible();
  // exact: the narration's line, not the live region that announces it with the other new lines
  await expect(page.getByText('t=5 · P8 (hotfix) arrives and is READY.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  await openPanel(page, 'Processes');
  await expect(page.getByRole('row').filter({ hasText: 'hotfix' })).toContainText('TERMINATED');
});

test('the process-tree preset: init adopts the orphans, and a fork from the console joins the tree', async ({
  page,
}) => {
  await openPreset(page, 'Processes: a process tree (fork, exit, orphans)');
  await openPanel(page, 'Process tree');
  const tree = page.getByRole('tree', { name: 'Process tree' });
  await expect(tree.getByRole('treeitem', { name: /^P5 loader, .*child of P3$/ })).toHaveAttribute('aria-level', '4');
  await timeSlider(page).fill('8');
  await expect(tree.getByRole('treeitem', { name: /^P5 loader, .*child of P1$/ })).toHaveAttribute('aria-level', '2');
  await expect(page.getByText(/P5 \(loader\), its child, is adopted by init, P1 \(init\)/).first()).toBeVisible();

  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'Console command' });
  await input.fill('fork 5 indexer');
  await input.press('Enter');
  await expect(page.getByText('Created P7 (indexer), a child of P5')).toBeVisible();
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await openPanel(page, 'Process tree');
  await expect(tree.getByRole('treeitem', { name: /^P7 indexer, .*child of P5$/ })).toHaveAttribute('aria-level', '3');
});
