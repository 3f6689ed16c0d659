import type { FromSim, WireFrame } from '../protocol';

/** Buffers to move (not copy) across the worker boundary. */
export function transferables(msg: FromSim): ArrayBuffer[] {
  if (msg.type === 'loaded' || msg.type === 'frame' || msg.type === 'operated') {
    return [
      msg.frame.timeline.data.buffer as ArrayBuffer,
      msg.frame.gpuTimeline.data.buffer as ArrayBuffer,
      msg.frame.stateTimeline.data.buffer as ArrayBuffer,
      msg.frame.openStates.buffer as ArrayBuffer,
      msg.frame.processPatch.again.unarrived.buffer as ArrayBuffer,
      msg.frame.processPatch.again.ended.buffer as ArrayBuffer,
      ...memoryBuffers(msg.frame),
      ...(msg.frame.cluster ? [msg.frame.cluster.flights.buffer as ArrayBuffer] : []),
    ];
  }
  if (msg.type === 'compared')
    return msg.entries.flatMap((e) => [e.timeline.buffer as ArrayBuffer, e.gpuTimeline.buffer as ArrayBuffer]);
  return [];
}

/** The memory snapshot's per-frame arrays, moved rather than copied (they are made fresh for each frame). */
function memoryBuffers(frame: WireFrame): ArrayBuffer[] {
  const s = frame.memory?.snapshot;
  return s ? ([s.owner.buffer, s.vpn.buffer, s.type.buffer, s.state.buffer, s.swap.owner.buffer] as ArrayBuffer[]) : [];
}
