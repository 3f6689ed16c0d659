/**
 * Axis captions for the memory charts: every axis says what it counts and in which unit. Recharts takes
 * the caption as a `label` object; these keep the placement the same on every chart.
 */
const TICK_AXIS_LABEL = { value: 'time (ticks)', position: 'insideBottom', offset: -4 } as const;

/** The time axis every memory chart shares: whole ticks from the first point to the last, captioned. */
export const TICK_AXIS = {
  dataKey: 'tick',
  type: 'number',
  domain: ['dataMin', 'dataMax'],
  allowDecimals: false,
  label: TICK_AXIS_LABEL,
} as const;

export function leftAxisLabel(value: string) {
  return { value, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } } as const;
}

export function rightAxisLabel(value: string) {
  return { value, angle: 90, position: 'insideRight', style: { textAnchor: 'middle' } } as const;
}

/** Room for the captions: below the tick axis and beside each value axis. */
export const CHART_MARGIN = { top: 8, right: 16, bottom: 18, left: 12 } as const;

/** Legend entries in the page's text colour (recharts paints them in the series colour, too faint for text). */
export function legendText(value: string) {
  return <span className="memory-legend-text">{value}</span>;
}
