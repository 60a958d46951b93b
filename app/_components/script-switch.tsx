'use client';

import { useEffect, useState } from 'react';
import { SCRIPT_STORAGE_KEY, type Script, parseScript } from '@/lib/reading/preferences';

/**
 * The converter is about 1 MB of dictionaries: loaded when a reader first asks for 繁體, then from the
 * cache. The `typeof window` test is resolved at build time, so the server bundle leaves it out (a
 * second megabyte for the build to compile, which the server never runs).
 */
const loadConverter = () => (typeof window === 'undefined' ? Promise.reject(new Error('繁體 is converted in the browser')) : import('./traditional-script'));

function storedScript(): Script {
  try {
    return parseScript(localStorage.getItem(SCRIPT_STORAGE_KEY));
  } catch {
    return 'simplified';
  }
}

async function show(script: Script): Promise<void> {
  const converter = await loadConverter();
  if (script === 'traditional') converter.showTraditional();
  else converter.showSimplified();
}

/** 繁體 on or off, for every page; remembered. */
export function ScriptSwitch() {
  const [script, setScript] = useState<Script>('simplified');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const stored = storedScript();
    if (stored === 'simplified') return;
    setScript(stored);
    void show(stored);
  }, []);

  const toggle = async () => {
    const next = script === 'traditional' ? 'simplified' : 'traditional';
    setBusy(true);
    try {
      await show(next);
      setScript(next);
      localStorage.setItem(SCRIPT_STORAGE_KEY, next);
    } catch {
      // Without storage the choice lasts for this page; a failed load leaves the page as it was.
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" lang="zh-Hant" aria-pressed={script === 'traditional'} aria-busy={busy} onClick={toggle} className="hover:text-masthead hover:underline">
      繁體
    </button>
  );
}
