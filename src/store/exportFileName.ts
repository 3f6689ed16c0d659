/** "bcos-gantt-fifo-schedule-tick-12.png": lower-case words joined by hyphens, safe on every file system. */
export function exportFileName(what: string, ext: string, tick?: number): string {
  const slug = what
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `bcos-${slug || 'export'}${tick === undefined ? '' : `-tick-${tick}`}.${ext}`;
}
