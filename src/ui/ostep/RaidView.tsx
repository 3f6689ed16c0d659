import type { RaidAnswers } from '../../core/index';
import { LIT_WORDS, raidPicture, requestTitle } from './raidPicture';
import { StepControls } from './StepControls';
import { useStepper } from './useStepper';

const CELL_W = 64;
const CELL_H = 18;
const HEAD = 20;
const LEFT = 44;

const LEVEL_NAMES: Record<number, string> = { 0: 'striping', 1: 'mirroring', 4: 'a parity disk', 5: 'rotated parity' };

/**
 * raid.py's answer: the disks as columns of blocks (data, mirror copies, parity), a window of offsets that follows
 * the request shown, the blocks that request reads and writes lit, and its steps explained.
 */
export function RaidView({ answer }: { answer: RaidAnswers }) {
  const stepper = useStepper(answer.requests.length);
  const index = stepper.step;
  const c = answer.config;
  const model = raidPicture(answer, index);
  const layout = c.level === 5 ? (c.layout === 'LS' ? ', left-symmetric' : ', left-asymmetric') : '';
  const lit = model.rows.flat().filter((cell) => cell.lit !== null);
  const title = requestTitle(answer, index);
  return (
    <section className="ostep-raid" aria-label="RAID" onKeyDown={stepper.onKeyDown}>
      <p className="ostep-totals">
        RAID-{c.level} ({LEVEL_NAMES[c.level]}
        {layout}) over {c.disks} disks, chunks of {c.chunk} block{c.chunk === 1 ? '' : 's'}; the busiest disk works{' '}
        <strong>{Math.round(answer.totalTime * 100) / 100}</strong> ms.
      </p>
      {answer.requests.length === 0 ? (
        <p>{answer.failure ? 'With disks failing, the text above tells each request.' : 'No request.'}</p>
      ) : (
        <>
          <StepControls stepper={stepper} label="Request" valueText={`Request ${index + 1}: ${title}`} />
          <p aria-live="polite">
            Request {index + 1} of {answer.requests.length}: {title}
          </p>
          <svg
            className="raid-disks"
            viewBox={`0 0 ${LEFT + model.disks * CELL_W} ${HEAD + model.rows.length * CELL_H}`}
            role="img"
            aria-label={`Disks: ${lit.map((cell) => `${cell.label}, ${cell.lit === null ? '' : LIT_WORDS[cell.lit]}`).join('; ') || 'nothing touched'}`}
          >
            {Array.from({ length: model.disks }, (_, d) => (
              <text key={d} x={LEFT + d * CELL_W + CELL_W / 2} y={14} textAnchor="middle" className="raid-head">
                disk {d}
              </text>
            ))}
            {model.rows.map((row, r) => (
              <g key={r}>
                <text x={LEFT - 6} y={HEAD + r * CELL_H + 13} textAnchor="end" className="raid-offset">
                  {model.base + r}
                </text>
                {row.map((cell) => (
                  <g key={cell.disk}>
                    <rect
                      x={LEFT + cell.disk * CELL_W + 1}
                      y={HEAD + r * CELL_H + 1}
                      width={CELL_W - 2}
                      height={CELL_H - 2}
                      className={`raid-cell ${cell.kind}${cell.lit ? ` lit-${cell.lit}` : ''}`}
                    >
                      <title>{cell.label}</title>
                    </rect>
                    <text
                      x={LEFT + cell.disk * CELL_W + CELL_W / 2}
                      y={HEAD + r * CELL_H + 13}
                      textAnchor="middle"
                      className="raid-label"
                    >
                      {cell.kind === 'parity' ? 'P' : (cell.block ?? '')}
                      {cell.kind === 'mirror' ? '′' : ''}
                    </text>
                  </g>
                ))}
              </g>
            ))}
          </svg>
          <ol className="raid-steps" aria-label="What the request does">
            {(answer.requests[index]?.steps ?? []).map((s, i) => (
              <li key={i} className={`raid-step ${s.kind}${s.kind === 'parity-write' && s.full ? ' full' : ''}`}>
                {s.why}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
