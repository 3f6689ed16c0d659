import { useLayoutEffect, useMemo, useRef } from 'react';
import { useBoxSize } from '../stage/useBoxSize';
import { useCanvasPalette } from '../theme/useCanvasPalette';
import { DiskMapLegend } from './DiskMapLegend';
import { toDiskMap, type DiskBlocks } from './diskMapModel';
import { blockAt, diskMapLayout } from './diskMapLayout';
import { diskMapLook, drawDiskMap } from './drawDiskMap';
import './allocation.css';

export interface DiskMapProps {
  /** the blocks to show: their kinds and owners (an AllocDisk from the core has both) */
  disk: DiskBlocks;
  /** the inode whose blocks are highlighted, or null */
  selected: number | null;
  /** the map's accessible name ("Disk map: extents") */
  label: string;
  /** the map in words for a screen reader: what is used, by what, what is free */
  summary: string;
  /** the block under the pointer (the first of its cell), null when it leaves the blocks */
  onHoverBlock?(block: number | null): void;
  /** a block was clicked */
  onSelectBlock?(block: number): void;
  /** blocks per row, when the map has rows of its own (a cylinder group, a log segment), if they fit */
  row?: number;
}

const FALLBACK = { width: 320, height: 180 };

/**
 * A disk's blocks on a canvas that fills its box: free space, metadata and each file's data in their
 * colours, the selected file's blocks highlighted. The pixels come from drawDiskMap over toDiskMap; the
 * picture's text alternative is the summary (the canvas's name) and the legend under it.
 */
export function DiskMap({ disk, selected, label, summary, onHoverBlock, onSelectBlock, row }: DiskMapProps) {
  const [boxRef, box] = useBoxSize<HTMLDivElement>(FALLBACK, true);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const palette = useCanvasPalette();
  const look = useMemo(() => diskMapLook(palette), [palette]);
  const model = useMemo(() => toDiskMap(disk, selected), [disk, selected]);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const layout = useMemo(() => diskMapLayout(model.blocks, box, dpr, row), [model.blocks, box, dpr, row]);

  useLayoutEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) drawDiskMap(ctx, model, layout, look);
  }, [model, layout, look]);

  const pointAt = (e: { currentTarget: HTMLCanvasElement; clientX: number; clientY: number }): number | null => {
    const rect = e.currentTarget.getBoundingClientRect();
    return blockAt(layout, e.clientX - rect.left, e.clientY - rect.top);
  };

  return (
    <div className="disk-map" role="group" aria-label={label}>
      <div className="disk-map-box" ref={boxRef}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={summary}
          width={layout.pixelWidth}
          height={layout.pixelHeight}
          style={{ width: layout.width, height: layout.height }}
          onPointerMove={onHoverBlock && ((e) => onHoverBlock(pointAt(e)))}
          onPointerLeave={onHoverBlock && (() => onHoverBlock(null))}
          onClick={
            onSelectBlock &&
            ((e) => {
              const block = pointAt(e);
              if (block !== null) onSelectBlock(block);
            })
          }
        />
      </div>
      <DiskMapLegend model={model} look={look} per={layout.per} />
    </div>
  );
}
