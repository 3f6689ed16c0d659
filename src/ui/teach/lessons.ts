import { fetchPublicJson } from '../files/fetchPublicJson';
import { parseLesson, parseLessonIndex, scenarioAt, type Lesson, type LessonInfo } from '../../core/teach/lesson';
import type { AppStore } from '../../store/appStore';
import { panelHolding } from '../stage/views';
import { loadPreset } from '../workload/presets';

const fetchLessonJson = (file: string) => fetchPublicJson('lessons', file);

/** The lesson list; rejects with a sentence for people. */
export async function fetchLessonIndex(): Promise<LessonInfo[]> {
  const list = parseLessonIndex(await fetchLessonJson('index.json'));
  if (!list) throw new Error('index.json is not a list of lessons');
  return list;
}

/** One lesson, validated; rejects naming what is wrong with it. */
export async function fetchLesson(file: string): Promise<Lesson> {
  const parsed = parseLesson(await fetchLessonJson(file));
  if (!parsed.ok) throw new Error(`${file} is not a valid lesson: ${parsed.errors.join('; ')}`);
  return parsed.lesson;
}

/**
 * Shows step `index` of the store's lesson: loads the step's scenario when it differs from the one the
 * simulation holds, seeks to the step's tick and switches to its view. The highlight follows from the
 * store (useLessonHighlight). False when there is no lesson or its scenario could not be loaded (the
 * store reports why and keeps its scenario).
 */
export async function goToLessonStep(store: AppStore, index: number): Promise<boolean> {
  const { lesson, lessonScenarioKey } = store.getState();
  if (!lesson) return false;
  const i = Math.max(0, Math.min(lesson.steps.length - 1, index));
  const { key, scenario } = scenarioAt(lesson, i);
  if (key !== lessonScenarioKey) {
    const loaded =
      typeof scenario === 'string'
        ? await loadPreset(store, scenario)
        : await store.getState().load(scenario, `lesson “${lesson.title}”`);
    if (!loaded.ok) return false;
  }
  const step = lesson.steps[i]!;
  store.getState().pause();
  store.getState().setLessonStep(i, key);
  if (step.tick !== undefined) await store.getState().seek(step.tick);
  if (step.view) {
    // What the step points at may be behind a tab of the stage's drawer: open that tab.
    const panel = step.highlight === undefined ? undefined : panelHolding(step.view, step.highlight);
    store.getState().setView(step.view, panel);
    if (panel !== undefined) store.getState().setDrawerClosed(false);
  }
  return true;
}
