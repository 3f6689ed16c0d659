import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { InfectionData } from '../../protocol';
import { CHART_MARGIN, leftAxisLabel, legendText } from '../memory/chartAxes';
import { ChartFigure } from '../memory/ChartFigure';
import { infectionRows, infectionSummary, seriesKey, seriesLabel } from './infectionModel';
import './networkPanels.css';
import { groupedDigits } from '../../core/groupedDigits';

const HEIGHT = 260;
/**
 * Paul Tol's "bright" colours (colour-blind safe), one per item in turn, each with its own dashes and width so two
 * items that spread alike stay apart (and not by colour alone); the bound is thin dashed grey.
 */
const COLOURS = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377'];
const DASHES = [undefined, '8 4', '3 3', '12 3 3 3'];

/**
 * The gossip infection curve: how many validators held each item after each round since it was made, beside the
 * bound on push gossip's growth and the expected rounds to reach every validator (a line at log_(1+f) N + ln N / f).
 */
export function InfectionCurve({ data }: { data: InfectionData | null }) {
  if (!data)
    return (
      <section className="net-panel" aria-label="Gossip infection curve">
        <p className="muted">
          This network runs no P2P protocol: there is no gossip to chart. Give the scenario's <code>network</code>{' '}
          section a <code>protocol</code> (its fanout, rounds and the items to spread) to see how fast they spread.
        </p>
      </section>
    );
  const rows = infectionRows(data);
  return (
    <section className="net-panel" aria-label="Gossip infection curve">
      <ChartFigure
        label={`Gossip infection curve up to tick ${groupedDigits(data.tick)}: validators holding each item by round`}
        columns={['Round', ...data.items.map(seriesLabel), 'Bound (1 + f)^r']}
        rows={rows.map((r) => [r.round, ...data.items.map((s) => r[seriesKey(s)] ?? '—'), r.bound])}
      >
        {(width) => (
          <ComposedChart width={width} height={HEIGHT} data={rows} margin={CHART_MARGIN}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="round"
              type="number"
              domain={[0, 'dataMax']}
              allowDecimals={false}
              label={{ value: `round (${groupedDigits(data.roundTicks)} ticks)`, position: 'insideBottom', offset: -4 }}
            />
            <YAxis domain={[0, data.validators]} allowDecimals={false} label={leftAxisLabel('validators holding it')} />
            <Tooltip />
            <Legend verticalAlign="top" formatter={legendText} />
            <ReferenceLine
              x={data.theoreticalRounds}
              stroke="#555"
              strokeDasharray="6 3"
              label={{ value: `expected ${data.theoreticalRounds} rounds`, position: 'insideTopRight' }}
            />
            <Line
              type="monotone"
              dataKey="bound"
              name="Bound (1 + f)^r"
              stroke="#999999"
              strokeDasharray="4 4"
              dot={false}
              isAnimationActive={false}
            />
            {data.items.map((s, i) => (
              <Line
                key={s.item}
                type="stepAfter"
                dataKey={seriesKey(s)}
                name={seriesLabel(s)}
                stroke={COLOURS[i % COLOURS.length]}
                strokeDasharray={DASHES[i % DASHES.length]}
                strokeWidth={4 - (i % 3)}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </ComposedChart>
        )}
      </ChartFigure>
      <p className="net-summary">{infectionSummary(data)}</p>
    </section>
  );
}
