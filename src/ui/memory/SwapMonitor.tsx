import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure';
import type { MemorySample } from './types';
import './memory.css';

export interface SwapMonitorProps {
  samples: MemorySample[];
  /** swap slots in all, for the occupancy axis */
  slots: number;
}

const HEIGHT = 240;
/**
 * Paul Tol's "bright" blue, red and green; each line also has its own dash pattern and marker shape, so
 * the three differ without colour, and the legend names them.
 */
const LINES = [
  { key: 'swapUsed', label: 'Slots in use', color: '#4477AA', dash: undefined, axis: 'slots' },
  { key: 'swapIns', label: 'Swap-ins per interval', color: '#EE6677', dash: '6 3', axis: 'events' },
  { key: 'swapOuts', label: 'Swap-outs per interval', color: '#228833', dash: '2 2', axis: 'events' },
] as const;

/**
 * Swap occupancy and swap traffic over time. The samples count swap-ins and swap-outs since the start;
 * the chart shows how many happened since the previous sample, which is what a burst of thrashing
 * looks like.
 */
export function SwapMonitor({ samples, slots }: SwapMonitorProps) {
  const data = samples.map((s, i) => {
    const prev = samples[i - 1];
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
        <LineChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="tick" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} />
          <YAxis
            yAxisId="slots"
            domain={[0, Math.max(slots, 1)]}
            allowDecimals={false}
            label={{ value: 'slots', angle: -90, position: 'insideLeft' }}
          />
          <YAxis
            yAxisId="events"
            orientation="right"
            allowDecimals={false}
            label={{ value: 'pages', angle: 90, position: 'insideRight' }}
          />
          <Tooltip />
          <Legend />
          {LINES.map((l, i) => (
            <Line
              key={l.key}
              yAxisId={l.axis}
              dataKey={l.key}
              name={l.label}
              stroke={l.color}
              strokeDasharray={l.dash}
              strokeWidth={2}
              dot={samples.length <= 60 ? { r: 3 + i, strokeWidth: 1 } : false}
              legendType={(['line', 'diamond', 'square'] as const)[i]}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ChartFigure>
  );
}
