import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useApp } from '../app/StoreContext';
import type { AppState } from '../../store/types';
import { CHART_MARGIN, TICK_AXIS, leftAxisLabel, legendText, rightAxisLabel } from '../memory/chartAxes';
import { ChartFigure } from '../memory/ChartFigure';
import { DrawsSamples } from '../memory/DrawsSamples';
import { sizeText } from '../../core/fs/models/sizeText';
import { modelCachePoints, pageCachePoints } from './cacheChartData';

const HEIGHT = 220;
const selectSamples = (s: AppState) => s.fsSamples;

/**
 * The page cache over the run so far: blocks held as steps, and each interval's hits and misses as bars (Paul Tol's
 * blue, green and red, as the memory charts). The worker sends the samples only while this chart is shown.
 */
export function PageCacheChart({ capacity }: { capacity: number }) {
  return (
    <DrawsSamples subsystem="fs">
      <PageCacheSeries capacity={capacity} />
    </DrawsSamples>
  );
}

function PageCacheSeries({ capacity }: { capacity: number }) {
  const data = pageCachePoints(useApp(selectSamples));
  return (
    <ChartFigure
      label="Page cache over time: blocks held, hits and misses"
      columns={['Tick', 'Blocks held', 'Hits', 'Misses']}
      rows={data.map((d) => [d.tick, `${d.held} of ${capacity}`, d.hits, d.misses])}
    >
      {(width) => (
        <ComposedChart width={width} height={HEIGHT} data={data} margin={CHART_MARGIN} barGap={0}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...TICK_AXIS} />
          <YAxis
            yAxisId="held"
            domain={[0, Math.max(capacity, 1)]}
            allowDecimals={false}
            label={leftAxisLabel('blocks held')}
          />
          <YAxis
            yAxisId="reads"
            orientation="right"
            allowDecimals={false}
            label={rightAxisLabel('blocks since last point')}
          />
          <Tooltip />
          <Legend verticalAlign="top" formatter={legendText} />
          <Bar yAxisId="reads" dataKey="hits" name="Hits" fill="#228833" isAnimationActive={false} />
          <Bar yAxisId="reads" dataKey="misses" name="Misses" fill="#EE6677" isAnimationActive={false} />
          <Line
            yAxisId="held"
            type="stepAfter"
            dataKey="held"
            name="Blocks held"
            stroke="#4477AA"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </ChartFigure>
  );
}

/** The model cache over the run so far: bytes held as steps, each interval's hits and misses as bars. */
export function ModelCacheChart({ budget }: { budget: number }) {
  return (
    <DrawsSamples subsystem="fs">
      <ModelCacheSeries budget={budget} />
    </DrawsSamples>
  );
}

function ModelCacheSeries({ budget }: { budget: number }) {
  const data = modelCachePoints(useApp(selectSamples));
  return (
    <ChartFigure
      label="Model cache over time: bytes held, hits and misses"
      columns={['Tick', 'Held', 'Hits', 'Misses']}
      rows={data.map((d) => [d.tick, `${sizeText(d.used)} of ${sizeText(budget)}`, d.hits, d.misses])}
    >
      {(width) => (
        <ComposedChart width={width} height={HEIGHT} data={data} margin={CHART_MARGIN} barGap={0}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...TICK_AXIS} />
          <YAxis
            yAxisId="used"
            domain={[0, Math.max(budget, 1)]}
            tickFormatter={sizeText}
            label={leftAxisLabel('bytes held')}
            width={72}
          />
          <YAxis
            yAxisId="requests"
            orientation="right"
            allowDecimals={false}
            label={rightAxisLabel('requests since last point')}
          />
          <Tooltip formatter={(v, name) => (name === 'Held' ? sizeText(Number(v)) : v)} />
          <Legend verticalAlign="top" formatter={legendText} />
          <Bar yAxisId="requests" dataKey="hits" name="Hits" fill="#228833" isAnimationActive={false} />
          <Bar yAxisId="requests" dataKey="misses" name="Misses" fill="#EE6677" isAnimationActive={false} />
          <Line
            yAxisId="used"
            type="stepAfter"
            dataKey="used"
            name="Held"
            stroke="#4477AA"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </ChartFigure>
  );
}
