import type { ProcessType } from '../../core/index';
import { ProcessTypeIcon } from '../icons/ProcessIcons';
import { ProcessSwatch } from '../theme/ProcessSwatch';

/**
 * A process as the queues show it: colour and pattern, "P3", its name and its type icon (named for screen
 * readers). The textbook naming passes neither name nor type.
 */
export function ProcessChip({ pid, name, type }: { pid: number; name?: string; type?: ProcessType }) {
  return (
    <span className="chip">
      <ProcessSwatch pid={pid} /> <strong>P{pid}</strong>
      {name && ` ${name}`}
      {type && (
        <>
          {' '}
          <ProcessTypeIcon type={type} />
        </>
      )}
    </span>
  );
}
