'use client';

import { useEffect, useState } from 'react';
import { DARK_SCHEME_QUERY, THEME_ATTRIBUTE, THEME_STORAGE_KEY, type Theme, parseTheme } from '@/lib/reading/preferences';

function storedTheme(): Theme | undefined {
  try {
    return parseTheme(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

const applyTheme = (theme: Theme) => document.documentElement.setAttribute(THEME_ATTRIBUTE, theme);

/** 深色模式 on or off; remembered. Until the reader chooses, the theme follows the system. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>('light');

  useEffect(() => {
    setTheme(document.documentElement.getAttribute(THEME_ATTRIBUTE) === 'dark' ? 'dark' : 'light');
    const system = matchMedia(DARK_SCHEME_QUERY);
    const follow = () => {
      if (storedTheme()) return;
      const next = system.matches ? 'dark' : 'light';
      applyTheme(next);
      setTheme(next);
    };
    system.addEventListener('change', follow);
    return () => system.removeEventListener('change', follow);
  }, []);

  const toggle = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    setTheme(next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Without storage the choice lasts for this page.
    }
  };

  return (
    <button type="button" aria-pressed={theme === 'dark'} onClick={toggle} className="hover:text-masthead hover:underline">
      深色模式
    </button>
  );
}
