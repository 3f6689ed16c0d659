import type { ProcessState, ProcessType } from '../../core/index';
import { Icon } from './Icon';
import { STATE_LABEL, STATE_PATH, TYPE_LABEL, TYPE_PATH } from './iconPaths';

/** A process type's icon, named "AI inference" etc.; `decorative` when its name is written beside it. */
export function ProcessTypeIcon({ type, decorative }: { type: ProcessType; decorative?: boolean }) {
  return <Icon d={TYPE_PATH[type]} label={decorative ? undefined : TYPE_LABEL[type]} className="type-icon" />;
}

/** A process state's icon, named "Running" etc.; `decorative` when the state is written beside it. */
export function ProcessStateIcon({ state, decorative }: { state: ProcessState; decorative?: boolean }) {
  return <Icon d={STATE_PATH[state]} label={decorative ? undefined : STATE_LABEL[state]} className="state-icon" />;
}
