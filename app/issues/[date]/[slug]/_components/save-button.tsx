'use client';

import { useEffect, useState } from 'react';
import { isSaved, withSaved, withoutSaved } from '@/lib/reading/library';
import { buttonClass } from '@/app/_components/button-styles';
import { onLibraryChange, readLibrary, writeLibrary } from '@/app/_components/library-storage';

/** 收藏: keeps the article in 我的收藏, in this browser only; pressed again, lets it go. Says what it did. */
export function SaveButton({ href, title, date, section, onStatus }: { href: string; title: string; date: string; section?: string; onStatus: (status: string) => void }) {
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const sync = () => setSaved(isSaved(readLibrary(), href));
    sync();
    return onLibraryChange(sync);
  }, [href]);

  const toggle = () => {
    const library = readLibrary();
    const keep = !isSaved(library, href);
    if (!writeLibrary(keep ? withSaved(library, { href, title, date, section }) : withoutSaved(library, href))) {
      onStatus('这台设备的浏览器不允许保存');
      return;
    }
    setSaved(keep);
    onStatus(keep ? '已收藏，可在“我的收藏”中找到' : '已取消收藏');
  };

  return (
    <button type="button" className={`${buttonClass} aria-pressed:border-masthead aria-pressed:text-masthead-dark`} aria-pressed={saved} onClick={toggle}>
      <span aria-hidden="true">{saved ? '★ ' : '☆ '}</span>
      收藏
    </button>
  );
}
