'use client';

import { useState } from 'react';
import { buttonClass } from './button-styles';

/** How long to wait for the service worker; it is never there in `npm run dev`. */
const WORKER_WAIT_MS = 10_000;

type Progress = { saved: number; total: number; failed: number; done: boolean };

/** The size of a srcset this screen takes, picked by the browser itself from a detached copy of the image. */
async function sizeForThisScreen(image: HTMLImageElement): Promise<string> {
  const probe = new Image();
  probe.sizes = image.getAttribute('sizes') ?? '';
  probe.srcset = image.getAttribute('srcset') ?? '';
  probe.src = image.getAttribute('src') ?? '';
  await probe.decode().catch(() => undefined);
  return probe.currentSrc;
}

/**
 * Same-origin images a saved page shows: of an article's photos the size this screen shows, of
 * other images (the scans, which 放大版面 enlarges) every width of their srcset.
 */
async function imagesOf(html: string): Promise<string[]> {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const urls = await Promise.all(
    Array.from(document.images).map(async (image) =>
      image.closest('.article-body figure')
        ? [await sizeForThisScreen(image)]
        : [image.getAttribute('src') ?? '', ...(image.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0])],
    ),
  );
  return urls.flat().filter((url) => url !== '' && new URL(url, location.href).origin === location.origin);
}

/** Whether the service worker controls this page: then the page's own requests are kept by it. */
async function workerInControl(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  if (navigator.serviceWorker.controller) return true;
  const controlled = new Promise<boolean>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true }));
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WORKER_WAIT_MS));
  return Promise.race([controlled, timeout]);
}

/**
 * 离线阅读本期: saves the issue's contents, page views, articles and their images at once, with
 * progress. Each is fetched through the service worker, which keeps it as it keeps every page and
 * image a reader opens (app/serwist/service-worker.ts: bounded caches, titles for the offline list).
 */
export function SaveIssueOffline({ paths }: { paths: string[] }) {
  const [progress, setProgress] = useState<Progress | undefined>();
  const [message, setMessage] = useState('');

  const save = async () => {
    setMessage('');
    if (!(await workerInControl())) return setMessage('此浏览器不支持离线阅读，或离线功能尚未启用。');
    let state: Progress = { saved: 0, total: paths.length, failed: 0, done: false };
    setProgress(state);
    const imageUrls = new Set<string>();
    for (const path of paths) {
      try {
        const response = await fetch(path, { cache: 'no-cache', headers: { Accept: 'text/html' } });
        if (response.status !== 200) throw new Error(String(response.status));
        (await imagesOf(await response.text())).forEach((url) => imageUrls.add(url));
        state = { ...state, saved: state.saved + 1 };
      } catch {
        state = { ...state, failed: state.failed + 1 };
      }
      setProgress(state);
    }
    await Promise.all([...imageUrls].map((url) => fetch(url).then((response) => response.arrayBuffer(), () => undefined)));
    setProgress({ ...state, done: true });
  };

  const saving = progress !== undefined && !progress.done;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 text-sm print:hidden">
      <button
        type="button"
        onClick={save}
        disabled={saving}
        className={buttonClass}
      >
        离线阅读本期
      </button>
      {progress && <progress max={progress.total} value={progress.saved + progress.failed} aria-label="保存进度" className="w-28" />}
      <p role="status" className="text-masthead-dark">
        {message ||
          (progress &&
            (!progress.done
              ? `正在保存：${progress.saved + progress.failed}/${progress.total}`
              : progress.failed === 0
                ? `本期已保存，共${progress.saved}个页面，没有网络时也能阅读`
                : `已保存${progress.saved}个页面，${progress.failed}个未能保存，请联网后重试`))}
      </p>
    </div>
  );
}
