import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[1440, 900], [1024, 768]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: 'dark' });
  await ctx.addInitScript(() => localStorage.setItem('bcos.welcome.dismissed', '1'));
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4499/');
  await page.waitForTimeout(1500);
  await page.getByLabel('Preset').selectOption({ label: "The file system's caches in memory" });
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: '▶▶|' }).click().catch(() => {});
  await page.getByRole('button', { name: /Jump to the end|End/ }).first().click().catch(() => {});
  await page.waitForTimeout(1000);
  const slider = page.getByRole('slider').first();
  await slider.focus(); for (let i=0;i<30;i++) await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(800);
  await page.getByRole('tab', { name: 'Memory' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot-mem-${w}.png` });
  await page.getByRole('tab', { name: 'Files' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot-files-${w}.png` });
  await ctx.close();
}
await browser.close();
