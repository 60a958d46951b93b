'use client';

import { useState } from 'react';
import { copyToClipboard } from './copy-to-clipboard';
import { buttonClass } from '@/app/_components/button-styles';
import { shownText } from '@/app/_components/traditional-script-state';

/** A 复制 button for one piece of text; says in its own status region whether it worked. */
export function CopyButton({ text, label, description }: { text: string; label: string; description: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus('');
    setStatus((await copyToClipboard(shownText(text))) ? `已复制${description}` : '复制失败，请选中后手动复制');
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={buttonClass} onClick={copy} aria-label={`复制${description}`}>
        {label}
      </button>
      <span role="status" className="text-sm text-masthead-dark">
        {status}
      </span>
    </span>
  );
}
