import { AxeBuilder } from '@axe-core/playwright';
import { expect, openPanel, openPreset, test, timeSlider } from './fixtures';

test('the model store: /models laid out as a hub cache, a load through the page cache, a model-cache hit, a shared blob', async ({
  page,
}) => {
  await openPreset(page, 'AI models from the model store, through the page cache');
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  const tree = page.getByRole('navigation', { name: 'File tree' });
  await expect(tree.getByRole('button', { name: /^\/models\/models--org--llm\/refs\/main, file/ })).toBeVisible();
  await expect(
    tree.getByRole('button', {
      name: /^\/models\/models--org--llm-chat\/snapshots\/[0-9a-f]{40}\/tokenizer\.json, symbolic link/,
    }),
  ).toBeVisible();
  await timeSlider(page).fill('20');
  await openPanel(page, 'Model cache');
  const loads = page.getByRole('table', { name: 'Model loads' });
  await expect(loads.getByRole('row', { name: /P1 org\/llm@\w+ miss 0 of 65 blocks/ })).toBeVisible();
  await expect(loads.getByRole('row', { name: /P2 org\/llm@\w+ hit none read/ })).toBeVisible();
  await expect(loads.getByRole('row', { name: /P3 org\/llm-chat@\w+ miss 15 of 65 blocks/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Store blobs' }).getByRole('row', { name: /shared by 2, stored once/ }),
  ).toBeVisible();
  await expect(
    page
      .getByText(/P3 \(chat-serve\) loads org\/llm-chat@\w+: 3 files, 65 blocks: 50 missed the page cache, 15 hits/)
      .first(),
  ).toBeVisible();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});
