'use client';

import { useEffect, useRef, useState } from 'react';
import { buttonClass } from '@/app/_components/button-styles';
import { PHOTO_VIEWER_READY_ATTRIBUTE } from '@/lib/reading/preferences';

type OpenPhoto = { src: string; alt: string; caption: string };

/**
 * 查看大图: a tap on a photo of the article opens it at its largest size over the page, with its
 * caption; 关闭, Esc or a tap beside it closes it, back where the reader was. Until this has loaded
 * (or with a modifier key, to open a tab) the photo's link opens the large image itself.
 */
export function PhotoViewer() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [photo, setPhoto] = useState<OpenPhoto | undefined>();

  useEffect(() => {
    const body = document.querySelector('.article-body');
    const onClick = (event: Event) => {
      if (!(event instanceof MouseEvent) || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('figure a') : null;
      const image = link?.querySelector('img');
      if (!(link instanceof HTMLAnchorElement) || !image) return;
      event.preventDefault();
      setPhoto({ src: link.href, alt: image.alt, caption: link.closest('figure')?.querySelector('figcaption')?.textContent ?? '' });
    };
    body?.addEventListener('click', onClick);
    body?.setAttribute(PHOTO_VIEWER_READY_ATTRIBUTE, '');
    return () => {
      body?.removeEventListener('click', onClick);
      body?.removeAttribute(PHOTO_VIEWER_READY_ATTRIBUTE);
    };
  }, []);

  useEffect(() => {
    if (photo && !dialog.current?.open) dialog.current?.showModal();
  }, [photo]);

  return (
    <dialog
      ref={dialog}
      aria-label="大图"
      onClose={() => setPhoto(undefined)}
      // A tap on the backdrop lands on the dialog itself; on the photo or caption, inside it.
      onClick={(event) => event.target === event.currentTarget && event.currentTarget.close()}
      className="m-0 h-full max-h-none w-full max-w-none bg-black/90 p-3 text-white backdrop:bg-black/60 print:hidden"
    >
      {photo && (
        <figure className="flex h-full flex-col items-center justify-center gap-3">
          <img src={photo.src} alt={photo.alt} className="max-h-[80vh] max-w-full object-contain" />
          <figcaption className="max-w-3xl text-sm leading-relaxed">{photo.caption}</figcaption>
          <button type="button" onClick={() => dialog.current?.close()} className={`${buttonClass} text-ink`}>
            关闭
          </button>
        </figure>
      )}
    </dialog>
  );
}
