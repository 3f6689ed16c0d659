import { createHandler } from './handler';
import { transferables } from './transferables';

const handle = createHandler({ nowMs: () => performance.now() });
self.onmessage = (e: MessageEvent<unknown>) => {
  for (const reply of handle(e.data)) self.postMessage(reply, { transfer: transferables(reply) });
};
