'use client';

import { useEffect } from 'react';
import { SERVICE_WORKER_HREF } from '@/lib/publishing/offline';

/**
 * Registers the service worker that keeps pages for reading offline (app/serwist/). Never in
 * `npm run dev`, where a worker left by an earlier production run on the same address is removed,
 * so that editors always see their files as they are.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    if (process.env.NODE_ENV !== 'production') {
      void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((registration) => registration.unregister()));
      return;
    }
    navigator.serviceWorker.register(SERVICE_WORKER_HREF, { scope: '/' }).catch(() => {
      // Without a worker the site works as before, only not offline.
    });
  }, []);
  return null;
}
