import { PROTOCOL_VERSION } from '../protocol';
import type { SliceContext } from './deps';
import type { SessionSlice } from './types';

export function sessionSlice({ set, get, send, reconnect }: SliceContext): SessionSlice {
  return {
    status: 'starting',
    statusMessage: null,
    async start() {
      const reply = await send({ type: 'hello', protocol: PROTOCOL_VERSION });
      if (!reply) return;
      if (reply.type === 'incompatible') {
        set({
          status: 'incompatible',
          statusMessage: `The simulation speaks protocol ${reply.expected}; this page speaks ${PROTOCOL_VERSION}. Reload the page.`,
        });
        return;
      }
      set({ status: 'ready', statusMessage: null });
      const { scenario, frame, processLanes, charts, networkPanel } = get();
      // A new worker (a restart) learns what the views draw before the scenario comes back.
      if (processLanes || charts.memory > 0 || charts.fs > 0 || networkPanel)
        await send({
          type: 'draw',
          stateLanes: processLanes,
          memorySamples: charts.memory > 0,
          fsSamples: charts.fs > 0,
          networkPanel,
        });
      if (scenario) await get().load(scenario, 'restart', frame?.tick);
    },
    async restart() {
      get().pause();
      reconnect();
      set({ status: 'starting', statusMessage: null });
      await get().start();
    },
  };
}
