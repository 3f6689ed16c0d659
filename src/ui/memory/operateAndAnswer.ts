import type { AppStore } from '../../store/appStore';
import type { AppState } from '../../store/types';
import type { ActionResult } from './types';

/** Makes an operation at the current tick and says what came of it: the simulation's own sentence, or the refusal. */
export async function operateAndAnswer(
  store: AppStore,
  request: Parameters<AppState['operate']>[0],
): Promise<ActionResult> {
  const ok = await store.getState().operate(request);
  const s = store.getState();
  // The newest line of the narration is the simulation's own answer (or the refusal).
  const answer = s.frame?.narration[s.frame.narration.length - 1]?.text;
  return ok
    ? { ok: true, ...(answer && { message: answer }) }
    : { ok: false, message: s.errors.map((e) => e.message).join('; ') || answer };
}
