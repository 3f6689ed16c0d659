import type { AfsState } from './afsTypes';

/**
 * What holds after every operation, each broken rule in words: the server's callbacks on a file name exactly the
 * clients whose cache holds a valid copy of it, and a valid copy holds the server's value unless its client
 * changed it (dirty).
 */
export function afsInvariantErrors(st: AfsState): string[] {
  const errors: string[] = [];
  for (const f of st.files) {
    const valid = st.clients.flatMap((c, id) => (c.cache.some((e) => e.file === f.name && e.valid) ? [id] : []));
    if (valid.join() !== f.callbacks.join())
      errors.push(`file ${f.name}: callbacks [${f.callbacks.join(', ')}] but valid copies at [${valid.join(', ')}]`);
    for (const id of f.callbacks)
      if (!f.fetchedBy.includes(id)) errors.push(`file ${f.name}: a callback for c${id}, which never fetched it`);
    for (const c of st.clients)
      for (const e of c.cache)
        if (e.file === f.name && e.valid && !e.dirty && e.data !== f.value)
          errors.push(`${c.name}: a valid clean copy of ${f.name} holds ${e.data}, the server ${f.value}`);
  }
  return errors;
}
