import { AxeBuilder } from '@axe-core/playwright';
import { answerKey, makeExercise } from '../src/core/teach/exercise';
import { expect, openApp, test } from './fixtures';

test("fsck's 'what is corrupted?': a pick by keyboard, the place typed, graded with the evidence, and axe-clean", async ({
  page,
}) => {
  const ex = makeExercise({ kind: 'fsck', seed: 42, difficulty: 2 });
  const [kind, where] = answerKey(ex) as [string, string];
  const choices = ex.questions[0]!.choices!;
  const right = choices.find((c) => c.value === kind)!.label;
  const wrong = choices.find((c) => c.value !== kind)!.label;

  await openApp(page);
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await page.getByLabel('Kind').selectOption({ label: 'fsck: what is corrupted?' });
  await page.getByLabel('Seed').fill('42');
  await page.getByLabel('Difficulty').selectOption('2');
  await expect(page.getByRole('heading', { name: /fsck-42-2/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'The file system, corrupted' })).toBeVisible();

  const group = page.getByRole('radiogroup', { name: 'What is corrupted?' });
  await group.getByRole('radio', { name: wrong }).check();
  await page.getByLabel(ex.questions[1]!.label).fill(where);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByText(`Wrong: ${wrong} is not right. Try again.`)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    '1 of 2 right. Change the wrong ones and check again, or show the answers.',
  );

  await page.getByRole('button', { name: 'Show answers' }).click();
  await page.getByText('How to get what is corrupted?').click();
  await expect(page.getByText(/^Our fsck would repair it: /)).toBeVisible();
  await expect(page.getByText(`Answer: ${right}.`)).toBeVisible();

  // The keyboard alone: focus the picked choice, then arrow keys move the pick until it is the right one.
  await group.getByRole('radio', { name: wrong }).focus();
  for (let i = 0; i < choices.length && !(await group.getByRole('radio', { name: right }).isChecked()); i++)
    await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: right })).toBeChecked();
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('status')).toHaveText('2 of 2 right. Well done!');

  await page.getByRole('button', { name: 'Copy exercise link' }).click();
  await expect(page.getByLabel('Exercise link')).toHaveValue(/\?exercise=fsck-42-2/);

  const results = await new AxeBuilder({ page }).include('.teach-questions').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
    [],
  );
});
