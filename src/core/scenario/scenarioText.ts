// Apart from shareFile.ts, which reads these texts: the page writes them without carrying validation.

/**
 * Largest scenario file read, in characters (UTF-16 code units): 64 Mi, room for the largest workloads
 * validation allows in practice while a mistaken multi-gigabyte file is refused before it is parsed.
 */
export const MAX_FILE_CHARS = 64 * 1024 * 1024;

/**
 * The autosave's text: the share envelope as plain JSON. `scenarioJson` is JSON.stringify of the scenario,
 * made once per scenario so that saving a new tick does not serialize the workload again.
 */
export function autosaveText(scenarioJson: string, tick: number, tab: string): string {
  return `{"v":1,"t":${JSON.stringify(tick)},"w":${JSON.stringify(tab)},"s":${scenarioJson}}`;
}
