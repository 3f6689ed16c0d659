import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_MARGIN, TICK_AXIS, leftAxisLabel } from './chartAxes';
import { ChartFigure } from './ChartFigure';
import { lastPerTick } from './lastPerTick';
import type { MemorySample } from './types';

const CHART_HEIGHT = 220;
const INK = '#1f4e9e';

export type FragmentationSample = Pick<MemorySample, 'tick' | 'external' | 'freeFrames'>;

/**
 * External fragmentation over time as steps: it changes only when frames are taken, freed or moved, and
 * holds in between. Memoised: a tick change that brings no new sample does not lay the chart out again.
 */
export const FragmentationOverTime = memo(function FragmentationOverTime({
  samples,
}: {
  samples: readonly FragmentationSample[];
}) {
  const points = lastPerTick(samples).map((s) => ({
    tick: s.tick,
    external: Math.round(s.external * 1000) / 10,
    freeFrames: s.freeFrames,
  }));
  return (
    <ChartFigure
      label="External fragmentation over time (%)"
      columns={['Tick', 'External fragmentation (%)', 'Free frames']}
      rows={points.map((p) => [p.tick, p.external, p.freeFrames])}
    >
      {(width) => (
        <LineChart width={width} height={CHART_HEIGHT} data={points} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...TICK_AXIS} />
          <YAxis domain={[0, 100]} unit="%" label={leftAxisLabel('external fragmentation (%)')} />
          <Tooltip />
          <Line
            type="stepAfter"
            dataKey="external"
            name="External fragmentation (%)"
            stroke={INK}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      )}
    </ChartFigure>
  );
});

/** How many holes of each size there are now; `histogram` is [size, count] pairs by size. */
export const HoleSizes = memo(function HoleSizes({ histogram }: { histogram: readonly (readonly [number, number])[] }) {
  const holes = histogram.map(([size, count]) => ({ size, count }));
  return (
    <ChartFigure
      label="Holes by size (frames)"
      columns={['Hole size (frames)', 'Holes']}
      rows={holes.map((h) => [h.size, h.count])}
    >
      {(width) => (
        <BarChart width={width} height={CHART_HEIGHT} data={holes} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="size" label={{ value: 'hole size (frames)', position: 'insideBottom', offset: -4 }} />
          <YAxis allowDecimals={false} label={leftAxisLabel('holes')} />
          <Tooltip />
          <Bar dataKey="count" name="Holes" fill={INK} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFigure>
  );
});
