/**
 * The fragment of a link that opens the OSTEP view on a command: `#ostep=` + the command, URI-encoded, and for a
 * command that reads a file, `&file=` + the file's text, URI-encoded.
 */
export const OSTEP_HASH = '#ostep=';
const FILE_PART = '&file=';

/** A link to `command` (and its command file, if any) in the OSTEP view, on the page at `href` (its own fragment dropped). */
export function ostepLinkUrl(href: string, command: string, file = ''): string {
  const withFile = file === '' ? '' : `${FILE_PART}${encodeURIComponent(file)}`;
  return `${href.split('#')[0] as string}${OSTEP_HASH}${encodeURIComponent(command)}${withFile}`;
}

/**
 * The command of an `#ostep=` fragment, or why it is not one: a malformed escape or an empty command (the worker
 * checks the rest, like any typed command).
 */
export function commandOfHash(
  hash: string,
): { ok: true; command: string; file: string } | { ok: false; error: string } {
  if (!hash.startsWith(OSTEP_HASH)) return { ok: false, error: 'not an OSTEP link' };
  // An encoded command or file never holds a bare "&": the first one starts the file.
  const [commandPart = '', filePart = ''] = hash.slice(OSTEP_HASH.length).split(FILE_PART);
  let command: string;
  let file: string;
  try {
    command = decodeURIComponent(commandPart).trim();
    file = decodeURIComponent(filePart);
  } catch {
    return { ok: false, error: 'The OSTEP link is damaged (a malformed %-escape): ask for the link again.' };
  }
  if (command === '')
    return {
      ok: false,
      error: 'The OSTEP link holds no command: it should end in #ostep= and a command such as ./mlfq.py -c.',
    };
  return { ok: true, command, file };
}
