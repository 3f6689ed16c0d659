/** Characters XML 1.0 does not allow at all (most C0 controls); removed rather than escaped. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an SVG/XML element or a quoted attribute: user-chosen process names end up here. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** A coordinate with at most two decimals: keeps exported SVGs small and diffable. */
export function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}
