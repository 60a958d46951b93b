'use client';

import { useRef } from 'react';

/**
 * 放大版面: the scan at full size in a dialog that scrolls both ways, so a reader pans it by dragging
 * or scrolling; Esc or 关闭 returns to the page. The full image loads only when opened.
 */
export function ScanZoom({ src, width, height, label }: { src: string; width: number; height: number; label: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className="text-masthead-dark underline">
        放大版面
      </button>
      <dialog ref={dialog} aria-label={label} className="scan-zoom m-0 h-full max-h-none w-full max-w-none bg-paper p-0">
        <form method="dialog" className="sticky top-0 z-10 flex justify-end bg-surface p-2">
          <button type="submit" className="rounded border border-rule-strong px-3 py-1">
            关闭
          </button>
        </form>
        <div className="overflow-auto">
          <img src={src} width={width} height={height} alt={label} loading="lazy" className="max-w-none" />
        </div>
      </dialog>
    </>
  );
}
