import { replyReceiver, type FromSim, type PostedFromSim, type ToSim } from '../protocol';

/** A request without its id: the client numbers requests itself. */
export type Request = ToSim extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

/** How the store reaches the simulation. Components never use this; only store actions do. */
export interface SimClient {
  request(msg: Request): Promise<FromSim>;
  /** called once if the simulation dies (a worker error); pending requests are rejected */
  onCrash(listener: (message: string) => void): void;
  terminate(): void;
}

/** Shared bookkeeping: ids, pending promises, crash listeners. `send` is how one message leaves. */
export function makeClient(send: (msg: ToSim) => void, stop: () => void) {
  let nextId = 1;
  const pending = new Map<number, { resolve: (m: FromSim) => void; reject: (e: Error) => void }>();
  const listeners: ((message: string) => void)[] = [];
  const client: SimClient = {
    request(msg) {
      const id = nextId++;
      return new Promise<FromSim>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ ...msg, id } as ToSim);
      });
    },
    onCrash: (listener) => void listeners.push(listener),
    terminate: stop,
  };
  return {
    client,
    receive(reply: FromSim): void {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      p.resolve(reply);
    },
    crash(message: string): void {
      for (const p of pending.values()) p.reject(new Error(message));
      pending.clear();
      for (const l of listeners) l(message);
    },
  };
}

/** The real thing: the core in a Web Worker, created only when called (never at import time). */
export function workerClient(): SimClient {
  const worker = new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' });
  const c = makeClient(
    (msg) => worker.postMessage(msg),
    () => worker.terminate(),
  );
  const received = replyReceiver();
  worker.onmessage = (e: MessageEvent<PostedFromSim>) => {
    const reply = received(e.data);
    if (reply) c.receive(reply);
  };
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    c.crash(e.message || 'the simulation worker stopped unexpectedly');
  };
  worker.onmessageerror = () => c.crash('a message from the simulation could not be read');
  return c.client;
}
