import { exportFileName } from '../../store/exportFileName';
import { exportScale, renderPng } from '../export/renderPng';
import { download } from '../files/download';
import type { CanvasPalette } from '../theme/canvasPalette';
import { drawExport } from './drawExport';
import { exportFrame, keyItems } from './ganttKey';
import type { GanttLayout } from './ganttLayout';
import { ganttSvg } from './ganttSvg';
import type { GanttModel, GanttProcess } from './toGanttRows';

/**
 * PNG and SVG exports of the chart as it is shown (zoom, pan, theme), with `title` above it and the legend
 * below: an image pasted into slides or a report says what it shows. PNG at 2× for slides.
 */
export function ganttExports(opts: {
  model: GanttModel;
  layout: GanttLayout;
  colors: CanvasPalette;
  processes: readonly GanttProcess[];
  label: string;
  title: string;
  cursor?: number;
}): { png: () => Promise<boolean>; svg: () => void } {
  const { model, layout, colors, processes, label, title, cursor } = opts;
  const fileBase = `gantt ${label}`;
  const frame = exportFrame(title, keyItems(model, processes), layout.width, layout.height, layout.scale);
  return {
    async png() {
      const scale = exportScale(layout.width, frame.height);
      const blob = await renderPng(layout.width, frame.height, scale, (ctx) =>
        drawExport(ctx, model, { ...layout, devicePixelRatio: scale }, colors, frame),
      );
      if (blob) download(exportFileName(fileBase, 'png', cursor), blob);
      return blob !== null;
    },
    svg() {
      const svg = ganttSvg(model, layout, colors, `Gantt chart: ${title}`, frame);
      download(exportFileName(fileBase, 'svg', cursor), svg, 'image/svg+xml');
    },
  };
}
