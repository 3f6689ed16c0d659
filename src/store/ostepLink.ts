/** The fragment of a link that opens the OSTEP view on a command: `#ostep=` + the command, URI-encoded. */
export const OSTEP_HASH = '#ostep=';

/** A link to `command` in the OSTEP view, on the page at `href` (its own fragment dropped). */
export function ostepLinkUrl(href: string, command: string): string {
  return `${href.split('#')[0] as string}${OSTEP_HASH}${encodeURIComponent(command)}`;
}

/**
 * The command of an `#ostep=` fragment, or why it is not one: a malformed escape or an empty command (the worker
 * checks the rest, like any typed command).
 */
export function commandOfHash(hash: string): { ok: true; command: string } | { ok: false; error: string } {
  if (!hash.startsWith(OSTEP_HASH)) return { ok: false, error: 'not an OSTEP link' };
  let command: string;
  try {
    command = decodeURIComponent(hash.slice(OSTEP_HASH.length)).trim();
  } catch {
    return { ok: false, error: 'The OSTEP link is damaged (a malformed %-escape): ask for the link again.' };
  }
  if (command === '')
    return {
      ok: false,
      error: 'The OSTEP link holds no command: it should end in #ostep= and a command such as ./mlfq.py -c.',
    };
  return { ok: true, command };
}
