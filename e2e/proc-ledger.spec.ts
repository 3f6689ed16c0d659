import { AxeBuilder } from '@axe-core/playwright';
import { expect, openPreset, test } from './fixtures';

test('Console: /proc and /ledger mounted beside the disk, read with ls, cat, stat and cd; both refuse changes', async ({
  page,
}) => {
  await openPreset(page, "File I/O on a node's disk");
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'Console command' });
  const log = page.getByRole('log');
  const type = async (line: string): Promise<void> => {
    await input.fill(line);
    await input.press('Enter');
  };

  await type('mount');
  await expect(log).toContainText('proc on /proc type proc (ro)');
  await type('goto 6');
  await type('ls /proc');
  await expect(log).toContainText(/dr-xr-xr-x\s+1\s+root\s+0\s+-\s+0\s+1\//);
  await expect(log).toContainText(/-r--r--r--\s+1\s+root\s+0\s+-\s+0\s+uptime/);
  await type('cat /proc/uptime');
  await expect(log).toContainText('6 ticks');
  await type('cd /proc/1');
  await type('cat status');
  await expect(log).toContainText(/Name:\s+llm-infer/);
  await type('stat /proc/1/status');
  await expect(log).toContainText('Size: 0 bytes');
  await type('rm /proc/1/status');
  await expect(log).toContainText(/rm \/proc\/1\/status is refused, EROFS/);

  // The validator's writes under /ledger appended blocks: each a file; the chain cannot be edited.
  await page.getByRole('button', { name: 'Run to end' }).click();
  await type('ls /ledger');
  await expect(log).toContainText(/-r--r--r--.*000001/);
  await type('cat /ledger/000001');
  await expect(log).toContainText('height: 1');
  await expect(log).toContainText(/previous hash: [0-9a-f]{64}/);
  await type('rm /ledger/000001');
  await expect(log).toContainText(/rm \/ledger\/000001 is refused, EPERM: .*append-only/);
  await type('cat /models/llm.bin');
  await expect(log).toContainText(/a regular file of 262144 bytes .* not its bytes/);

  // The Files view lists them too, and prints a file selected there.
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  const tree = page.getByRole('navigation', { name: 'File tree' });
  await tree.getByRole('button', { name: /^\/ledger\/HEAD, file in ledger/ }).click();
  await expect(page.getByLabel('Contents of /ledger/HEAD')).toContainText(/^block \d{6} of \d+, hash [0-9a-f]{64}/);

  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});
