import { useEffect, useState } from 'react';
import type { PresetInfo } from '../../core/scenario/presetIndex';
import { fetchPresetIndex } from './presets';

interface PresetIndex {
  /** the index's presets; null until it has come, or when it cannot */
  presets: PresetInfo[] | null;
  /** why it cannot come, a sentence for people; null otherwise */
  problem: string | null;
}

/** The preset index, fetched when the component mounts (the header's menu, the gallery, an empty view's offers). */
export function usePresetIndex(): PresetIndex {
  const [index, setIndex] = useState<PresetIndex>({ presets: null, problem: null });
  useEffect(() => {
    let live = true;
    fetchPresetIndex().then(
      (presets) => live && setIndex({ presets, problem: null }),
      (e: unknown) =>
        live &&
        setIndex({ presets: null, problem: `Presets are unavailable: ${e instanceof Error ? e.message : String(e)}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return index;
}
