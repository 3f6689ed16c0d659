import { useState } from 'react';
import { useShallow } from '../app/useShallow';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { goToLessonStep } from './lessons';

const selectLesson = (s: AppState) => ({ lesson: s.lesson, step: s.lessonStep, view: s.view });

/** The current lesson and step, and moving between steps (one move at a time). */
export function useLessonNav() {
  const store = useAppStore();
  const { lesson, step, view } = useApp(useShallow(selectLesson));
  const [moving, setMoving] = useState(false);
  const go = async (index: number) => {
    setMoving(true);
    try {
      await goToLessonStep(store, index);
    } finally {
      setMoving(false);
    }
  };
  const count = lesson?.steps.length ?? 0;
  return {
    lesson,
    step,
    view,
    count,
    current: lesson?.steps[step],
    moving,
    go,
    canBack: !moving && step > 0,
    canForward: !moving && step < count - 1,
  };
}
