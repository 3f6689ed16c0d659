import type { SystemState } from './systemState';

/** The system state file's text: indented, so a person can read it, and ending in a newline. */
export function systemStateJson(state: SystemState): string {
  return `${JSON.stringify(state, null, 1)}\n`;
}
