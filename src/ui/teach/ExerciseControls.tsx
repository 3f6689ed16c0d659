import { useState } from 'react';
import {
  EXERCISE_KINDS,
  MAX_SEED,
  type Difficulty,
  type ExerciseKind,
  type ExerciseSpec,
} from '../../core/teach/types';

const KIND_LABEL: Readonly<Record<ExerciseKind, string>> = {
  schedule: 'CPU scheduling',
  replacement: 'Page replacement',
  translation: 'Address translation',
  draw: 'Draw the schedule',
  filesystem: 'File system operations',
  crash: 'Crash points and journals',
  fsck: 'fsck: what is corrupted?',
  disk: 'Disk scheduling: which request next?',
  raid: 'RAID mapping',
  ssd: 'SSD after the commands',
  multilevel: 'Multi-level page table',
  bounds: 'Base and bounds: translate or fault',
  segments: 'Segmentation: translate or fault',
  'process-tree': 'Process trees: fork and exit',
  migration: 'Live migration: downtime',
  gossip: 'Gossip: which nodes hold the block',
};

/** A seed the student has not seen: any unsigned 32-bit integer (the UI may use Math.random; the core may not). */
function randomSeed(): number {
  return Math.floor(Math.random() * (MAX_SEED + 1));
}

/** Kind, seed and difficulty: the three things an exercise is made from. */
export function ExerciseControls({ spec, onChange }: { spec: ExerciseSpec; onChange(spec: ExerciseSpec): void }) {
  // The seed field keeps what is typed; only a valid seed makes a new exercise.
  const [draft, setDraft] = useState(String(spec.seed));
  const [shown, setShown] = useState(spec.seed);
  if (shown !== spec.seed) {
    setShown(spec.seed);
    setDraft(String(spec.seed));
  }
  const seedOk = /^\d{1,10}$/.test(draft.trim()) && Number(draft) <= MAX_SEED;
  return (
    <div className="teach-controls">
      <label>
        Kind
        <select value={spec.kind} onChange={(e) => onChange({ ...spec, kind: e.target.value as ExerciseKind })}>
          {EXERCISE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Seed
        <input
          type="number"
          min={0}
          max={MAX_SEED}
          value={draft}
          aria-invalid={!seedOk}
          aria-describedby="exercise-seed-hint"
          onChange={(e) => {
            setDraft(e.target.value);
            const v = e.target.value.trim();
            if (/^\d{1,10}$/.test(v) && Number(v) <= MAX_SEED) onChange({ ...spec, seed: Number(v) });
          }}
        />
      </label>
      <button type="button" onClick={() => onChange({ ...spec, seed: randomSeed() })}>
        New seed
      </button>
      <label>
        Difficulty
        <select
          value={spec.difficulty}
          onChange={(e) => onChange({ ...spec, difficulty: Number(e.target.value) as Difficulty })}
        >
          <option value={1}>1 (small)</option>
          <option value={2}>2</option>
          <option value={3}>3 (large)</option>
        </select>
      </label>
      <span id="exercise-seed-hint" className="field-hint">
        {seedOk
          ? 'The same kind, seed and difficulty always give the same exercise.'
          : `The seed must be a whole number 0..${MAX_SEED}.`}
      </span>
    </div>
  );
}
