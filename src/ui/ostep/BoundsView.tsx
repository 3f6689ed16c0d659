import { AnswerTable } from './AnswerTable';
import { boundsPicture, type BoundsProblem } from './boundsPicture';
import { hex8 } from './numbers';
import { firstRows } from './windowAround';

const COL_W = 90;
const LEFT = 70;
const GAP = 200;
const TOP = 24;
const RIGHT_X = LEFT + COL_W + GAP;

/**
 * relocation.py's and segmentation.py's answer as a picture: the address space beside physical memory, each
 * segment's registers as a band on both sides, and each VA's arrow to its PA or its violation; then the trace
 * with our MMU's sentence for each address.
 */
export function BoundsView({ problem, title }: { problem: BoundsProblem; title: string }) {
  const p = boundsPicture(problem);
  const trace = firstRows(problem.translations);
  return (
    <section className="ostep-bounds" aria-label={title}>
      <svg
        className="bounds-picture"
        viewBox={`0 0 ${RIGHT_X + COL_W + 60} ${p.height + TOP + 16}`}
        role="img"
        aria-label={`${title}: ${p.segments
          .map((s) => `${s.label} maps VA ${s.virtual.from}–${s.virtual.to} to PA ${s.physical.from}–${s.physical.to}`)
          .join('; ')}`}
      >
        <text x={LEFT + COL_W / 2} y={14} textAnchor="middle" className="bounds-head">
          address space ({problem.addressSpace} B)
        </text>
        <text x={RIGHT_X + COL_W / 2} y={14} textAnchor="middle" className="bounds-head">
          physical memory ({problem.physicalMemory} B)
        </text>
        <rect x={LEFT} y={TOP} width={COL_W} height={p.height} className="bounds-column" />
        <rect x={RIGHT_X} y={TOP} width={COL_W} height={p.height} className="bounds-column" />
        {p.segments.map((s, i) => (
          <g key={i} className={`bounds-segment seg${i}`}>
            <rect x={LEFT} y={TOP + s.virtual.y} width={COL_W} height={s.virtual.h} />
            <rect x={RIGHT_X} y={TOP + s.physical.y} width={COL_W} height={s.physical.h} />
            <text x={RIGHT_X + COL_W + 4} y={TOP + s.physical.y + 10} className="bounds-label">
              {s.label} {s.grows === 'up' ? '↓ grows up' : '↑ grows down'}
            </text>
          </g>
        ))}
        {p.arrows.map((a) =>
          a.py === null ? (
            <g key={a.index} className="bounds-violation">
              <title>{a.label}</title>
              <line x1={LEFT - 40} y1={TOP + a.vy} x2={LEFT} y2={TOP + a.vy} />
              <text x={LEFT + COL_W + 6} y={TOP + a.vy + 4} className="bounds-cross">
                ✕ {a.index}
              </text>
            </g>
          ) : (
            <g key={a.index} className="bounds-arrow">
              <title>{a.label}</title>
              <line x1={LEFT - 40} y1={TOP + a.vy} x2={LEFT} y2={TOP + a.vy} />
              <line x1={LEFT + COL_W} y1={TOP + a.vy} x2={RIGHT_X} y2={TOP + a.py} />
            </g>
          ),
        )}
        {p.arrows.map((a) => (
          <text key={a.index} x={LEFT - 44} y={TOP + a.vy + 4} textAnchor="end" className="bounds-va">
            {a.index}
          </text>
        ))}
      </svg>
      {p.hidden > 0 && (
        <p>
          The picture draws the first {p.arrows.length} addresses of {problem.translations.length}.
        </p>
      )}
      <AnswerTable
        caption={<>Virtual address trace{trace.note}</>}
        scrollLabel="Translations (scrolls)"
        wide
        rows={trace.rows}
        rowClass={(t) => (t.valid ? undefined : 'invalid')}
        columns={[
          { label: 'VA', cell: (t) => `${hex8(t.va)} (${t.va})`, className: 'mono' },
          { label: 'PA', cell: (t) => (t.pa === null ? 'segmentation violation' : `${hex8(t.pa)} (${t.pa})`) },
          { label: 'Why', cell: (t) => t.explanation },
        ]}
      />
    </section>
  );
}
