import type { ProcessMetrics } from '../../core/index';
import { Icon } from '../icons/Icon';
import { Popup } from './Popup';
import { RowActions } from './RowActions';

/** A downward chevron: the button opens a menu. */
const CHEVRON = 'M6 9l6 6l6-6';

/** One button per row ("Actions for P3") that opens the process's actions, instead of a row of buttons. */
export function RowMenu({ process: p }: { process: ProcessMetrics }) {
  return (
    <Popup
      label={`Actions for P${p.pid}`}
      nameButton
      className="row-menu-button"
      button={
        <>
          Actions <Icon d={CHEVRON} />
        </>
      }
    >
      {(close) => <RowActions process={p} onDone={close} />}
    </Popup>
  );
}
