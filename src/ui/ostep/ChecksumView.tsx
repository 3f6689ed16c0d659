import type { ChecksumAnswers } from '../../core/index';
import { checksumPicture } from './checksumPicture';

/**
 * checksum.py's answer as a picture: the data words with their bits (a flipped bit marked), each algorithm's
 * running value word by word, and, with a flip, whether each catches it; then the device's reads.
 */
export function ChecksumView({ answer }: { answer: ChecksumAnswers }) {
  const p = checksumPicture(answer);
  const flip = answer.flip !== undefined;
  return (
    <section className="ostep-checksum" aria-label="Checksums">
      <table className="ostep-table checksum-table">
        <caption>
          Each checksum's running value, word by word
          {p.hidden > 0
            ? ` (the first ${p.words.length} words of ${answer.words.length}; the final values count all)`
            : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Word</th>
            {p.words.map((w) => (
              <th key={w.index} scope="col" aria-label={`word ${w.index}: ${w.word}`}>
                <span className="checksum-hex">{w.hex}</span>
                <span className="checksum-bits">
                  {w.bits.map((b) => (
                    <span
                      key={b.bit}
                      className={b.flipped ? 'checksum-bit flipped' : 'checksum-bit'}
                      title={b.flipped ? `bit ${b.bit} flipped` : `bit ${b.bit}`}
                    >
                      {b.set ? 1 : 0}
                    </span>
                  ))}
                </span>
              </th>
            ))}
            <th scope="col">Final</th>
            {flip && <th scope="col">After the flip</th>}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.label}</th>
              {r.running.map((c, i) => (
                <td key={i} title={c.explanation}>
                  {c.text}
                </td>
              ))}
              <td>
                <strong>{r.final}</strong>
              </td>
              {r.flip && (
                <td className={r.flip.caught ? 'checksum-caught' : 'checksum-missed'} title={r.flip.explanation}>
                  {r.flip.after} — {r.flip.caught ? 'caught' : 'missed'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {answer.device && (
        <ul className="checksum-reads" aria-label="Blocks read back">
          {answer.device.reads.map((r) => (
            <li key={r.block} className={`checksum-read ${r.kind}`}>
              {r.explanation}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
