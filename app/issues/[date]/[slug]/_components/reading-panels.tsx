'use client';

import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { ArticleCitations } from '@/lib/publishing/citation';
import { buttonClass } from '@/app/_components/button-styles';

// Each panel's code (the speech engine, the QR encoder…) loads when a reader first opens it.
const SpeechPanel = lazy(() => import('./speech-panel').then(({ SpeechPanel }) => ({ default: SpeechPanel })));
const CitationPanel = lazy(() => import('./citation-panel').then(({ CitationPanel }) => ({ default: CitationPanel })));
const SharePanel = lazy(() => import('./share-panel').then(({ SharePanel }) => ({ default: SharePanel })));

type Panel = 'speech' | 'citation' | 'share';
const PANELS: { panel: Panel; label: string; title: string }[] = [
  { panel: 'speech', label: '朗读', title: '朗读本文' },
  { panel: 'citation', label: '引用', title: '引用本文' },
  { panel: 'share', label: '分享', title: '分享本文' },
];

/** 朗读 · 引用 · 分享: one panel open at a time, under the controls; Escape closes it. */
export function ReadingPanels({ citations, url, title }: { citations: ArticleCitations; url: string; title: string }) {
  const [open, setOpen] = useState<Panel | undefined>();
  const id = useId();
  const buttons = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});
  const current = PANELS.find(({ panel }) => panel === open);

  const close = () => {
    const was = open;
    setOpen(undefined);
    if (was) buttons.current[was]?.focus();
  };

  return (
    <>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {PANELS.map(({ panel, label }) => (
          <button
            key={panel}
            ref={(element) => {
              buttons.current[panel] = element;
            }}
            type="button"
            className={buttonClass}
            aria-expanded={open === panel}
            aria-controls={`${id}-panel`}
            onClick={() => setOpen(open === panel ? undefined : panel)}
          >
            {label}
          </button>
        ))}
      </div>
      <section
        id={`${id}-panel`}
        hidden={!current}
        aria-label={current?.title}
        onKeyDown={(event) => event.key === 'Escape' && close()}
        className="mt-3 rounded border border-rule-strong bg-surface p-3"
      >
        <Suspense fallback={<p role="status">正在载入…</p>}>
          {open === 'speech' && <SpeechPanel onClose={close} />}
          {open === 'citation' && <CitationPanel citations={citations} />}
          {open === 'share' && <SharePanel url={url} title={title} />}
        </Suspense>
      </section>
    </>
  );
}
