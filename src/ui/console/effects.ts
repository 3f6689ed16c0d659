import type { OperationRequest } from '../../worker/protocol';
import type { NarrationLine } from '../../worker/protocol';
import { scenarioPids } from '../workload/processDraft';
import { fail, out, type CommandResult, type ConsoleHost } from './host';

/** Narration lines as the narration panel writes them. */
export const narrationText = (l: { tick: number; text: string }): string => `t=${l.tick} · ${l.text}`;

const key = (l: NarrationLine): string => `${l.tick}|${l.kind}|${l.pid}|${l.text}`;

/**
 * The narration lines `after` has that `before` did not, from tick `since` on (multiset difference). An
 * operation re-makes the run from the current tick, so its own lines can come before lines `before` already
 * had at that tick: "what follows the old last line" would miss them.
 */
export function narrationSince(
  before: readonly NarrationLine[],
  after: readonly NarrationLine[],
  since: number,
): NarrationLine[] {
  const seen = new Map<string, number>();
  for (const l of before) if (l.tick >= since) seen.set(key(l), (seen.get(key(l)) ?? 0) + 1);
  return after.filter((l) => {
    if (l.tick < since) return false;
    const n = seen.get(key(l)) ?? 0;
    if (n > 0) seen.set(key(l), n - 1);
    return n === 0;
  });
}

/** The narration lines a move forward (or a jump) added: those after the old last line, or after its tick. */
export function freshNarration(before: readonly NarrationLine[], after: readonly NarrationLine[]): NarrationLine[] {
  const last = before[before.length - 1];
  if (!last) return after.slice();
  for (let i = after.length - 1; i >= 0; i--) {
    if (key(after[i] as NarrationLine) === key(last)) return after.slice(i + 1);
  }
  return narrationSince(before, after, last.tick);
}

/** Runs `act`, then prints what the narration gained meanwhile (or `quiet` when it gained nothing). */
export async function narrated(host: ConsoleHost, act: () => Promise<unknown>, quiet: string): Promise<CommandResult> {
  const before = host.view().frame?.narration ?? [];
  await act();
  const fresh = freshNarration(before, host.view().frame?.narration ?? []);
  return fresh.length > 0 ? out(...fresh.map(narrationText)) : out(quiet);
}

/** An operation at the current tick, answered by the simulation's own narration or its refusal. */
export async function operateAndTell(
  host: ConsoleHost,
  command: string,
  request: OperationRequest,
  done: string,
): Promise<CommandResult> {
  const before = host.view().frame?.narration ?? [];
  const tick = host.view().frame?.tick ?? 0;
  const refusal = await host.operate(request);
  if (refusal !== null) return fail(`${command}: ${refusal}`);
  const fresh = narrationSince(before, host.view().frame?.narration ?? [], tick);
  return out(done, ...fresh.map(narrationText));
}

/** Known pids in a short phrase: "1, 2, 3" or "1–40". */
function pidsPhrase(pids: readonly number[]): string {
  const sorted = [...pids].sort((a, b) => a - b);
  if (sorted.length === 0) return 'there are none';
  if (sorted.length <= 12) return `known: ${sorted.join(', ')}`;
  return `known: ${sorted[0]}–${sorted[sorted.length - 1]}`;
}

/** A refusal when the scenario has no process `pid` (including those its operations create later), else null. */
export function unknownPid(host: ConsoleHost, command: string, pid: number): CommandResult | null {
  const scenario = host.view().scenario;
  const pids = scenario ? scenarioPids(scenario) : [];
  return pids.includes(pid) ? null : fail(`${command}: there is no process P${pid} (${pidsPhrase(pids)})`);
}

/** A refusal when memory management is off, else null. */
export function memoryOff(host: ConsoleHost, command: string): CommandResult | null {
  return host.view().scenario?.memory
    ? null
    : fail(`${command}: memory management is off in this scenario (turn it on in the Memory tab)`);
}
