import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { LessonBar } from './LessonBar';
import { LessonPlayer } from './LessonPlayer';
import { START, stubFetch } from './testFetch';

const SCENARIO = {
  ...START,
  title: 'Lesson scenario',
  processes: [{ pid: 1, name: 'long', type: 'USER', arrival: 0, bursts: [12] }],
};
const OTHER = { ...START, title: 'Second scenario' };
const LESSON = {
  title: 'Test lesson',
  summary: 'Two scenarios.',
  scenario: 'a.json',
  steps: [
    { text: 'First look at the start.', tick: 0, view: 'simulate', highlight: 'Target region' },
    { text: 'Now tick 7.', tick: 7, view: 'memory' },
    { text: 'Another scenario.', scenario: 'b.json', tick: 1 },
  ],
};
const FILES = {
  'lessons/index.json': [{ file: 'test.json', title: 'Test lesson', summary: 'Two scenarios.' }],
  'lessons/test.json': LESSON,
  'scenarios/a.json': SCENARIO,
  'scenarios/b.json': OTHER,
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LessonPlayer', () => {
  it('starts a lesson, and Next seeks to the step tick, switches view and changes scenario', async () => {
    stubFetch(FILES);
    const { store } = await startedStore(START);
    renderWithStore(
      <>
        <div aria-label="Target region">target</div>
        <LessonPlayer />
      </>,
      store,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start Test lesson' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('Lesson scenario'));
    expect(await screen.findByText('First look at the start.', { selector: '[aria-live]' })).toBeInTheDocument();
    expect(screen.getByText('target')).toHaveClass('lesson-highlight');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(store.getState().frame?.tick).toBe(7));
    expect(store.getState().view).toBe('memory');
    expect(screen.getByText('Now tick 7.', { selector: '[aria-live]' })).toBeInTheDocument();
    expect(screen.getByText('target')).not.toHaveClass('lesson-highlight');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('Second scenario'));
    await waitFor(() => expect(store.getState().frame?.tick).toBe(1));
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('Lesson scenario'));
    await waitFor(() => expect(store.getState().frame?.tick).toBe(7));
  });

  it('says so when a lesson is not valid', async () => {
    stubFetch({ ...FILES, 'lessons/test.json': { title: 'Broken', scenario: 'a.json', steps: [] } });
    const { store } = await startedStore(START);
    renderWithStore(<LessonPlayer />, store);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Start Test lesson' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /test\.json is not a valid lesson: steps must be a list of 1\.\.100 steps/,
    );
    expect(store.getState().scenario?.title).toBe('Start');
  });
});

describe('LessonBar', () => {
  it('shows the running lesson outside the Lessons view and steps it', async () => {
    stubFetch(FILES);
    const { store } = await startedStore(START);
    renderWithStore(<LessonBar />, store);
    expect(screen.queryByRole('region', { name: 'Lesson' })).not.toBeInTheDocument();
    store.getState().setLesson({ ...LESSON, steps: LESSON.steps.slice(0, 2) } as never);
    store.getState().setView('simulate');
    expect(await screen.findByRole('region', { name: 'Lesson' })).toHaveTextContent('Test lesson · step 1 of 2');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(store.getState().frame?.tick).toBe(7));
    expect(screen.getByRole('region', { name: 'Lesson' })).toHaveTextContent('Now tick 7.');
  });
});
