/**
 * A word as commandWords() reads it back: bare when it is plain, else in the quotes it does not contain
 * (commandWords has no escapes, so a word with both kinds of quote cannot be written).
 */
export function shellWord(w: string): string {
  if (/^[\w,:.+\-=/%@]+$/.test(w)) return w;
  return w.includes("'") ? `"${w}"` : `'${w}'`;
}
