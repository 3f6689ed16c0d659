export type Cell = string | number | boolean | null | undefined;

/** Spreadsheet apps run a text cell that starts with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field per RFC 4180: quoted when it holds a comma, a quote, CR or LF, with quotes doubled. Text that
 * a spreadsheet would run as a formula (a process named "=HYPERLINK(...)") gets a leading apostrophe;
 * numbers are written as they are, so negative numbers stay numbers. null/undefined are empty fields.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text: fields joined by commas, records ended by CRLF (RFC 4180). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
