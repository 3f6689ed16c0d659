import { createHandler } from './handler';
import { postedReplies } from '../protocol';
import { transferables } from './transferables';

const handle = createHandler({ nowMs: () => performance.now() });
self.onmessage = (e: MessageEvent<unknown>) => {
  for (const reply of handle(e.data)) {
    const posted = postedReplies(reply);
    // The buffers travel with the reply itself, the last message.
    posted.forEach((p, i) => self.postMessage(p, { transfer: i === posted.length - 1 ? transferables(reply) : [] }));
  }
};
