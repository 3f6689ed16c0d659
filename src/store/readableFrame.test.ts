import { describe, expect, it } from 'vitest';
import { inProcessClient } from './inProcessClient';
import { createAppStore } from './appStore';
import { EVERY_TICK_UP_TO, selectReadableFrame } from './readableFrame';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'a', type: 'AI_INFERENCE', arrival: 0, bursts: [5] }],
};

async function storeAtTick3WithSlowFrameAt0() {
  const store = createAppStore({
    makeClient: () => inProcessClient(),
    frames: { request: () => 0, cancel: () => undefined },
    clockMs: () => 0,
  });
  await store.getState().start();
  await store.getState().load(SCENARIO, 'test');
  const atStart = store.getState().frame;
  await store.getState().seek(3);
  store.setState({ slowFrame: atStart });
  return store;
}

describe('selectReadableFrame', () => {
  it('is every frame paused or playing up to EVERY_TICK_UP_TO ticks/s, the slow frame faster', async () => {
    const store = await storeAtTick3WithSlowFrameAt0();
    const tick = () => selectReadableFrame(store.getState())?.tick;
    expect(tick()).toBe(3);
    store.setState({ playing: true, speed: EVERY_TICK_UP_TO });
    expect(tick()).toBe(3);
    store.setState({ speed: EVERY_TICK_UP_TO + 1 });
    expect(tick()).toBe(0);
    store.setState({ speed: 'max' });
    expect(tick()).toBe(0);
    store.setState({ playing: false });
    expect(tick()).toBe(3);
  });

  it('falls back to the frame when there is no slow frame yet', async () => {
    const store = await storeAtTick3WithSlowFrameAt0();
    store.setState({ playing: true, speed: 'max', slowFrame: null });
    expect(selectReadableFrame(store.getState())?.tick).toBe(3);
  });
});
