import { valueAt, type FieldError } from './fieldErrors';
import { groupedDigits } from '../groupedDigits';

/**
 * Field errors as sentences for people: "Burst 2 of P3 must be at least 1 tick (it is 0)" rather than
 * "processes[2].bursts[1] must be an integer from 1 to 1000000000 ticks (got 0)". The path and the limit stay
 * in the FieldError for programs (the CLI's --json); only the message is reworded.
 */

/** A field's name in words, by its path below a process, the scenario or a settings section (indices left out). */
const WORDS: Readonly<Record<string, string>> = {
  pid: 'the PID',
  name: 'the name',
  type: 'the type',
  priority: 'the priority',
  arrival: 'the arrival tick',
  bursts: 'the list of bursts',
  deadline: 'the deadline',
  tickets: 'the number of lottery tickets',
  needs: 'the resource needs',
  'needs.gpus': 'the number of GPUs needed',
  'needs.memoryBytes': 'the memory needed',
  'needs.networkMbps': 'the network bandwidth needed',
  accesses: 'the memory access pattern',
  sharedMemory: 'the shared memory name',
  title: 'the title',
  description: 'the description',
  seed: 'the seed',
  count: 'the number of processes',
  processes: 'the list of processes',
  operations: 'the list of operations',
  'node.cpus': 'the number of CPUs',
  'node.gpus': 'the number of GPUs',
  'scheduler.policy': 'the scheduler',
  'scheduler.quantum': "the scheduler's quantum",
  'scheduler.levels': 'the list of MLFQ levels',
  'scheduler.levels.quantum': 'the quantum',
  'scheduler.levels.allotment': 'the allotment',
  'options.contextSwitchCost': 'the context-switch cost',
  'memory.physicalBytes': 'the physical memory size',
  'memory.pageSize': 'the page size',
  'memory.swapBytes': 'the swap size',
  'memory.virtualBits': 'the number of virtual address bits',
  'memory.tlbEntries': 'the number of TLB entries',
  'memory.swapInTicks': 'the swap-in time',
  'memory.swapOutTicks': 'the swap-out time',
  'heap.base': "the heap's base address",
  'heap.size': "the heap's size",
  'heap.header': "the heap's header size",
  'heap.align': "the heap's alignment",
  tick: 'the tick',
};

type Step = { key: string } | { index: number };

const STEP = /([A-Za-z_$][\w$]*)|\[(\d+)\]/gy;

/** `a.b[2].c` -> steps, or null when the path is not one (a file name, "link", a quoted key). */
function stepsOf(path: string): Step[] | null {
  const steps: Step[] = [];
  STEP.lastIndex = 0;
  while (STEP.lastIndex < path.length) {
    const at = STEP.lastIndex;
    const m = STEP.exec(path);
    if (!m) return null;
    steps.push(m[1] !== undefined ? { key: m[1] } : { index: Number(m[2]) });
    if (path[STEP.lastIndex] === '.' && STEP.lastIndex > at) STEP.lastIndex++;
  }
  return steps;
}

/** "aiData" -> "AI data". */
function spaced(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bai\b/g, 'AI');
}

/** "boostInterval" -> "the boost interval": a field not in WORDS still reads as words. */
function inWords(dotted: string): string {
  if (WORDS[dotted]) return WORDS[dotted];
  const parts = dotted.split('.');
  const last = parts.at(-1) ?? dotted;
  if (parts.at(-2) === 'pools') return `the ${spaced(last)} pool's share of memory`;
  if (parts.at(-2) === 'constraints') return `the limit on ${spaced(last)}`;
  return `the ${spaced(last)}`;
}

function ordinal(n: number): string {
  return String(n + 1);
}

/** Who a process is: "P3" when its pid can be read from the input, else its place in the list. */
function processName(input: unknown, at: PropertyKey[], place: string): string {
  const pid = valueAt(input, [...at, 'pid']);
  return Number.isSafeInteger(pid) ? `P${pid as number}` : place;
}

/** The subject of the sentence for a field path (below the scenario, or below one process when `root` is "process"). */
export function subjectOf(path: string, input?: unknown): string | null {
  const steps = stepsOf(path);
  if (!steps || steps.length === 0 || !('key' in steps[0]!)) return null;
  let owner = '';
  let rest = steps;
  const first = steps[0] as { key: string };
  const second = steps[1];
  if ((first.key === 'processes' || first.key === 'operations') && second && 'index' in second) {
    const place = first.key === 'processes' ? `process ${ordinal(second.index)} in the list` : '';
    owner =
      first.key === 'processes'
        ? processName(input, ['processes', second.index], place)
        : `operation ${ordinal(second.index)}`;
    rest = steps.slice(2);
    const third = rest[0];
    if (first.key === 'operations' && third && 'key' in third && third.key === 'process') {
      owner = processName(input, ['operations', second.index, 'process'], `the process that ${owner} creates`);
      rest = rest.slice(1);
    }
  }
  if (rest.length === 0) return owner;
  // The last index names an item of a list: "burst 2", "level 3", "offset 1".
  const last = rest.at(-1)!;
  const keys = rest.flatMap((s) => ('key' in s ? [s.key] : []));
  const levelAt = rest.findIndex((s) => 'key' in s && s.key === 'levels');
  const level = levelAt >= 0 ? rest[levelAt + 1] : undefined;
  let field: string;
  if ('index' in last && keys.at(-1) === 'bursts') {
    field = `burst ${ordinal(last.index)} (${last.index % 2 === 0 ? 'CPU' : 'I/O'})`;
  } else if ('index' in last) {
    field = `item ${ordinal(last.index)} of ${inWords(keys.join('.'))}`;
  } else {
    field = inWords(keys.join('.'));
    if (level && 'index' in level && keys.length > 2) field = `${field} of MLFQ level ${ordinal(level.index)}`;
  }
  return owner === '' ? field : `${field} of ${owner}`;
}

/** A process or an operation named by its place in the scenario's lists. */
const LIST_ITEM = /\b(?:processes|operations)\[\d+\]/g;

const INTEGER_RANGE = /^must be an integer (?:from (-?\d+) to (-?\d+)|≥ (-?\d+))(?: \(?([a-z]+)\)?)?$/;

/** The unit after a bound: "1 tick", "0 ticks". */
function unitAfter(n: string, unit: string): string {
  const one = unit.replace(/s$/, '');
  return unit === '' ? '' : ` ${Number(n) === 1 ? one : `${one}s`}`;
}

/** A numeric limit said for the value given: "must be at least 1 tick" rather than the whole range. */
function numericPhrase(phrase: string, got: number | undefined): string {
  const m = INTEGER_RANGE.exec(phrase);
  if (!m) return phrase;
  const min = m[1] ?? m[3]!;
  const max = m[2];
  const unit = (m[4] ?? '').trim();
  if (got !== undefined) {
    if (got < Number(min)) return `must be at least ${groupedDigits(Number(min))}${unitAfter(min, unit)}`;
    if (max !== undefined && got > Number(max))
      return `must be at most ${groupedDigits(Number(max))}${unitAfter(max, unit)}`;
  }
  const range =
    max === undefined
      ? `of at least ${groupedDigits(Number(min))}`
      : `from ${groupedDigits(Number(min))} to ${groupedDigits(Number(max))}`;
  return `must be a whole number ${range}${unit === '' ? '' : ` (${unit})`}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The error's message as a sentence naming the field in words (and the process by its PID, read from `input`,
 * the value that was refused, when given). A message that does not name its path is returned as it is.
 */
export function sayFieldError(error: FieldError, input?: unknown): string {
  const { path, message } = error;
  const subject = subjectOf(path, input);
  if (subject === null || subject === '') return message;
  const tail = / \((?:got (.*)|missing)\)$/.exec(message);
  if (message.startsWith(`${path} must `)) {
    const phrase = message.slice(path.length + 1, tail ? tail.index : undefined);
    const got = tail?.[1] !== undefined && /^-?\d+$/.test(tail[1]) ? Number(tail[1]) : undefined;
    const said = tail ? (tail[1] === undefined ? ' (it is missing)' : ` (it is ${tail[1]})`) : '';
    return `${capitalized(subject)} ${numericPhrase(phrase, got)}${said}.`;
  }
  // A bare word ("link", "scenario") is already said in the message's own words.
  if (!/[.[]/.test(path)) return message;
  const named = message.includes(path) ? message.split(path).join(subject) : message;
  // "operations[0]: malloc needs a heap" names the operation by its place in the list.
  const owned = named.replace(LIST_ITEM, (item: string) => subjectOf(item, input) ?? item);
  return capitalized(owned);
}

/** Every error with its message for people; `input` is the refused value, to name processes by their PIDs. */
export function forPeople(errors: readonly FieldError[], input?: unknown): FieldError[] {
  return errors.map((e) => ({ ...e, message: sayFieldError(e, input) }));
}
