import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[1440, 900], [1024, 768]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: 'dark' });
  await ctx.addInitScript(() => localStorage.setItem('bcos.welcome.dismissed', '1'));
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4499/?exercise=fsck-42-2');
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/shot-fsck-${w}.png` });
  await page.goto('http://127.0.0.1:4499/');
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: /Presets|preset/i }).first().click().catch(() => {});
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shot-presets-${w}.png` });
  await ctx.close();
}
await browser.close();
