import { memo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_MARGIN, TICK_AXIS, leftAxisLabel, legendText, rightAxisLabel } from './chartAxes';
import { ChartFigure } from './ChartFigure';
import { lastPerTick } from './lastPerTick';
import type { MemorySample } from './types';
import './memory.css';

export interface SwapMonitorProps {
  samples: MemorySample[];
  /** swap slots in all, for the occupancy axis */
  slots: number;
}

const HEIGHT = 240;

/**
 * Swap occupancy as steps (it changes only when a page moves) and swap traffic as bars: the samples count
 * swap-ins and swap-outs since the start, and each bar is how many happened since the previous sample,
 * which is what a burst of thrashing looks like. Paul Tol's blue, red and green; the legend names them,
 * and the swap-ins stand left of the swap-outs at each tick.
 */
export const SwapMonitor = memo(function SwapMonitor({ samples, slots }: SwapMonitorProps) {
  const points = lastPerTick(samples);
  const data = points.map((s, i) => {
    const prev = points[i - 1];
    return {
      tick: s.tick,
      swapUsed: s.swapUsed,
      swapIns: s.swapIns - (prev?.swapIns ?? 0),
      swapOuts: s.swapOuts - (prev?.swapOuts ?? 0),
    };
  });
  return (
    <ChartFigure
      label="Swap occupancy and swap traffic over time"
      columns={['Tick', 'Slots in use', 'Swap-ins', 'Swap-outs']}
      rows={data.map((d) => [d.tick, `${d.swapUsed} of ${slots}`, d.swapIns, d.swapOuts])}
    >
      {(width) => (
        <ComposedChart width={width} height={HEIGHT} data={data} margin={CHART_MARGIN} barGap={0}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...TICK_AXIS} />
          <YAxis
            yAxisId="slots"
            domain={[0, Math.max(slots, 1)]}
            allowDecimals={false}
            label={leftAxisLabel('swap slots in use')}
          />
          <YAxis
            yAxisId="events"
            orientation="right"
            allowDecimals={false}
            label={rightAxisLabel('pages moved since last point')}
          />
          <Tooltip />
          <Legend verticalAlign="top" formatter={legendText} />
          <Bar yAxisId="events" dataKey="swapIns" name="Swap-ins" fill="#EE6677" isAnimationActive={false} />
          <Bar yAxisId="events" dataKey="swapOuts" name="Swap-outs" fill="#228833" isAnimationActive={false} />
          <Line
            yAxisId="slots"
            type="stepAfter"
            dataKey="swapUsed"
            name="Slots in use"
            stroke="#4477AA"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </ChartFigure>
  );
});
