import { clientName } from './afsModel';
import type { AfsMessage, AfsStep } from './afsTypes';

/** `c0`, `c0 and c2`, `c0, c1 and c2` */
function names(ids: readonly number[]): string {
  const n = ids.map(clientName);
  return n.length < 2 ? n.join('') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1] as string}`;
}

/** One client operation in words, for the narration and the CLI alike. */
export function explainAfsStep(s: AfsStep): string {
  const who = clientName(s.client);
  const { file } = s.op;
  const r = s.reason;
  switch (r.kind) {
    case 'open-cached':
      return `${who} opens ${file}: its cached copy (${r.data}) is valid, so no message goes to the server`;
    case 'open-fetch':
      return r.had === 'none'
        ? `${who} opens ${file}: no copy in its cache, so it fetches ${file} from the server (${r.data}), which records a callback for ${who}`
        : `${who} opens ${file}: its copy is invalid (the server broke its callback), so it fetches ${file} again (${r.data}), and the server records a callback once more`;
    case 'read':
      return r.valid
        ? `${who} reads ${file}: ${r.data} from its cached copy, with no message to the server`
        : `${who} reads ${file}: ${r.data} from its cached copy, though its callback was broken: an open file keeps the contents it had until it is closed`;
    case 'write':
      return `${who} writes ${file}: ${r.old} -> ${r.value} in its cached copy only, which is now dirty; the server sees it when ${who} closes the file`;
    case 'close-store': {
      const told =
        r.broken.length === 0
          ? 'no other client has fetched it, so no callback is broken'
          : `the server breaks the callback of ${names(r.broken)}, which fetched it`;
      return `${who} closes ${file}: its copy is dirty, so it stores ${r.value} on the server; ${told}`;
    }
    case 'close-clean':
      return r.dropped
        ? `${who} closes ${file}: nothing to store; the copy was invalid and is no longer open, so it leaves the cache`
        : `${who} closes ${file}: nothing to store, no message; the copy stays in the cache`;
  }
}

/** One message in words: the label of an arrow in the sequence diagram. */
export function explainAfsMessage(m: AfsMessage): string {
  switch (m.kind) {
    case 'fetch':
      return `${m.from} asks the server for ${m.file}`;
    case 'file':
      return `the server sends ${m.file} (${m.value}) to ${m.to} and records a callback`;
    case 'store':
      return `${m.from} stores ${m.file} (${m.value}) on the server`;
    case 'break': {
      const copy = m.held ? 'its copy becomes invalid' : 'it holds no copy';
      return m.promised
        ? `the server breaks ${m.to}'s callback on ${m.file}: ${copy}`
        : `the server breaks ${m.to}'s callback on ${m.file} again (it never forgets a client that fetched the file): ${copy}`;
    }
  }
}
