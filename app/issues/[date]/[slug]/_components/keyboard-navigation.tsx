'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
  );
}

/** Whether ← and → scroll something sideways here: a table, a region wider than its box, or the page. */
function scrollsSideways(target: EventTarget | null): boolean {
  const page = document.scrollingElement;
  if (page && page.scrollWidth > page.clientWidth) return true;
  for (let element = target instanceof Element ? target : null; element && element !== document.body; element = element.parentElement) {
    if (element.tagName === 'TABLE') return true;
    const scrollable = /^(?:auto|scroll)$/.test(getComputedStyle(element).overflowX);
    if (scrollable && element.scrollWidth > element.clientWidth) return true;
  }
  return false;
}

/** ← and → go to 上一篇 and 下一篇, unless the reader is typing or the arrows scroll something sideways. */
export function KeyboardNavigation({ previousHref, nextHref }: { previousHref?: string; nextHref?: string }) {
  const router = useRouter();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTyping(event.target)) return;
      // A photo open large (查看大图) keeps the keys.
      if (scrollsSideways(event.target) || document.querySelector('dialog[open]')) return;
      const href = event.key === 'ArrowLeft' ? previousHref : event.key === 'ArrowRight' ? nextHref : undefined;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [router, previousHref, nextHref]);
  return null;
}
