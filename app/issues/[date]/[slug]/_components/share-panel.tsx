'use client';

import { useEffect, useRef, useState } from 'react';
import { qrCode } from '@/lib/publishing/qr-code';
import { makePoster } from './share-poster';
import { CopyButton } from './copy-button';
import { buttonClass } from '@/app/_components/button-styles';

type Poster = { href: string; file: File };

/** 海报: makes the poster (share-poster.ts) and offers it to save, or to the share sheet where it takes files. */
function PosterMaker({ url, title, onStatus }: { url: string; title: string; onStatus: (status: string) => void }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [poster, setPoster] = useState<Poster | undefined>();
  const [making, setMaking] = useState(false);
  const [canShareFiles, setCanShareFiles] = useState(false);

  useEffect(() => () => poster && URL.revokeObjectURL(poster.href), [poster]);

  const make = async () => {
    const article = anchor.current?.closest('article');
    if (!article) return;
    setMaking(true);
    onStatus('正在生成海报…');
    try {
      const png = await makePoster(article, url);
      const file = new File([png], `${url.split('/').at(-1) ?? 'poster'}.png`, { type: 'image/png' });
      setPoster({ href: URL.createObjectURL(png), file });
      setCanShareFiles(typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] }));
      onStatus('海报已生成：长按图片可保存或发送给朋友');
    } catch {
      onStatus('无法生成海报');
    } finally {
      setMaking(false);
    }
  };

  const shareFile = async (file: File) => {
    try {
      await navigator.share({ files: [file], title });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) onStatus('无法调用系统分享，请保存海报');
    }
  };

  return (
    <div ref={anchor} className="w-full space-y-2">
      <button type="button" className={buttonClass} onClick={make} disabled={making}>
        {poster ? '重新生成海报' : '生成海报'}
      </button>
      {poster && (
        <figure className="space-y-2">
          {/* A blob: URL of the PNG just drawn, shown as it is. */}
          <img src={poster.href} alt={`分享海报：${title}`} width={240} className="border border-rule-strong" data-poster />
          <figcaption className="flex flex-wrap items-center gap-2 text-sm">
            <a href={poster.href} download={poster.file.name} className={buttonClass}>
              保存海报
            </a>
            {canShareFiles && (
              <button type="button" className={buttonClass} onClick={() => shareFile(poster.file)}>
                发送海报…
              </button>
            )}
            <span className="text-ink-muted">{Math.max(1, Math.round(poster.file.size / 1024))} KB</span>
          </figcaption>
        </figure>
      )}
    </div>
  );
}

/** 分享: copy the link, the system's share sheet where there is one, a QR code for WeChat, and a poster. */
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
      <PosterMaker url={url} title={title} onStatus={setStatus} />
    </div>
  );
}
