import { LIBRARY_STORAGE_KEY, type Library, parseLibrary } from '@/lib/reading/library';

/** 我的收藏 in the browser's storage (lib/reading/library.ts); where storage is unavailable, nothing is kept. */
export function readLibrary(): Library {
  try {
    return parseLibrary(localStorage.getItem(LIBRARY_STORAGE_KEY));
  } catch {
    return parseLibrary(null);
  }
}

/** Whether it was stored. */
export function writeLibrary(library: Library): boolean {
  try {
    localStorage.setItem(LIBRARY_STORAGE_KEY, JSON.stringify(library));
    return true;
  } catch {
    return false;
  }
}

/** Calls `listener` when another tab changes the library. */
export function onLibraryChange(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === LIBRARY_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
