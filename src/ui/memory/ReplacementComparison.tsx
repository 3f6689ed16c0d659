import { useId, useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure';
import { formatPercent } from './formatBytes';
import { parseFrameCount, parseReferences } from './parseReferences';
import { ReplacementSteps } from './ReplacementSteps';
import { TextField } from './TextField';
import './memory.css';

export interface PolicyResult {
  policy: string;
  hits: number;
  misses: number;
  /** hits ÷ references, 0..1 */
  hitRate: number;
  /** per reference: the page, whether it hit, the page evicted, and the frames' contents after it */
  steps: { ref: number; hit: boolean; victim: number | null; frames: (number | null)[] }[];
}

export interface ReplacementComparisonProps {
  onCompare(refs: number[], frames: number): Promise<PolicyResult[]>;
}

interface Run {
  frames: number;
  results: PolicyResult[];
}

/** Belady's example: FIFO faults 9 times with 3 frames and 10 times with 4. */
const BELADY = { refs: '1 2 3 4 1 2 5 1 2 3 4 5', frames: [3, 4] } as const;
/** Tol's bright blue and yellow; the second run's bars are also outlined dark, so the two differ without colour. */
const RUN_LOOK = [
  { fill: '#4477AA', stroke: '#4477AA' },
  { fill: '#CCBB44', stroke: '#1b1b1f' },
] as const;

/** Policies that fault more with more frames, as sentences: the anomaly in words. */
function anomalies([small, large]: Run[]): string[] {
  if (!small || !large) return [];
  return small.results.flatMap((a) => {
    const b = large.results.find((r) => r.policy === a.policy);
    return b && b.misses > a.misses
      ? [`${a.policy}: ${a.misses} misses with ${small.frames} frames but ${b.misses} with ${large.frames}.`]
      : [];
  });
}

/**
 * Runs one reference string through every replacement policy (the core does the work) and compares them:
 * a table with the best marked in words, a bar chart of misses, and any policy's step-by-step frame table.
 * The Belady preset runs the classic string with 3 and then 4 frames to show the anomaly.
 */
export function ReplacementComparison({ onCompare }: ReplacementComparisonProps) {
  const id = useId();
  const [refsText, setRefsText] = useState('7 0 1 2 0 3 0 4 2 3 0 3 2');
  const [framesText, setFramesText] = useState('3');
  const [errors, setErrors] = useState<{ refs?: string; frames?: string }>({});
  const [runs, setRuns] = useState<Run[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [chosen, setChosen] = useState({ run: 0, policy: '' });

  const run = async (refs: number[], frameCounts: readonly number[]) => {
    setPending(true);
    setFailure(null);
    try {
      const next: Run[] = [];
      for (const frames of frameCounts) next.push({ frames, results: await onCompare(refs, frames) });
      setRuns(next);
      setChosen({ run: 0, policy: next[0]?.results[0]?.policy ?? '' });
    } catch (err) {
      setFailure(`The comparison could not be run: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setPending(false);
    }
  };
  const compare = (e: FormEvent) => {
    e.preventDefault();
    const refs = parseReferences(refsText);
    const frames = parseFrameCount(framesText);
    setErrors({ refs: refs.ok ? undefined : refs.message, frames: frames.ok ? undefined : frames.message });
    if (refs.ok && frames.ok) void run(refs.value, [frames.value]);
  };
  const belady = () => {
    setRefsText(BELADY.refs);
    setFramesText(String(BELADY.frames[0]));
    setErrors({});
    void run(BELADY.refs.split(' ').map(Number), BELADY.frames);
  };

  const policies = runs[0]?.results.map((r) => r.policy) ?? [];
  const chartRows = policies.map((policy) =>
    Object.fromEntries([
      ['policy', policy],
      ...runs.map((r, i) => [`run${i}`, r.results.find((x) => x.policy === policy)?.misses ?? 0]),
    ]),
  );
  const shownRun = runs[chosen.run];
  const shownResult = shownRun?.results.find((r) => r.policy === chosen.policy);
  const notes = anomalies(runs);

  return (
    <section className="replacement-comparison" aria-label="Compare page-replacement policies">
      <form className="memory-form" onSubmit={compare} noValidate aria-label="Reference string and frames">
        <TextField
          id={`${id}-refs`}
          label="Reference string"
          value={refsText}
          onChange={setRefsText}
          hint="page numbers, separated by spaces or commas"
          error={errors.refs}
          size={36}
        />
        <TextField
          id={`${id}-frames`}
          label="Frames"
          value={framesText}
          onChange={setFramesText}
          hint="1–16"
          error={errors.frames}
          size={4}
        />
        <button type="submit" className="primary" disabled={pending}>
          Compare
        </button>
        <button type="button" onClick={belady} disabled={pending}>
          Belady&apos;s anomaly
        </button>
        {failure && (
          <p className="memory-message error" role="alert">
            {failure}
          </p>
        )}
      </form>
      {runs.map((r) => (
        <ResultsTable key={r.frames} run={r} />
      ))}
      {runs.length === 2 && (
        <p className="memory-message" aria-live="polite">
          {notes.length > 0
            ? `Belady's anomaly — more frames, more faults. ${notes.join(' ')}`
            : 'No policy faults more with more frames here.'}
        </p>
      )}
      {runs.length > 0 && (
        <ChartFigure
          label="Misses per policy (fewer is better)"
          columns={['Policy', ...runs.map((r) => `Misses with ${r.frames} frames`)]}
          rows={chartRows.map((row) => [row.policy as string, ...runs.map((_, i) => row[`run${i}`] as number)])}
        >
          {(width) => (
            <BarChart width={width} height={220} data={chartRows} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="policy" interval={0} tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {runs.map((r, i) => (
                <Bar
                  key={r.frames}
                  dataKey={`run${i}`}
                  name={`${r.frames} frames`}
                  fill={RUN_LOOK[i % 2]?.fill}
                  stroke={RUN_LOOK[i % 2]?.stroke}
                  strokeWidth={2}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          )}
        </ChartFigure>
      )}
      {runs.length > 0 && (
        <div className="memory-toolbar">
          <label>
            Step table for{' '}
            <select value={chosen.policy} onChange={(e) => setChosen((c) => ({ ...c, policy: e.target.value }))}>
              {policies.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          {runs.length > 1 && (
            <label>
              with{' '}
              <select value={chosen.run} onChange={(e) => setChosen((c) => ({ ...c, run: Number(e.target.value) }))}>
                {runs.map((r, i) => (
                  <option key={r.frames} value={i}>
                    {r.frames} frames
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      {shownRun && shownResult && <ReplacementSteps result={shownResult} frames={shownRun.frames} />}
    </section>
  );
}

function ResultsTable({ run }: { run: Run }) {
  const best = Math.max(...run.results.map((r) => r.hitRate));
  return (
    <table className="memory-table replacement-results">
      <caption>Policies with {run.frames} frames</caption>
      <thead>
        <tr>
          <th scope="col">Policy</th>
          <th scope="col">Hits</th>
          <th scope="col">Misses</th>
          <th scope="col">Hit rate</th>
        </tr>
      </thead>
      <tbody>
        {run.results.map((r) => (
          <tr key={r.policy}>
            <th scope="row">
              {r.policy}
              {r.hitRate === best && (
                <>
                  {' '}
                  <span aria-hidden="true">★</span> best
                </>
              )}
            </th>
            <td>{r.hits}</td>
            <td>{r.misses}</td>
            <td>{formatPercent(r.hitRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
