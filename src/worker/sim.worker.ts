import { createHandler } from './handler';
import { postedReply } from '../protocol';
import { transferables } from './transferables';

const handle = createHandler({ nowMs: () => performance.now() });
self.onmessage = (e: MessageEvent<unknown>) => {
  for (const reply of handle(e.data)) self.postMessage(postedReply(reply), { transfer: transferables(reply) });
};
