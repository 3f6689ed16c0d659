import type { ProcessType } from '../../core/index';
import { ProcessSwatch } from '../theme/ProcessSwatch';
import { TYPE_ICON } from '../theme/processLook';

/** A process as the queues show it: colour and pattern, "P3", its name and its type icon. */
export function ProcessChip({ pid, name, type }: { pid: number; name?: string; type?: ProcessType }) {
  return (
    <span className="chip">
      <ProcessSwatch pid={pid} /> <strong>P{pid}</strong>
      {name && ` ${name}`}
      {type && (
        <span aria-hidden="true" title={type}>
          {' '}
          {TYPE_ICON[type]}
        </span>
      )}
    </span>
  );
}
