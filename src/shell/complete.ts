import { CORRUPTION_NAMES } from '../core/fs/fsOp';
import { MEMORY_TYPES } from '../core/memory/types';
import { PROCESS_TYPES } from '../core/process/types';
import type { ProcessMetrics } from '../core/metrics/metrics';
import { COMMAND_NAMES, findCommand } from './commands';
import { ACCESS_WORDS, tokenize } from './parse';
import type { ArgSpec } from './spec';

export interface Completion {
  /** the line after Tab: unchanged when there is nothing (or nothing more) to add */
  line: string;
  /** what the word could still become, when that is more than one thing; as shown to the user */
  candidates: string[];
}

interface Option {
  value: string;
  label: string;
}

const words = (list: readonly string[]): Option[] => list.map((w) => ({ value: w, label: w }));
const alive = (p: ProcessMetrics) => p.state !== 'TERMINATED';

function optionsFor(spec: ArgSpec, processes: readonly ProcessMetrics[], paths: readonly string[]): Option[] {
  switch (spec.kind) {
    case 'path':
      return words(paths);
    case 'command':
      return words(COMMAND_NAMES);
    case 'memoryType':
      return words(MEMORY_TYPES);
    case 'corruption':
      return words(CORRUPTION_NAMES);
    case 'processType':
      return words(PROCESS_TYPES);
    case 'access':
      return words(ACCESS_WORDS);
    case 'pid':
      return processes
        .filter(spec.offer ?? alive)
        .map((p) => ({ value: String(p.pid), label: `${p.pid} (${p.name})` }));
    default:
      return [];
  }
}

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? '';
  for (const v of values) {
    while (!v.toLowerCase().startsWith(prefix.toLowerCase())) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

/**
 * Tab at the end of `line`: completes a command name in first position, and pids, process and memory
 * types, read/write, command names and the file system's paths where the command's argument takes them. One
 * match completes and adds a space; several extend to their common prefix and are listed.
 */
export function complete(
  line: string,
  processes: readonly ProcessMetrics[],
  paths: readonly string[] = [],
): Completion {
  const none: Completion = { line, candidates: [] };
  const t = tokenize(line);
  if (!t.ok) return none;
  const fresh = line === '' || /\s$/.test(line);
  const position = fresh ? t.tokens.length : t.tokens.length - 1;
  const last = t.tokens[t.tokens.length - 1];
  const prefix = fresh || !last ? '' : last.text;
  // A quoted word is left alone: its text and its spelling in the line differ.
  if (!fresh && last && line.slice(last.start) !== last.text) return none;
  const start = fresh || !last ? line.length : last.start;

  let options: Option[];
  if (position === 0) options = words(COMMAND_NAMES);
  else {
    const spec = findCommand(t.tokens[0]?.text ?? '')?.args[position - 1];
    options = spec ? optionsFor(spec, processes, paths) : [];
  }
  const wanted = (spec: string) => spec.toLowerCase().startsWith(prefix.replace(/^p(?=\d)/i, '').toLowerCase());
  const matches = options.filter((o) => wanted(o.value));
  if (matches.length === 0) return none;
  if (matches.length === 1) return { line: `${line.slice(0, start)}${(matches[0] as Option).value} `, candidates: [] };
  const common = commonPrefix(matches.map((m) => m.value));
  const extended = common.length > prefix.length ? `${line.slice(0, start)}${common}` : line;
  return { line: extended, candidates: matches.map((m) => m.label) };
}
