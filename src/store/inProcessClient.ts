import { createHandler } from '../worker/handler';
import { makeClient, type SimClient } from './client';

// Apart from client.ts: the page imports the worker's client only, and the handler here brings the whole core.

/** The same handler in this thread, replying asynchronously like a worker: for tests and for the CLI. */
export function inProcessClient(nowMs: () => number = () => 0): SimClient & { crash(message: string): void } {
  const handle = createHandler({ nowMs });
  let alive = true;
  const c = makeClient(
    (msg) => {
      queueMicrotask(() => {
        if (!alive) return;
        for (const reply of handle(structuredClone(msg))) c.receive(reply);
      });
    },
    () => {
      alive = false;
    },
  );
  return { ...c.client, crash: c.crash };
}
