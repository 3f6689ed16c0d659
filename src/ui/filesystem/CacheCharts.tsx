import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useApp } from '../app/StoreContext';
import type { AppState } from '../../store/types';
import { CHART_MARGIN, TICK_AXIS, leftAxisLabel, legendText, rightAxisLabel } from '../memory/chartAxes';
import { ChartFigure } from '../memory/ChartFigure';
import { DrawsSamples } from '../memory/DrawsSamples';
import { sizeText } from '../../core/fs/models/sizeText';
import { modelCachePoints, pageCachePoints, type CachePoint } from './cacheChartData';

const HEIGHT = 220;
const selectSamples = (s: AppState) => s.fsSamples;

/**
 * The page cache over the run so far: blocks held as steps, and each interval's hits and misses as bars (Paul Tol's
 * blue, green and red, as the memory charts). The worker sends the samples only while this chart is shown.
 */
export function PageCacheChart({ capacity }: { capacity: number }) {
  return (
    <DrawsSamples subsystem="fs">
      <HeldChart
        what="Page cache"
        points={pageCachePoints}
        bound={capacity}
        held={{ name: 'Blocks held', axis: 'blocks held', text: String }}
        counted="blocks since last point"
      />
    </DrawsSamples>
  );
}

/** The model cache over the run so far: bytes held as steps, each interval's hits and misses as bars. */
export function ModelCacheChart({ budget }: { budget: number }) {
  return (
    <DrawsSamples subsystem="fs">
      <HeldChart
        what="Model cache"
        points={modelCachePoints}
        bound={budget}
        held={{ name: 'Held', axis: 'bytes held', text: sizeText }}
        counted="requests since last point"
      />
    </DrawsSamples>
  );
}

interface HeldChartProps {
  what: string;
  points(samples: AppState['fsSamples']): CachePoint[];
  /** what the cache can hold at most: the top of the left axis */
  bound: number;
  held: { name: string; axis: string; text(n: number): string };
  /** the right axis's caption: what each interval's hits and misses count */
  counted: string;
}

/** A cache's chart: what it holds as steps on the left axis, each interval's hits and misses as bars on the right. */
function HeldChart({ what, points, bound, held, counted }: HeldChartProps) {
  const data = points(useApp(selectSamples));
  return (
    <ChartFigure
      label={`${what} over time: ${held.axis}, hits and misses`}
      columns={['Tick', held.name, 'Hits', 'Misses']}
      rows={data.map((d) => [d.tick, `${held.text(d.held)} of ${held.text(bound)}`, d.hits, d.misses])}
    >
      {(width) => (
        <ComposedChart width={width} height={HEIGHT} data={data} margin={CHART_MARGIN} barGap={0}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...TICK_AXIS} />
          <YAxis
            yAxisId="held"
            domain={[0, Math.max(bound, 1)]}
            allowDecimals={false}
            tickFormatter={held.text}
            label={leftAxisLabel(held.axis)}
            width={72}
          />
          <YAxis yAxisId="counts" orientation="right" allowDecimals={false} label={rightAxisLabel(counted)} />
          <Tooltip formatter={(v, name) => (name === held.name ? held.text(Number(v)) : v)} />
          <Legend verticalAlign="top" formatter={legendText} />
          <Bar yAxisId="counts" dataKey="hits" name="Hits" fill="#228833" isAnimationActive={false} />
          <Bar yAxisId="counts" dataKey="misses" name="Misses" fill="#EE6677" isAnimationActive={false} />
          <Line
            yAxisId="held"
            type="stepAfter"
            dataKey="held"
            name={held.name}
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
