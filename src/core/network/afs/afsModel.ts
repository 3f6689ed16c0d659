import {
  AFS_SERVER,
  type AfsCacheEntry,
  type AfsClient,
  type AfsMessage,
  type AfsOp,
  type AfsReason,
  type AfsRefusal,
  type AfsServerFile,
  type AfsState,
  type AfsStep,
  type AfsValue,
} from './afsTypes';

/** afs.py names files by letter, so at most 26. */
export const MAX_AFS_FILES = 26;

export const fileName = (i: number): string => String.fromCharCode(97 + i);
export const clientName = (i: number): string => `c${i}`;

/** A server holding `files` files (a, b, ...; file i holds the value i) and `clients` clients with empty caches. */
export function createAfs(files: number, clients: number): AfsState {
  return {
    tick: 0,
    files: Array.from({ length: files }, (_, i) => ({ name: fileName(i), value: i, callbacks: [], fetchedBy: [] })),
    clients: Array.from({ length: clients }, (_, i) => ({
      name: clientName(i),
      cache: [],
      hits: 0,
      misses: 0,
      invalidates: 0,
      reads: 0,
      writes: 0,
    })),
    nextValue: files,
    gets: 0,
    puts: 0,
  };
}

export type AfsApplied = { ok: true; state: AfsState; step: AfsStep } | { ok: false; refusal: AfsRefusal };

const refuse = (code: AfsRefusal['code'], message: string): AfsApplied => ({ ok: false, refusal: { code, message } });

/*
 * A client or a cache entry with some fields changed, as a literal in its type's order: the same object a spread
 * makes (the state keeps no other fields), made several times faster than a spread that overrides fields.
 */
const clientWith = (c: AfsClient, change: Partial<AfsClient>): AfsClient => ({
  name: c.name,
  cache: change.cache ?? c.cache,
  hits: change.hits ?? c.hits,
  misses: change.misses ?? c.misses,
  invalidates: change.invalidates ?? c.invalidates,
  reads: change.reads ?? c.reads,
  writes: change.writes ?? c.writes,
});

const entryWith = (e: AfsCacheEntry, change: Partial<AfsCacheEntry>): AfsCacheEntry => ({
  file: e.file,
  data: change.data ?? e.data,
  valid: change.valid ?? e.valid,
  dirty: change.dirty ?? e.dirty,
  refcnt: change.refcnt ?? e.refcnt,
});

/** ids in client order with `id` added once */
const withId = (ids: readonly number[], id: number): number[] =>
  ids.includes(id) ? [...ids] : [...ids, id].sort((x, y) => x - y);

/** The cache with `entry` in the place of its file, or at the end when it was not there (a dictionary's order). */
function putEntry(cache: readonly AfsCacheEntry[], entry: AfsCacheEntry): AfsCacheEntry[] {
  const at = cache.findIndex((e) => e.file === entry.file);
  return at < 0 ? [...cache, entry] : cache.map((e, i) => (i === at ? entry : e));
}

function replaceAt<T>(xs: readonly T[], at: number, x: T): T[] {
  return xs.map((y, i) => (i === at ? x : y));
}

/**
 * One client operation, as afs.py does it: open fetches the whole file unless the cache holds a valid copy (the
 * server then records a callback); read and write use the cached copy only; close stores a dirty copy on the
 * server, which breaks the callback of every other client it knows fetched the file. Pure: the state given is
 * not changed, and a refused operation (a client or file that does not exist, an operation on a file the cache
 * does not hold) changes nothing.
 */
export function applyAfs(st: AfsState, client: number, op: AfsOp): AfsApplied {
  const c = st.clients[client];
  if (!c) return refuse('EINVAL', `there is no client ${client}: the clients are c0 to c${st.clients.length - 1}`);
  const fileAt = st.files.findIndex((f) => f.name === op.file);
  const f = st.files[fileAt];
  const entry = c.cache.find((e) => e.file === op.file);
  if (op.kind === 'open') {
    if (entry?.valid) {
      const cache = putEntry(c.cache, entryWith(entry, { refcnt: entry.refcnt + 1 }));
      return done(
        st,
        client,
        op,
        clientWith(c, { cache, hits: c.hits + 1 }),
        {},
        { kind: 'open-cached', data: entry.data },
        [],
      );
    }
    if (!f) return refuse('ENOENT', `${c.name} opens ${op.file}: the server has no file ${op.file}`);
    const { tick } = st;
    const file = f.name;
    return done(
      st,
      client,
      op,
      fetchedClient(c, f.name, f.value),
      { files: replaceAt(st.files, fileAt, servedFetch(f, client)), gets: st.gets + 1 },
      { kind: 'open-fetch', data: f.value, had: entry ? 'invalid' : 'none' },
      [
        { tick, file, from: c.name, to: AFS_SERVER, kind: 'fetch' },
        { tick, file, from: AFS_SERVER, to: c.name, kind: 'file', value: f.value },
      ],
    );
  }
  if (!entry)
    return refuse(
      'EBADF',
      `${c.name} ${op.kind}s ${op.file} (fd ${op.fd}): its cache holds no copy of ${op.file} (it has not opened it, or closed it and dropped the copy)`,
    );
  switch (op.kind) {
    case 'read':
      return done(
        st,
        client,
        op,
        clientWith(c, { reads: c.reads + 1 }),
        {},
        { kind: 'read', data: entry.data, valid: entry.valid },
        [],
      );
    case 'write': {
      const value = st.nextValue;
      const cache = putEntry(c.cache, entryWith(entry, { data: value, dirty: true }));
      const reason: AfsReason = { kind: 'write', old: entry.data, value, valid: entry.valid };
      return done(st, client, op, clientWith(c, { cache, writes: c.writes + 1 }), { nextValue: value + 1 }, reason, []);
    }
    case 'close':
      return entry.dirty && f ? closeStoring(st, client, op, entry, fileAt, f) : closeClean(st, client, op, entry);
  }
}

/** The reference dropped; an invalid copy no one has open leaves the cache (afs.py's checkvalid). */
function released(cache: readonly AfsCacheEntry[], entry: AfsCacheEntry): { cache: AfsCacheEntry[]; dropped: boolean } {
  const after = entryWith(entry, { refcnt: entry.refcnt - 1 });
  if (!after.valid && after.refcnt === 0) return { cache: cache.filter((e) => e.file !== entry.file), dropped: true };
  return { cache: putEntry(cache, after), dropped: false };
}

function closeClean(st: AfsState, client: number, op: AfsOp, entry: AfsCacheEntry): AfsApplied {
  const c = st.clients[client] as AfsClient;
  const { cache, dropped } = released(c.cache, entry);
  return done(st, client, op, clientWith(c, { cache }), {}, { kind: 'close-clean', dropped }, []);
}

function closeStoring(
  st: AfsState,
  client: number,
  op: AfsOp,
  entry: AfsCacheEntry,
  fileAt: number,
  f: AfsServerFile,
): AfsApplied {
  const c = st.clients[client] as AfsClient;
  const { tick } = st;
  const name = f.name;
  const messages: AfsMessage[] = [{ tick, file: name, from: c.name, to: AFS_SERVER, kind: 'store', value: entry.data }];
  const clients = [...st.clients];
  const { file, broken } = storedFile(f, client, entry.data);
  for (const id of broken) {
    const other = clients[id] as AfsClient;
    const { client: after, held } = brokenClient(other, f.name);
    messages.push({
      tick,
      file: name,
      from: AFS_SERVER,
      to: other.name,
      kind: 'break',
      promised: f.callbacks.includes(id),
      held,
    });
    clients[id] = after;
  }
  clients[client] = storedClient(c, entry);
  const reason: AfsReason = { kind: 'close-store', value: entry.data, broken };
  return {
    ok: true,
    state: {
      tick: st.tick + 1,
      files: replaceAt(st.files, fileAt, file),
      clients,
      nextValue: st.nextValue,
      gets: st.gets,
      puts: st.puts + 1,
    },
    step: { tick: st.tick, client, op, reason, messages },
  };
}

/*
 * The halves of a fetch and a store, each the part one side does: afs.py does both at once (`applyAfs`), the
 * cluster when each message arrives (afsCluster.ts).
 */

/** The server sends the file: it records a callback for the client, and that the client fetched it. */
export function servedFetch(f: AfsServerFile, client: number): AfsServerFile {
  return {
    name: f.name,
    value: f.value,
    callbacks: withId(f.callbacks, client),
    fetchedBy: withId(f.fetchedBy, client),
  };
}

/**
 * The whole file reaches the client: a valid clean copy, opened once (afs.py sets the count to 1 even over an
 * invalid copy still open, which it counts as a hit).
 */
export function fetchedClient(c: AfsClient, file: string, value: AfsValue): AfsClient {
  const counted = c.cache.some((e) => e.file === file) ? { hits: c.hits + 1 } : { misses: c.misses + 1 };
  return clientWith(c, {
    cache: putEntry(c.cache, { file, data: value, valid: true, dirty: false, refcnt: 1 }),
    ...counted,
  });
}

/**
 * The server takes a stored value: the writer holds the only callback, and every other client that ever fetched
 * the file is to have its callback broken (`broken`, in client order).
 */
export function storedFile(
  f: AfsServerFile,
  client: number,
  value: AfsValue,
): { file: AfsServerFile; broken: number[] } {
  return {
    file: { name: f.name, value, callbacks: [client], fetchedBy: f.fetchedBy },
    broken: f.fetchedBy.filter((id) => id !== client),
  };
}

/** A callback break reaches a client: its copy, if it holds one, becomes invalid. */
export function brokenClient(c: AfsClient, file: string): { client: AfsClient; held: boolean } {
  const held = c.cache.find((e) => e.file === file);
  if (!held) return { client: c, held: false };
  return {
    client: clientWith(c, {
      cache: putEntry(c.cache, entryWith(held, { valid: false })),
      invalidates: c.invalidates + 1,
    }),
    held: true,
  };
}

/** The store is done: the writer's copy is now the server's, clean, valid and under a callback again; closed once. */
export function storedClient(c: AfsClient, entry: AfsCacheEntry): AfsClient {
  return clientWith(c, { cache: released(c.cache, entryWith(entry, { dirty: false, valid: true })).cache });
}

function done(
  st: AfsState,
  client: number,
  op: AfsOp,
  c: AfsClient,
  server: Partial<Pick<AfsState, 'files' | 'gets' | 'nextValue'>>,
  reason: AfsReason,
  messages: AfsMessage[],
): AfsApplied {
  // a literal in AfsState's order rather than spreads: the same object, made several times faster
  const state: AfsState = {
    tick: st.tick + 1,
    files: server.files ?? st.files,
    clients: replaceAt(st.clients, client, c),
    nextValue: server.nextValue ?? st.nextValue,
    gets: server.gets ?? st.gets,
    puts: st.puts,
  };
  return { ok: true, state, step: { tick: st.tick, client, op, reason, messages } };
}
