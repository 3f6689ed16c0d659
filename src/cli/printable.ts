/**
 * C0 and C1 control characters, DEL, and the bidirectional overrides and isolates: in a terminal the first can
 * clear the screen or move the cursor, and the last can reorder what is shown, so a process name could forge
 * trace lines. Tabs and newlines count too: a name is one field on one line.
 */
// oxlint-disable-next-line no-control-regex -- matching control characters is what this is for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every unprintable character written as a visible escape (`\x1b`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
