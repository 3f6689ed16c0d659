import { createHandler } from './handler';
import { postedReplies } from '../protocol';
import { transferables } from './transferables';
import { idleAfterQuiet } from './idleWork';

const handle = createHandler({ nowMs: () => performance.now() });
/** put off by every message, so it runs only once the page has stopped asking and has applied the last reply */
const idleWork = idleAfterQuiet(() => handle.idle());
self.onmessage = (e: MessageEvent<unknown>) => {
  for (const reply of handle(e.data)) {
    const posted = postedReplies(reply);
    // The buffers travel with the reply itself, the last message.
    posted.forEach((p, i) => self.postMessage(p, { transfer: i === posted.length - 1 ? transferables(reply) : [] }));
  }
  idleWork.putOff();
};
