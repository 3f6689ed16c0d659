import { AxeBuilder } from '@axe-core/playwright';
import { expect, openPanel, openPreset, test, timeSlider } from './fixtures';

test('Files: crash the running node from the button and from the console; mount replays, what was not on disk is lost', async ({
  page,
}) => {
  await openPreset(page, 'Crash recovery on the node');
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  const tree = page.getByRole('navigation', { name: 'File tree' });
  // Tick 47: the first commit is on disk; the ETL job's records are in memory only, their commit not yet written.
  await timeSlider(page).fill('47');
  await expect(tree.getByRole('button', { name: /^\/data\/events\.log, file/ })).toBeVisible();
  await openPanel(page, 'File operations');
  const journal = page.getByRole('region', { name: 'This node’s disk and its journal' });
  await expect(journal).toContainText('Ordered');
  await journal.getByRole('button', { name: 'Crash now' }).click();
  await expect(journal.getByRole('status')).toContainText(
    /crash: the power fails \(ordered journal\); \d+ changes not on disk are lost/,
  );
  await expect(tree.getByRole('button', { name: /^\/data\/events\.log/ })).toHaveCount(0);
  await expect(tree.getByRole('button', { name: /^\/models\/llm\.bin, file/ })).toBeVisible();
  await expect(journal).toContainText(/Crashes\s*1: \d+ changes lost/);

  // The same from the operation line, as the console types it.
  await page.getByRole('textbox', { name: 'Operation (at the current tick)' }).fill('crash');
  await page.getByRole('button', { name: 'Do it' }).click();
  await expect(journal).toContainText(/Crashes\s*2:/);

  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});
