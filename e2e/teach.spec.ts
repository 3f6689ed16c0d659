import { answerKey, makeExercise } from '../src/core/teach/exercise';
import { expect, openApp, test, timeSlider } from './fixtures';

const SPEC = { kind: 'schedule', seed: 42, difficulty: 1 } as const;

/** A wrong answer for a right one: a tick one later, or another process. */
function wrong(k: string): string {
  if (/^\d+$/.test(k)) return String(Number(k) + 1);
  return k === 'idle' ? 'P1' : 'idle';
}

test('fails and then solves a schedule exercise; its link opens the same problem in a new page', async ({
  page,
  context,
}) => {
  const ex = makeExercise(SPEC);
  const key = answerKey(ex);
  await openApp(page);
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await page.getByLabel('Kind').selectOption('schedule');
  await page.getByLabel('Seed').fill('42');
  await page.getByLabel('Difficulty').selectOption('1');
  await expect(page.getByRole('heading', { name: /schedule-42-1/ })).toBeVisible();

  // Every completion one tick late: all wrong; the answers and their worked steps only when asked.
  for (const [i, q] of ex.questions.entries()) await page.getByLabel(q.label, { exact: true }).fill(wrong(key[i]!));
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'right.' })).toHaveText(/^0 of \d+ right\./);
  await expect(page.getByText(`Wrong: ${Number(key[0]) + 1} is not right. Try again.`)).toBeVisible();
  await page.getByRole('button', { name: 'Show answers' }).click();
  await page.getByText('How to get completion time of P1').click();
  await expect(page.getByText(`So P1 completes at tick ${key[0]}.`)).toBeVisible();

  for (const [i, q] of ex.questions.entries()) await page.getByLabel(q.label, { exact: true }).fill(key[i]!);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'right.' })).toHaveText(
    `${key.length} of ${key.length} right. Well done!`,
  );
  const problem = await page.getByRole('table').filter({ hasText: 'Arrival' }).innerText();

  await page.getByRole('button', { name: 'Copy exercise link' }).click();
  const link = await page.getByLabel('Exercise link').inputValue();
  expect(link).toMatch(/\?exercise=schedule-42-1$/);

  const other = await context.newPage();
  // The link opens on the Exercises view, with the exercise it names.
  await openApp(other, link);
  await expect(other.getByRole('heading', { name: /schedule-42-1/ })).toBeVisible();
  expect(await other.getByRole('table').filter({ hasText: 'Arrival' }).innerText()).toBe(problem);
  await other.close();
});

test('opens a lesson and steps through it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: 'Start Scheduling basics: FIFO, SJF and round robin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Textbook FCFS');
  // The first step switches to the Simulate view; the lesson bar carries the lesson there.
  const bar = page.getByRole('region', { name: 'Lesson' });
  await expect(bar).toContainText('step 1 of');
  await expect(page.locator('.lesson-highlight')).toBeVisible();
  await bar.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(timeSlider(page)).toHaveValue('24');
  await expect(bar).toContainText('At tick 24 P1 finally finishes.');
  await bar.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(timeSlider(page)).toHaveValue('30');
  await bar.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Shortest job first');
  await bar.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Textbook FCFS');
  await expect(timeSlider(page)).toHaveValue('30');
});

test('opens a preset from the gallery', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Presets' }).click();
  await expect(page.getByRole('heading', { name: 'Memory', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Open Textbook round robin (Silberschatz)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Textbook round robin');
  await expect(page.getByRole('tab', { name: 'Simulate' })).toHaveAttribute('aria-selected', 'true');
  // Each preset opens where its picture is: a network's in the Network view, a disk array's in Files.
  for (const [preset, view, shown] of [
    ['Network: gossip on a ring of 8', 'Network', page.getByRole('img', { name: /^Network topology: 8 nodes/ })],
    ['Storage: RAID 5 losing a disk and rebuilding', 'Files', page.getByRole('navigation', { name: 'File tree' })],
  ] as const) {
    await page.getByRole('tab', { name: 'Presets' }).click();
    const group = page.getByRole('region', { name: view === 'Files' ? 'Files and storage' : view });
    await group.getByRole('button', { name: `Open ${preset}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(preset);
    await expect(page.getByRole('tab', { name: view, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(shown).toBeVisible();
  }
});
