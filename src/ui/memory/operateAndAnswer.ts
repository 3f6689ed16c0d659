import type { AppStore } from '../../store/appStore';
import { refusalText } from '../../store/results';
import type { AppState } from '../../store/types';
import type { FormAnswer } from './types';

/** Makes an operation at the current tick and says what came of it: the simulation's own sentence, or the refusal. */
export async function operateAndAnswer(
  store: AppStore,
  request: Parameters<AppState['operate']>[0],
): Promise<FormAnswer> {
  const operated = await store.getState().operate(request);
  if (!operated.ok) return { ok: false, message: refusalText(operated) };
  // The newest line the operation made is the simulation's own answer.
  const answer = operated.narration.at(-1)?.text;
  return { ok: true, ...(answer && { message: answer }) };
}
