import { LIGHT_CANVAS, type CanvasPalette } from '../theme/canvasPalette';
import { PROCESS_COLORS } from '../theme/processLook';
import { CLASS_COUNT, DISK_CLASS, FILE_CLASS, cellRank, type DiskMapModel } from './diskMapModel';
import type { DiskMapLayout } from './diskMapLayout';

/** The colours of the disk map: the canvas and one per class, as CSS colours (for the legend). */
export interface DiskMapLook {
  background: string;
  classes: string[];
}

/**
 * Metadata in Okabe and Ito's orange and vermillion, the FAT and directories in the theme's greys, apart from the
 * file colours; the selected file in the text colour.
 */
export function diskMapLook(colors: CanvasPalette = LIGHT_CANVAS): DiskMapLook {
  const classes = Array.from({ length: CLASS_COUNT }, () => colors.idle);
  classes[DISK_CLASS.fat] = colors.muted;
  classes[DISK_CLASS.indirect] = '#E69F00';
  classes[DISK_CLASS.extentTree] = '#D55E00';
  classes[DISK_CLASS.directory] = colors.idleHatch;
  classes[DISK_CLASS.selected] = colors.text;
  // The layouts' metadata in Okabe and Ito's blue, yellow and reddish purple; dead log blocks a mid grey.
  classes[DISK_CLASS.inode] = '#0072B2';
  classes[DISK_CLASS.imap] = '#F0E442';
  classes[DISK_CLASS.checkpoint] = '#CC79A7';
  classes[DISK_CLASS.dead] = '#BBBBBB';
  PROCESS_COLORS.forEach((c, i) => (classes[FILE_CLASS + i] = c));
  return { background: colors.background, classes };
}

/**
 * "#rrggbb" (or "#rgb", as a minifier writes CSS colours) as one pixel of ImageData read through a Uint32Array
 * (little-endian: A, B, G, R from the top).
 */
export function pixelOf(colour: string): number {
  const hex = colour.trim();
  const full = hex.length === 4 ? `#${hex.slice(1).replace(/./g, '$&$&')}` : hex;
  const v = Number.parseInt(full.slice(1, 7), 16);
  return ((255 << 24) | ((v & 0xff) << 16) | (v & 0xff00) | ((v >> 16) & 0xff)) >>> 0;
}

/**
 * Draws the map as one ImageData: each cell's pixels written into a Uint32Array, then one putImageData, so
 * 262,144 blocks cost a pass over the pixels instead of a canvas call per block. A cell of several blocks
 * shows the most telling one (cellRank). Pure: everything comes from the arguments.
 */
export function drawDiskMap(
  ctx: CanvasRenderingContext2D,
  model: DiskMapModel,
  layout: DiskMapLayout,
  look: DiskMapLook = diskMapLook(),
): void {
  const { pixelWidth: w, cell, gap, columns, per } = layout;
  const image = ctx.createImageData(w, layout.pixelHeight);
  const pixels = new Uint32Array(image.data.buffer);
  pixels.fill(pixelOf(look.background));
  const colours = Uint32Array.from(look.classes, pixelOf);
  const side = cell - gap;
  const cells = Math.ceil(model.blocks / per);
  const { classes, blocks } = model;
  // Each row of cells is drawn once as its first line of pixels, then copied down the cell's height.
  for (let first = 0, y = 0; first < cells; first += columns, y += cell) {
    const line = y * w;
    const end = Math.min(cells, first + columns);
    for (let c = first, x = line; c < end; c++, x += cell) {
      let cls = classes[c * per] as number;
      const last = per > 1 ? Math.min(blocks, (c + 1) * per) : 0;
      for (let b = c * per + 1; b < last; b++) {
        const other = classes[b] as number;
        if (cellRank(other) > cellRank(cls)) cls = other;
      }
      const colour = colours[cls] as number;
      for (let dx = 0; dx < side; dx++) pixels[x + dx] = colour;
    }
    for (let dy = 1; dy < side; dy++) pixels.copyWithin(line + dy * w, line, line + (end - first) * cell);
  }
  ctx.putImageData(image, 0, 0);
}
