import type { Scenario } from '../core/index';
import type { ProcessPatch } from './frame';
import type { FromSim } from './messages';

type WithScenario = Extract<FromSim, { scenario: Scenario }>;

/** Changed process rows per message: 5,000 took 74–141 ms each to read on a machine at load 10 (2 cores). */
export const ROWS_PER_POST = 2_500;

/**
 * A reply as the worker posts it. A loaded or operated reply carries its scenario as JSON text only: read back by
 * JSON.parse, 10,000 processes cost the page's main thread a few ms less than as a structured clone (100,000: over
 * a hundred), and the text is what the page autosaves, so the page never serializes the workload. A frame's
 * changed rows beyond ROWS_PER_POST go ahead in `rows` messages of their own, so that the page reads the first
 * frame of 100,000 processes in tasks of tens of ms rather than one of half a second.
 */
export type PostedFromSim =
  | Exclude<FromSim, WithScenario>
  | Omit<WithScenario, 'scenario'>
  | { type: 'rows'; id: number; rows: ProcessPatch['changed'] };

/** What the worker posts for `reply`, in order. */
export function postedReplies(reply: FromSim): PostedFromSim[] {
  const posted = withoutScenario(reply);
  if (!('frame' in posted)) return [posted];
  const { changed } = posted.frame.processPatch;
  const ahead: PostedFromSim[] = [];
  let from = 0;
  for (; changed.length - from > ROWS_PER_POST; from += ROWS_PER_POST)
    ahead.push({ type: 'rows', id: reply.id, rows: changed.slice(from, from + ROWS_PER_POST) });
  if (from === 0) return [posted];
  const patch = { ...posted.frame.processPatch, changed: changed.slice(from) };
  return [...ahead, { ...posted, frame: { ...posted.frame, processPatch: patch } }];
}

function withoutScenario(reply: FromSim): Exclude<PostedFromSim, { type: 'rows' }> {
  if (!('scenario' in reply)) return reply;
  const { scenario: _sent, ...posted } = reply;
  return posted;
}

/**
 * Puts the worker's replies together again from what it posted: rows that went ahead are held until their reply
 * comes (null until then), and a scenario sent as text is parsed.
 */
export function replyReceiver(): (posted: PostedFromSim) => FromSim | null {
  const held = new Map<number, ProcessPatch['changed'][]>();
  return (posted) => {
    if (posted.type === 'rows') {
      const parts = held.get(posted.id);
      if (parts) parts.push(posted.rows);
      else held.set(posted.id, [posted.rows]);
      return null;
    }
    const parts = held.get(posted.id);
    held.delete(posted.id);
    const whole =
      parts && 'frame' in posted
        ? {
            ...posted,
            frame: {
              ...posted.frame,
              processPatch: {
                ...posted.frame.processPatch,
                changed: parts.flat().concat(posted.frame.processPatch.changed),
              },
            },
          }
        : posted;
    return 'scenarioJson' in whole ? ({ ...whole, scenario: JSON.parse(whole.scenarioJson) } as FromSim) : whole;
  };
}
