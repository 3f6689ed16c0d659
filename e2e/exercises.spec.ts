import { readFileSync } from 'node:fs';
import { validateScenario } from '../src/core/index';
import { answerKey, makeExercise } from '../src/core/teach/exercise';
import { decisionFinder } from '../src/core/teach/predict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test, timeSlider } from './fixtures';

async function openExercise(page: Page, kind: string, seed: number, difficulty: number) {
  await openApp(page);
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await page.getByLabel('Kind').selectOption(kind);
  await page.getByLabel('Seed').fill(String(seed));
  await page.getByLabel('Difficulty').selectOption(String(difficulty));
}

/** Where an element is on the page (not in the viewport, which scrolls when a button is clicked). */
/** Where an element sits in the page's content, however far the page and the boxes around it are scrolled. */
function pageTop(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    let top = el.getBoundingClientRect().top + window.scrollY;
    for (let box = el.parentElement; box; box = box.parentElement) top += box.scrollTop;
    return top;
  });
}

test('checking with empty boxes asks for them by name, reveals nothing, and grading moves nothing', async ({
  page,
}) => {
  const ex = makeExercise({ kind: 'schedule', seed: 42, difficulty: 1 });
  await openExercise(page, 'schedule', 42, 1);
  const check = page.getByRole('button', { name: 'Check answers' });
  const before = await pageTop(check);
  await page.getByLabel(ex.questions[0]!.label, { exact: true }).fill(answerKey(ex)[0]!);
  await check.click();
  await expect(page.getByRole('alert')).toHaveText(
    `Fill in every answer before checking: ${ex.questions
      .slice(1)
      .map((q) => q.label)
      .join('; ')}.`,
  );
  await expect(page.getByText(/^Answer:/)).toHaveCount(0);
  expect(await pageTop(check)).toBe(before);

  for (const [i, q] of ex.questions.entries()) await page.getByLabel(q.label, { exact: true }).fill(answerKey(ex)[i]!);
  await check.click();
  await expect(page.getByRole('status').filter({ hasText: 'right.' })).toContainText('Well done!');
  expect(await pageTop(check)).toBe(before);
});

test('a wrong answer can be tried again; the answer shows only when asked', async ({ page }) => {
  const ex = makeExercise({ kind: 'schedule', seed: 42, difficulty: 1 });
  const key = answerKey(ex);
  const late = String(Number(key[0]) + 1);
  await openExercise(page, 'schedule', 42, 1);
  const first = page.getByLabel('Completion time of P1', { exact: true });
  for (const [i, q] of ex.questions.entries())
    await page.getByLabel(q.label, { exact: true }).fill(i === 0 ? late : key[i]!);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByText(`Wrong: ${late} is not right. Try again.`)).toBeVisible();
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(`Answer: ${key[0]}.`)).toHaveCount(0);

  await first.fill(key[0]!);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'right.' })).toHaveText(
    `${key.length} of ${key.length} right. Well done!`,
  );

  await first.fill(late);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await page.getByRole('button', { name: 'Show answers' }).click();
  await expect(page.getByText(`Answer: ${key[0]}.`)).toBeVisible();
});

test('draw the schedule: empty ticks are asked for, then the grid is graded cell by cell', async ({ page }) => {
  const ex = makeExercise({ kind: 'draw', seed: 7, difficulty: 1 });
  const key = answerKey(ex);
  const n = key.length;
  await openExercise(page, 'draw', 7, 1);
  const grid = page.getByRole('grid', { name: 'Your schedule' });
  await expect(grid.getByRole('gridcell')).toHaveCount(n);
  const cell = (t: number) => grid.getByRole('gridcell', { name: new RegExp(`^CPU 0, tick ${t}:`) });

  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    `Fill in every tick before checking. Still empty: CPU 0: ticks 0–${n - 1}.`,
  );

  // Paint the truth by clicking, except the last tick, which gets another process.
  const last = key[n - 1]!;
  const wrongLast = ex.grid!.choices.find((c) => c !== last)!;
  for (const [t, who] of key.entries()) {
    await page.getByRole('radio', { name: t === n - 1 ? wrongLast : who, exact: true }).check();
    await cell(t).click();
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ticks right' })).toHaveText(
    `${n - 1} of ${n} ticks right (${Math.floor((100 * (n - 1)) / n)} %). Change the wrong ones and check again, or show the answers.`,
  );
  await expect(cell(0)).toHaveAccessibleName(`CPU 0, tick 0: ${key[0]}, right`);
  await expect(cell(n - 1)).toHaveAccessibleName(`CPU 0, tick ${n - 1}: ${wrongLast}, wrong`);

  await page.getByRole('button', { name: 'Show answers' }).click();
  await expect(cell(n - 1)).toHaveAccessibleName(`CPU 0, tick ${n - 1}: ${wrongLast}, wrong: it is ${last}`);

  // By keyboard: the digit of the right process on the focused cell.
  await cell(n - 1).focus();
  await page.keyboard.press(last === 'idle' ? 'i' : last.slice(1));
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ticks right' })).toHaveText(
    `${n} of ${n} ticks right (100 %). Well done!`,
  );
});

/** A choice as the prompt names it: "P2", or "P2 (etl-batch)". */
const label = (c: { pid: number; name: string }) => (c.name === `P${c.pid}` ? c.name : `P${c.pid} (${c.name})`);

test('predict the scheduler: the run stops before a decision, asks, reveals the pick and its reason', async ({
  page,
}) => {
  const checked = validateScenario(JSON.parse(readFileSync('public/scenarios/default.json', 'utf8')));
  if (!checked.ok) throw new Error('the default scenario does not validate');
  const find = decisionFinder(checked.scenario);
  const first = find.after(0)!;
  const second = find.after(first.tick)!;
  const picked = first.choices.find((c) => c.pid === first.pid)!;
  const other = first.choices.find((c) => c.pid !== first.pid)!;

  await openApp(page);
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await page.getByRole('button', { name: 'Start predicting' }).click();
  await expect(page.getByRole('tab', { name: 'Simulate' })).toHaveAttribute('aria-selected', 'true');
  const prompt = page.getByRole('region', { name: 'Who runs next?' });
  await expect(prompt).toContainText(`Tick ${first.tick}.`);
  await expect(timeSlider(page)).toHaveValue(String(first.tick - 1));
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(prompt.getByRole('button', { name: 'Continue' })).toBeDisabled();

  await prompt.getByRole('button', { name: label(other), exact: true }).click();
  await expect(prompt).toContainText(`No: the scheduler picks ${label(picked)}.`);
  await expect(prompt).toContainText(first.reason);
  await expect(prompt.getByRole('status')).toHaveText('Score: 0 of 1 right.');

  await prompt.getByRole('button', { name: 'Continue' }).click();
  await expect(prompt).toContainText(`Tick ${second.tick}.`);
  await expect(timeSlider(page)).toHaveValue(String(second.tick - 1));
  await prompt
    .getByRole('button', { name: label(second.choices.find((c) => c.pid === second.pid)!), exact: true })
    .click();
  await expect(prompt).toContainText('Right: the scheduler picks');
  await expect(prompt.getByRole('status')).toHaveText('Score: 1 of 2 right.');
  await prompt.getByRole('button', { name: 'Stop predicting' }).click();
  await expect(prompt).toHaveCount(0);
});

/** Serious and critical axe violations inside `selector`, named for a readable failure. */
async function violationsIn(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the graded grid and the who-runs-next prompt pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExercise(page, 'draw', 42, 3);
    const grid = page.getByRole('grid', { name: 'Your schedule' });
    const cells = grid.getByRole('gridcell');
    const n = await cells.count();
    const choices = makeExercise({ kind: 'draw', seed: 42, difficulty: 3 }).grid!.choices;
    for (let t = 0; t < n; t++) {
      await page.getByRole('radio', { name: choices[t % choices.length]!, exact: true }).check();
      await cells.nth(t).click();
    }
    await page.getByRole('button', { name: 'Check answers' }).click();
    await page.getByRole('button', { name: 'Show answers' }).click();
    expect(await violationsIn(page, '.teach')).toEqual([]);

    await page.getByRole('button', { name: 'Start predicting' }).click();
    const prompt = page.getByRole('region', { name: 'Who runs next?' });
    await prompt
      .getByRole('group', { name: /Which READY process/ })
      .getByRole('button')
      .first()
      .click();
    await expect(prompt.getByRole('button', { name: 'Continue' })).toBeEnabled();
    expect(await violationsIn(page, '.predict')).toEqual([]);
  });
}
