'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { ArticleCitations } from '@/lib/publishing/citation';
import {
  DEFAULT_FONT_STEP,
  EARLY_FONT_STEP_ATTRIBUTE,
  FONT_SIZES_PX,
  FONT_SIZE_PROPERTY,
  FONT_STEP_STORAGE_KEY,
  parseFontStep,
} from '@/lib/reading/preferences';
import { shownText } from '@/app/_components/traditional-script-state';
import { articleCopyText } from './article-copy-text';
import { copyToClipboard } from './copy-to-clipboard';
import { buttonClass } from '@/app/_components/button-styles';
import { ReadingPanels } from './reading-panels';
import { SaveButton } from './save-button';

function readStoredStep(): number {
  try {
    return parseFontStep(localStorage.getItem(FONT_STEP_STORAGE_KEY));
  } catch {
    return DEFAULT_FONT_STEP;
  }
}

function applyStep(step: number) {
  document.documentElement.style.setProperty(FONT_SIZE_PROPERTY, `${FONT_SIZES_PX[step]}px`);
  try {
    localStorage.setItem(FONT_STEP_STORAGE_KEY, String(step));
  } catch {
    // Storage can be unavailable (private browsing); the size still applies to this page.
  }
}

/**
 * 返回目录 · 放大 · 缩小 · 全文复制, as on the e-paper's article view, and 收藏; then 朗读 · 引用 · 分享.
 * Placed inside the page's `<article>`, whose text 全文复制 copies.
 */
export function ArticleControls(props: {
  contentsHref: string;
  citations: ArticleCitations;
  url: string;
  title: string;
  /** The article as 我的收藏 lists it. */
  entry: { href: string; title: string; date: string; section?: string };
}) {
  const group = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState(DEFAULT_FONT_STEP);
  const [status, setStatus] = useState('');

  useEffect(() => setStep(readStoredStep()), []);

  const zoom = (change: 1 | -1) => {
    const next = Math.min(FONT_SIZES_PX.length - 1, Math.max(0, step + change));
    applyStep(next);
    setStep(next);
    // The status region tells screen-reader users what changed.
    const limit = next === FONT_SIZES_PX.length - 1 ? '，已是最大' : next === 0 ? '，已是最小' : '';
    setStatus(`字号${FONT_SIZES_PX[next]}像素${limit}`);
  };

  const copy = async () => {
    setStatus('');
    const article = group.current?.closest('article');
    const copied = article ? await copyToClipboard(shownText(articleCopyText(article))) : false;
    setStatus(copied ? '已复制全文' : '复制失败，请选中正文后手动复制');
  };

  return (
    <div ref={group} role="group" aria-label="阅读工具" className="text-sm print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <Link prefetch={false} href={props.contentsHref} className={buttonClass}>
          返回目录
        </Link>
        {/* The page applies the step itself when tapped before its scripts have arrived (deferred-scripts.ts). */}
        <button type="button" className={buttonClass} onClick={() => zoom(1)} disabled={step === FONT_SIZES_PX.length - 1} {...{ [EARLY_FONT_STEP_ATTRIBUTE]: 1 }}>
          放大
        </button>
        <button type="button" className={buttonClass} onClick={() => zoom(-1)} disabled={step === 0} {...{ [EARLY_FONT_STEP_ATTRIBUTE]: -1 }}>
          缩小
        </button>
        <button type="button" className={buttonClass} onClick={copy}>
          全文复制
        </button>
        <SaveButton {...props.entry} onStatus={setStatus} />
        <p role="status" className="min-w-[7em] text-masthead-dark">
          {status}
        </p>
      </div>
      <ReadingPanels citations={props.citations} url={props.url} title={props.title} />
    </div>
  );
}
