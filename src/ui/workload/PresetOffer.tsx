import { loadPreset } from './presets';
import { useAppStore } from '../app/StoreContext';

/** A preset that shows what an empty panel lacks, offered as a button. */
export function PresetOffer({ preset }: { preset: { file: string; title: string } }) {
  const store = useAppStore();
  return (
    <button type="button" onClick={() => void loadPreset(store, preset.file)}>
      Load “{preset.title}”
    </button>
  );
}
