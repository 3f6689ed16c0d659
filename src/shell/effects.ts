import type { OperationRequest } from '../protocol';
import { scenarioPids } from './pids';
import { fail, out, refusalText, type CommandResult, type ShellHost } from './host';

/** Narration lines as the narration panel writes them. */
export const narrationText = (l: { tick: number; text: string }): string => `t=${l.tick} · ${l.text}`;

/** An operation at the current tick, answered by the simulation's own narration or its refusal. */
export async function operateAndTell(
  host: ShellHost,
  command: string,
  request: OperationRequest,
  done: string,
): Promise<CommandResult> {
  const operated = await host.operate(request);
  if (!operated.ok) return fail(`${command}: ${refusalText(operated)}`);
  return out(done, ...operated.narration.map(narrationText));
}

/** Known pids in a short phrase: "1, 2, 3" or "1–40". */
function pidsPhrase(pids: readonly number[]): string {
  const sorted = [...pids].sort((a, b) => a - b);
  if (sorted.length === 0) return 'there are none';
  if (sorted.length <= 12) return `known: ${sorted.join(', ')}`;
  return `known: ${sorted[0]}–${sorted[sorted.length - 1]}`;
}

/** A refusal when the scenario has no process `pid` (including those its operations create later), else null. */
export function unknownPid(host: ShellHost, command: string, pid: number): CommandResult | null {
  const scenario = host.view().scenario;
  const pids = scenario ? scenarioPids(scenario) : [];
  return pids.includes(pid) ? null : fail(`${command}: there is no process P${pid} (${pidsPhrase(pids)})`);
}

/** A refusal when memory management is off, else null. */
export function memoryOff(host: ShellHost, command: string): CommandResult | null {
  return host.view().scenario?.memory
    ? null
    : fail(
        `${command}: memory management is off in this scenario (${host.front === 'browser' ? 'turn it on in the Memory tab' : 'add a memory section to the scenario file'})`,
      );
}
