import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure';
import type { MemorySample } from './types';
import './memory.css';

const HEIGHT = 220;

/** Per tick between two samples: the counters are cumulative, so a rate is a difference over the gap. */
function rates(samples: readonly MemorySample[]) {
  return samples.flatMap((s, i) => {
    const prev = samples[i - 1];
    const ticks = prev ? s.tick - prev.tick : 0;
    if (!prev || ticks <= 0) return [];
    return [
      {
        tick: s.tick,
        accesses: (s.translations - prev.translations) / ticks,
        faults: (s.pageFaults - prev.pageFaults) / ticks,
      },
    ];
  });
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * Memory references per tick and page faults per tick over the run: the access rate a teacher points at
 * when locality changes, and the fault rate that rises with it. Dashed line and square markers tell the
 * two apart without colour.
 */
export function AccessMonitor({ samples }: { samples: MemorySample[] }) {
  const data = rates(samples);
  return (
    <ChartFigure
      label="Memory references and page faults per tick"
      columns={['Tick', 'References per tick', 'Page faults per tick']}
      rows={data.map((d) => [d.tick, round(d.accesses), round(d.faults)])}
    >
      {(width) => (
        <LineChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="tick" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} />
          <YAxis allowDecimals />
          <Tooltip />
          <Legend />
          <Line
            dataKey="accesses"
            name="References per tick"
            stroke="#4477AA"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
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
}
