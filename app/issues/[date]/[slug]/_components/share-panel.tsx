'use client';

import { useEffect, useState } from 'react';
import { qrCode } from '@/lib/publishing/qr-code';
import { CopyButton } from './copy-button';
import { buttonClass } from '@/app/_components/button-styles';

/** 分享: copy the link, the system's share sheet where there is one, and a QR code for WeChat. */
export function SharePanel({ url, title }: { url: string; title: string }) {
  const [canShare, setCanShare] = useState(false);
  const [status, setStatus] = useState('');
  const { size, path } = qrCode(url);

  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);

  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus('无法调用系统分享，请复制链接');
    }
  };

  return (
    <div className="flex flex-wrap items-start gap-4">
      <figure className="shrink-0">
        <svg viewBox={`0 0 ${size} ${size}`} width="160" height="160" role="img" aria-label="本文链接的二维码" className="bg-white" shapeRendering="crispEdges">
          <path d={path} fill="#000" />
        </svg>
        <figcaption className="mt-1 text-sm text-ink-muted">微信扫一扫，在手机上阅读</figcaption>
      </figure>
      <div className="min-w-0 flex-1 space-y-2">
        <p className="text-sm break-all" data-share-url>
          {url}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <CopyButton text={url} label="复制链接" description="链接" />
          {canShare && (
            <button type="button" className={buttonClass} onClick={share}>
              分享到…
            </button>
          )}
        </div>
        <p role="status" className="text-sm text-masthead-dark">
          {status}
        </p>
      </div>
    </div>
  );
}
