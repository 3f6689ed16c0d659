import type { FrameCells } from './toFrameCells';

/**
 * The grid's model for a memory too big to draw frame by frame: one cell per block of `per` frames, in the
 * colour most of the block's frames have (on a tie, a used colour before free, then the lowest palette
 * index), hot when any of its frames is. The palette and its counts stay in frames, so the legend still
 * counts frames. One pass over the frames. `per` 1 gives the model back as it is.
 */
export function blockCells(model: FrameCells, per: number): FrameCells {
  if (per <= 1) return model;
  const cells = Math.ceil(model.frames / per);
  const colour = new Uint16Array(cells);
  const counts = new Uint32Array(model.palette.length);
  // Free (entry 0) ranks last among equals.
  const rank = (c: number) => (c === 0 ? model.palette.length : c);
  for (let b = 0; b < cells; b++) {
    const from = b * per;
    const to = Math.min(model.frames, from + per);
    let best = 0;
    let bestCount = 0;
    for (let f = from; f < to; f++) {
      const c = model.colour[f] as number;
      const n = (counts[c] as number) + 1;
      counts[c] = n;
      if (n > bestCount || (n === bestCount && rank(c) < rank(best))) {
        best = c;
        bestCount = n;
      }
    }
    colour[b] = best;
    for (let f = from; f < to; f++) counts[model.colour[f] as number] = 0;
  }
  return { ...model, frames: cells, colour, heat: blockHeat(model.heat, per), per, pages: null };
}

/** Frame heat as block heat: a block is as hot as its hottest frame. */
export function blockHeat(heat: FrameCells['heat'], per: number): FrameCells['heat'] {
  if (per <= 1) return heat;
  const hottest = new Map<number, number>();
  for (const { frame, strength } of heat) {
    const b = Math.floor(frame / per);
    hottest.set(b, Math.max(hottest.get(b) ?? 0, strength));
  }
  return [...hottest].sort((a, b) => a[0] - b[0]).map(([frame, strength]) => ({ frame, strength }));
}
