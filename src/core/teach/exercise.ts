import { assertNever } from '../assertNever';
import { makeCrashExercise } from './crashExercise';
import { makeDiskExercise } from './diskExercise';
import { makeDrawExercise } from './drawExercise';
import { makeFileSystemExercise } from './fileSystemExercise';
import { makeFsckExercise } from './fsckExercise';
import { makeGossipExercise } from './gossipExercise';
import { makeMigrationExercise } from './migrationExercise';
import { makeMultilevelExercise } from './multilevelExercise';
import { makeRaidExercise } from './raidExercise';
import { makeBoundsExercise, makeSegmentsExercise } from './registerExercise';
import { makeProcessTreeExercise } from './processTreeExercise';
import { makeReplacementExercise } from './replacementExercise';
import { makeScheduleExercise } from './scheduleExercise';
import { makeSsdExercise } from './ssdExercise';
import { makeTranslationExercise } from './translationExercise';
import type { Exercise, ExerciseSpec } from './types';

/** The exercise for (kind, seed, difficulty): the same spec always gives the same exercise and answers. */
export function makeExercise(spec: ExerciseSpec): Exercise {
  switch (spec.kind) {
    case 'schedule':
      return makeScheduleExercise(spec);
    case 'replacement':
      return makeReplacementExercise(spec);
    case 'translation':
      return makeTranslationExercise(spec);
    case 'draw':
      return makeDrawExercise(spec);
    case 'filesystem':
      return makeFileSystemExercise(spec);
    case 'crash':
      return makeCrashExercise(spec);
    case 'fsck':
      return makeFsckExercise(spec);
    case 'disk':
      return makeDiskExercise(spec);
    case 'raid':
      return makeRaidExercise(spec);
    case 'ssd':
      return makeSsdExercise(spec);
    case 'multilevel':
      return makeMultilevelExercise(spec);
    case 'bounds':
      return makeBoundsExercise(spec);
    case 'segments':
      return makeSegmentsExercise(spec);
    case 'process-tree':
      return makeProcessTreeExercise(spec);
    case 'migration':
      return makeMigrationExercise(spec);
    case 'gossip':
      return makeGossipExercise(spec);
    default:
      return assertNever(spec.kind);
  }
}

/** The answer key in canonical form, one per question. */
export function answerKey(ex: Exercise): string[] {
  return ex.questions.map((q) => q.expected);
}
