import './export.css';
import { useState } from 'react';

interface Props {
  /** returns false when nothing could be exported (no canvas, nothing to draw) */
  onPng(): Promise<boolean>;
  onSvg(): void;
  /** why SVG is not offered (too many shapes); the button is disabled and the note says why */
  svgUnavailable?: string;
}

/**
 * "Export PNG" and "Export SVG" for one chart. Placed inside the chart's labelled group, so the names are
 * unique per chart for assistive technology ("Export PNG, Gantt chart: FIFO schedule").
 */
export function ExportButtons({ onPng, onSvg, svgUnavailable }: Props) {
  const [note, setNote] = useState<string | null>(null);
  const png = async () => {
    setNote(null);
    if (!(await onPng())) setNote('This browser could not draw the image.');
  };
  return (
    <span className="export-buttons">
      <button type="button" onClick={() => void png()}>
        Export PNG
      </button>
      <button type="button" onClick={onSvg} disabled={svgUnavailable !== undefined} title={svgUnavailable}>
        Export SVG
      </button>
      {(note ?? svgUnavailable) && (
        <span className="muted export-note" role="status">
          {note ?? svgUnavailable}
        </span>
      )}
    </span>
  );
}
