import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { useTextbook } from './useNaming';

const selectSetNaming = (s: AppState) => s.setNaming;

/** The "Textbook names" switch: plain P1…Pn for courses on the classic material. */
export function NamingToggle() {
  const textbook = useTextbook();
  const setNaming = useApp(selectSetNaming);
  return (
    <label className="naming-toggle" title="Plain processes P1…Pn, without the AI and blockchain types and pools">
      <input
        type="checkbox"
        role="switch"
        checked={textbook}
        onChange={(e) => setNaming(e.target.checked ? 'textbook' : 'full')}
      />{' '}
      Textbook names
    </label>
  );
}
