import { createHandler } from './handler';
import { postedReplies } from '../protocol';
import { transferables } from './transferables';

const handle = createHandler({ nowMs: () => performance.now() });
/** the idle work's timer: put off again by every message, so it runs only once the page has stopped asking */
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const runIdle = () => {
  idleTimer = handle.idle() ? setTimeout(runIdle, 0) : undefined;
};
self.onmessage = (e: MessageEvent<unknown>) => {
  clearTimeout(idleTimer);
  for (const reply of handle(e.data)) {
    const posted = postedReplies(reply);
    // The buffers travel with the reply itself, the last message.
    posted.forEach((p, i) => self.postMessage(p, { transfer: i === posted.length - 1 ? transferables(reply) : [] }));
  }
  idleTimer = setTimeout(runIdle, 0);
};
