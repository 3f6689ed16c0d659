import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[1440, 900], [1024, 768]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: 'dark' });
  await ctx.addInitScript(() => localStorage.setItem('bcos.welcome.dismissed', '1'));
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4499/');
  await page.waitForTimeout(1500);
  await page.getByLabel('Preset').selectOption({ label: 'File-system layout: FFS (cylinder groups)' });
  await page.waitForTimeout(1500);
  await page.getByRole('tab', { name: 'Files' }).click();
  await page.waitForTimeout(800);
  const slider = page.getByRole('slider').first();
  await slider.focus(); await page.keyboard.press('End');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/shot-ffs-${w}.png` });
  await page.getByRole('tab', { name: 'Layouts' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot-layouts-${w}.png`, fullPage: false });
  await page.getByRole('tab', { name: 'Open files' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot-open-${w}.png` });
  await ctx.close();
}
await browser.close();
