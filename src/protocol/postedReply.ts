import type { Scenario } from '../core/index';
import type { ProcessPatch } from './frame';
import type { FromSim } from './messages';

type WithScenario = Extract<FromSim, { scenario: Scenario }>;

/** Changed process rows per message: 5,000 took 74–141 ms each to read on a machine at load 10 (2 cores). */
export const ROWS_PER_POST = 2_500;
/**
 * A scenario's processes per message when it has more: JSON.parse read 100,000 generated processes in 70–120 ms
 * in one task of the page's, so 5,000 take a few ms each.
 */
export const PROCESSES_PER_POST = 5_000;

/**
 * A reply as the worker posts it. A loaded or operated reply carries its scenario as JSON text only: read back by
 * JSON.parse, 10,000 processes cost the page's main thread a few ms less than as a structured clone (100,000: over
 * a hundred), and the text is what the page autosaves, so the page never serializes the workload. A scenario of
 * more than PROCESSES_PER_POST processes is also posted in pieces ahead of its reply (`processes`: JSON text of
 * consecutive processes), each read in a task of its own, and the reply then brings `scenarioRest`, the scenario's
 * JSON with no processes, so the page never parses the whole text at once. A frame's changed rows beyond
 * ROWS_PER_POST go ahead in `rows` messages of their own, so that the page reads the first frame of 100,000
 * processes in tasks of tens of ms rather than one of half a second.
 */
export type PostedFromSim =
  | Exclude<FromSim, WithScenario>
  | (Omit<WithScenario, 'scenario'> & { scenarioRest?: string })
  | { type: 'rows'; id: number; rows: ProcessPatch['changed'] }
  | { type: 'processes'; id: number; json: string };

/** What the worker posts for `reply`, in order. */
export function postedReplies(reply: FromSim): PostedFromSim[] {
  const ahead: PostedFromSim[] = [];
  const posted = withoutScenario(reply, ahead);
  if (!('frame' in posted)) return [...ahead, posted];
  const { changed } = posted.frame.processPatch;
  let from = 0;
  for (; changed.length - from > ROWS_PER_POST; from += ROWS_PER_POST)
    ahead.push({ type: 'rows', id: reply.id, rows: changed.slice(from, from + ROWS_PER_POST) });
  if (from === 0) return [...ahead, posted];
  const patch = { ...posted.frame.processPatch, changed: changed.slice(from) };
  return [...ahead, { ...posted, frame: { ...posted.frame, processPatch: patch } }];
}

/** `reply` without its scenario object; a large scenario's processes are pushed onto `ahead` in pieces. */
function withoutScenario(
  reply: FromSim,
  ahead: PostedFromSim[],
): Exclude<PostedFromSim, { type: 'rows' | 'processes' }> {
  if (!('scenario' in reply)) return reply;
  const { scenario, ...posted } = reply;
  const { processes } = scenario;
  if (processes.length <= PROCESSES_PER_POST) return posted;
  for (let from = 0; from < processes.length; from += PROCESSES_PER_POST)
    ahead.push({
      type: 'processes',
      id: reply.id,
      json: JSON.stringify(processes.slice(from, from + PROCESSES_PER_POST)),
    });
  return { ...posted, scenarioRest: JSON.stringify({ ...scenario, processes: [] }) };
}

/**
 * Puts the worker's replies together again from what it posted: rows and processes that went ahead are held until
 * their reply comes (null until then), each piece of processes parsed as it comes, and a scenario sent as text is
 * parsed (its processes taken from the pieces when they went ahead).
 */
export function replyReceiver(): (posted: PostedFromSim) => FromSim | null {
  const heldRows = new Map<number, ProcessPatch['changed'][]>();
  const heldProcesses = new Map<number, Scenario['processes'][]>();
  const hold = <T>(held: Map<number, T[]>, id: number, part: T) => {
    const parts = held.get(id);
    if (parts) parts.push(part);
    else held.set(id, [part]);
    return null;
  };
  return (posted) => {
    if (posted.type === 'rows') return hold(heldRows, posted.id, posted.rows);
    if (posted.type === 'processes')
      return hold(heldProcesses, posted.id, JSON.parse(posted.json) as Scenario['processes']);
    const parts = heldRows.get(posted.id);
    heldRows.delete(posted.id);
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
    if (!('scenarioJson' in whole)) return whole;
    const pieces = heldProcesses.get(posted.id);
    heldProcesses.delete(posted.id);
    const { scenarioRest, ...reply } = whole;
    return { ...reply, scenario: scenarioOf(reply.scenarioJson, scenarioRest, pieces) } as FromSim;
  };
}

/** The scenario from its whole text, or from the text without its processes and the processes that went ahead. */
function scenarioOf(json: string, rest: string | undefined, pieces: Scenario['processes'][] | undefined): Scenario {
  if (rest === undefined || !pieces) return JSON.parse(json) as Scenario;
  const scenario = JSON.parse(rest) as Scenario;
  // Assigned in place: the key keeps its place in the object, as JSON.parse of the whole text would leave it.
  scenario.processes = pieces.flat();
  return scenario;
}
