'use client';

import { useEffect } from 'react';
import { withRead } from '@/lib/reading/library';
import { readLibrary, writeLibrary } from '@/app/_components/library-storage';

/** Puts the article first in 阅读记录 (我的收藏) once the page is live. */
export function ReadingRecord({ href, title, date, section }: { href: string; title: string; date: string; section?: string }) {
  useEffect(() => {
    writeLibrary(withRead(readLibrary(), { href, title, date, section }));
  }, [href, title, date, section]);
  return null;
}
