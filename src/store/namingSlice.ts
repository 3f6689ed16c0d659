import { storage } from './autosave';
import type { SliceContext } from './deps';

/** 'textbook': plain processes P1…Pn, without the AI and blockchain types or memory pools; 'full': everything. */
export type Naming = 'textbook' | 'full';

export const NAMING_KEY = 'bcos.naming';
export const WELCOME_KEY = 'bcos.welcome.dismissed';
/** Fragments of links that open a given scenario or OSTEP command: such a visitor already knows where to start. */
const LINK_HASHES = ['#s=', '#ostep='];

export interface NamingSlice {
  /** how processes are labelled; remembered in localStorage */
  naming: Naming;
  setNaming(naming: Naming): void;
  /** the first-visit card: shown until dismissed once (remembered), never on a page opened from a link */
  welcomeOpen: boolean;
  dismissWelcome(): void;
}

type Reader = Pick<Storage, 'getItem'> | null;

function read(store: Reader, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes are a convenience: storage refused (quota, privacy settings) leaves the choice for this page only. */
function write(key: string, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // kept for this page
  }
}

export function storedNaming(store: Reader = storage()): Naming {
  return read(store, NAMING_KEY) === 'textbook' ? 'textbook' : 'full';
}

/** Whether to greet: not dismissed before, and not opened from a link (read before start-up takes it off). */
export function welcomeWanted(hash: string, store: Reader = storage()): boolean {
  return read(store, WELCOME_KEY) === null && !LINK_HASHES.some((h) => hash.startsWith(h));
}

export function namingSlice({ set }: SliceContext): NamingSlice {
  return {
    naming: storedNaming(),
    setNaming(naming) {
      write(NAMING_KEY, naming === 'textbook' ? naming : null);
      set({ naming });
    },
    welcomeOpen: welcomeWanted(globalThis.location?.hash ?? ''),
    dismissWelcome() {
      write(WELCOME_KEY, '1');
      set({ welcomeOpen: false });
    },
  };
}
