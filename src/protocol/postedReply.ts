import type { Scenario } from '../core/index';
import type { ProcessPatch } from './frame';
import type { FromSim } from './messages';

type WithScenario = Extract<FromSim, { scenario: Scenario }>;

/**
 * Changed process rows per message: 5,000 took 74–141 ms each to read on a machine at load 10 (2 cores), 2,500 took
 * 9-90 ms at load 8 (a structured clone of rows is read at a third of the speed JSON.parse reads processes), and a
 * scavenge of what a large load keeps (tens of ms) may fall in any of these tasks.
 */
export const ROWS_PER_POST = 1_000;
/**
 * A scenario's processes per message when it has more: JSON.parse read 100,000 generated processes in 70–120 ms
 * in one task of the page's, 5,000 in 8-41 ms at load 8, so 2,500 take a few ms each.
 */
export const PROCESSES_PER_POST = 2_500;

/**
 * A reply as the worker posts it. A loaded or operated reply carries its scenario as JSON text only: read back by
 * JSON.parse, 10,000 processes cost the page's main thread a few ms less than as a structured clone (100,000: over
 * a hundred), and the text is what the page autosaves, so the page never serializes the workload. A scenario of
 * more than PROCESSES_PER_POST processes goes ahead of its reply instead, each piece read in a task of its own:
 * its processes in `processes` pieces (JSON text of consecutive processes); the reply brings `scenarioAround`, the
 * scenario's text before and after its processes' elements. The page puts the whole text together from those
 * (as scenarioJsonOf does in the worker): posted whole as well, the 16 MB of 100,000 processes took 45-100 ms to
 * read in one task of the page's, and the memory it took set off a major GC in the next. So the page never parses
 * the whole text, nor reads it in one task. A frame's changed rows, when more than ROWS_PER_POST, all go
 * ahead in `rows` messages of their own (the reply's patch then changes none), so that the page reads the first frame of 100,000 processes in tasks of tens
 * of ms rather than one of half a second.
 */
export type PostedFromSim =
  | Exclude<FromSim, WithScenario>
  | Omit<WithScenario, 'scenario'>
  | (Omit<WithScenario, 'scenario' | 'scenarioJson'> & { scenarioAround: Around })
  | { type: 'rows'; id: number; rows: ProcessPatch['changed'] }
  | { type: 'processes'; id: number; json: string };

/** A large scenario's text without its processes' elements: `"processes":[` ends the first, `]` begins the second. */
type Around = [before: string, after: string];

/** A large scenario's JSON text in the pieces it is posted in. */
interface ScenarioPieces {
  around: Around;
  /** JSON arrays of PROCESSES_PER_POST consecutive processes (the last of the rest) */
  processes: string[];
}

/**
 * The pieces scenarioJsonOf made, for postedReplies to post: made once, a large scenario took the worker 80–150 ms
 * more when serialized whole for its text and again in pieces. Weak, so a scenario the page never gets (an
 * in-process user's) leaves nothing behind.
 */
const piecesMade = new WeakMap<Scenario, ScenarioPieces>();

/** The top-level processes' place in a scenario's text: no string nor nested value can read so (quotes are escaped). */
const PLACE = '"processes":"\\u0000"';

function piecesOf(scenario: Scenario): ScenarioPieces {
  const { processes } = scenario;
  const pieces: string[] = [];
  for (let from = 0; from < processes.length; from += PROCESSES_PER_POST)
    pieces.push(JSON.stringify(processes.slice(from, from + PROCESSES_PER_POST)));
  // The key keeps its place in the object, so the joined text has the keys in the order JSON.stringify gives.
  const text = JSON.stringify({ ...scenario, processes: '\u0000' });
  const at = text.indexOf(PLACE);
  return { around: [`${text.slice(0, at)}"processes":[`, `]${text.slice(at + PLACE.length)}`], processes: pieces };
}

/** The whole text, as JSON.stringify writes it, from its pieces (concatenated, not copied until it is posted). */
function joined({ around, processes }: ScenarioPieces): string {
  let text = around[0];
  processes.forEach((piece, i) => (text += (i ? ',' : '') + piece.slice(1, -1)));
  return text + around[1];
}

/** A scenario's JSON text, for a loaded or operated reply; a large one's is made in the pieces it is posted in. */
export function scenarioJsonOf(scenario: Scenario): string {
  if (scenario.processes.length <= PROCESSES_PER_POST) return JSON.stringify(scenario);
  const pieces = piecesOf(scenario);
  piecesMade.set(scenario, pieces);
  return joined(pieces);
}

/** What goes ahead of a reply, held by the receiver until the reply comes. */
type Ahead = Extract<PostedFromSim, { type: 'rows' | 'processes' }>;

/** What the worker posts for `reply`, in order. */
export function postedReplies(reply: FromSim): PostedFromSim[] {
  const ahead: Ahead[] = [];
  const posted = withoutScenario(reply, ahead);
  if (!('frame' in posted)) return [...ahead, posted];
  const { changed } = posted.frame.processPatch;
  if (changed.length <= ROWS_PER_POST) return [...ahead, posted];
  for (let from = 0; from < changed.length; from += ROWS_PER_POST)
    ahead.push({ type: 'rows', id: reply.id, rows: changed.slice(from, from + ROWS_PER_POST) });
  const patch = { ...posted.frame.processPatch, changed: [] };
  return [...ahead, { ...posted, frame: { ...posted.frame, processPatch: patch } }];
}

/** `reply` without its scenario object; a large scenario's processes are pushed onto `ahead` in pieces. */
function withoutScenario(reply: FromSim, ahead: Ahead[]): Exclude<PostedFromSim, Ahead> {
  if (!('scenario' in reply)) return reply;
  const { scenario, ...posted } = reply;
  if (scenario.processes.length <= PROCESSES_PER_POST) return posted;
  const { around, processes } = piecesMade.get(scenario) ?? piecesOf(scenario);
  // Posted once: the worker's session keeps its scenario, and the pieces (16 MB for 100,000 processes) need not stay.
  piecesMade.delete(scenario);
  for (const json of processes) ahead.push({ type: 'processes', id: reply.id, json });
  const { scenarioJson: _madeAgainByThePage, ...rest } = posted;
  return { ...rest, scenarioAround: around };
}

/**
 * Puts the worker's replies together again from what it posted: what went ahead is held until its reply comes
 * (null until then), each piece of processes parsed as it comes, and a scenario sent as text is parsed (from its
 * text around its processes and the processes that went ahead, when they did).
 */
export function replyReceiver(): (posted: PostedFromSim) => FromSim | null {
  const held = new Map<number, { rows: ProcessPatch['changed']; processes: Scenario['processes']; texts: string[] }>();
  return (posted) => {
    if (posted.type === 'rows' || posted.type === 'processes') {
      const parts = held.get(posted.id) ?? { rows: [], processes: [], texts: [] };
      held.set(posted.id, parts);
      // Gathered as they come, so that the reply's own task need not put a hundred thousand together.
      if (posted.type === 'rows') for (const row of posted.rows) parts.rows.push(row);
      else {
        for (const process of JSON.parse(posted.json) as Scenario['processes']) parts.processes.push(process);
        parts.texts.push(posted.json);
      }
      return null;
    }
    const parts = held.get(posted.id);
    held.delete(posted.id);
    let whole = posted;
    if (parts?.rows.length && 'frame' in posted) {
      for (const row of posted.frame.processPatch.changed) parts.rows.push(row);
      const processPatch = { ...posted.frame.processPatch, changed: parts.rows };
      whole = { ...posted, frame: { ...posted.frame, processPatch } };
    }
    if ('scenarioJson' in whole) return { ...whole, scenario: JSON.parse(whole.scenarioJson) } as FromSim;
    if (!('scenarioAround' in whole)) return whole;
    const { scenarioAround, ...reply } = whole;
    const scenario = JSON.parse(scenarioAround.join('')) as Scenario;
    // Assigned in place: the key keeps its place in the object, as JSON.parse of the whole text would leave it.
    scenario.processes = parts?.processes ?? [];
    const scenarioJson = joined({ around: scenarioAround, processes: parts?.texts ?? [] });
    return { ...reply, scenario, scenarioJson } as FromSim;
  };
}
