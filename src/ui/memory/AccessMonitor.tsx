import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_MARGIN, TICK_AXIS, leftAxisLabel, legendText } from './chartAxes';
import { ChartFigure } from './ChartFigure';
import type { MemorySample } from './types';
import './memory.css';

const HEIGHT = 220;

/**
 * Per tick over each gap between two samples, placed at the gap's start: the counters are cumulative, so a
 * rate is a difference over the gap, and it holds for the ticks that follow the earlier sample.
 */
export function accessRates(samples: readonly MemorySample[]) {
  return samples.flatMap((s, i) => {
    const prev = samples[i - 1];
    const ticks = prev ? s.tick - prev.tick : 0;
    if (!prev || ticks <= 0) return [];
    return [
      {
        tick: prev.tick,
        until: s.tick,
        accesses: (s.translations - prev.translations) / ticks,
        faults: (s.pageFaults - prev.pageFaults) / ticks,
      },
    ];
  });
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * Memory references per tick and page faults per tick over the run, as steps: a rate is constant between
 * two samples, so a sloped line would invent values in between. The last step is closed at the last
 * sample. Dashed line and square markers tell the two apart without colour.
 */
export const AccessMonitor = memo(function AccessMonitor({ samples }: { samples: MemorySample[] }) {
  const rates = accessRates(samples);
  const last = rates[rates.length - 1];
  const data = last ? [...rates, { ...last, tick: last.until }] : rates;
  return (
    <ChartFigure
      label="Memory references and page faults per tick"
      columns={['From tick', 'To tick', 'References per tick', 'Page faults per tick']}
      rows={rates.map((d) => [d.tick, d.until, round(d.accesses), round(d.faults)])}
    >
      {(width) => (
        <LineChart width={width} height={HEIGHT} data={data} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...TICK_AXIS} />
          <YAxis allowDecimals label={leftAxisLabel('events per tick')} />
          <Tooltip />
          <Legend verticalAlign="top" formatter={legendText} />
          <Line
            type="stepAfter"
            dataKey="accesses"
            name="References per tick"
            stroke="#4477AA"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="faults"
            name="Page faults per tick"
            stroke="#EE6677"
            strokeDasharray="6 3"
            strokeWidth={2}
            dot={false}
            legendType="square"
            isAnimationActive={false}
          />
        </LineChart>
      )}
    </ChartFigure>
  );
});
