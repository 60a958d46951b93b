/**
 * npm run bench:navigation -- [site URL] [article path]: how long 返回目录 takes to show the issue's
 * contents, on a phone's terms (Lighthouse's mobile figures: 4× slower CPU, 150 ms round trips,
 * 1.6 Mbit/s), in the three ways a reader meets it now that the scripts come on the first gesture:
 * - **tapped at once:** the link is followed before the scripts have arrived, a full page load;
 * - **after the scripts:** the reader has touched the page, React has taken over, and the link is a
 *   client-side navigation (the only way every link went before);
 * - **tapped at once, service worker in control:** a full load through the service worker, which
 *   asks the network first and answers from its copy only offline.
 * Each is timed from the tap to the contents' heading on screen, five times, in turns; the medians
 * are printed. Runs against a site already serving (npm start, or the export under nginx).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { ensureChromium, launchChromium } from './support/chromium';
import { median } from './bench-parts/figures';

const [base = 'http://127.0.0.1:3000', articleArgument] = process.argv.slice(2);
const RUNS = 5;

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  return cdp;
}

async function firstArticlePath(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto(new URL('/', base).href);
  const issue = await page.locator('a[href^="/issues/2"]').first().getAttribute('href');
  await page.goto(new URL(issue ?? '/', base).href);
  const article = await page.locator('main a[href^="/issues/"][href*="/"]:not([href*="/pages/"])').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? '').find((href) => href.split('/').length === 4),
  );
  await page.close();
  if (!article) throw new Error('No article found from the home page; pass its path.');
  return article;
}

/** Milliseconds from the tap on 返回目录 to the contents' heading on screen. */
async function timeBackToContents(page: Page, articlePath: string, contentsHeading: string, hydrateFirst: boolean): Promise<number> {
  await page.goto(new URL(articlePath, base).href, { waitUntil: 'load' });
  if (hydrateFirst) {
    await page.mouse.move(5, 5);
    // React's fiber on `main`: the page has been hydrated.
    await page.waitForFunction(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber')));
  }
  const link = page.getByRole('link', { name: '返回目录' });
  const target = new URL((await link.getAttribute('href')) ?? '/', base).pathname;
  const started = Date.now();
  await link.click({ noWaitAfter: true });
  await page.waitForURL((url) => url.pathname === target, { waitUntil: 'commit' });
  await page.locator('h1', { hasText: contentsHeading }).waitFor();
  return Date.now() - started;
}

async function main() {
  ensureChromium();
  const browser = await launchChromium();
  try {
    const plain = await browser.newContext({ serviceWorkers: 'block' });
    const articlePath = articleArgument ?? (await firstArticlePath(plain));
    const contentsPath = articlePath.split('/').slice(0, 3).join('/');
    const probe = await plain.newPage();
    await probe.goto(new URL(contentsPath, base).href);
    const contentsHeading = (await probe.locator('h1').first().innerText()).trim();
    await probe.close();

    const offline = await browser.newContext();
    const kept = await offline.newPage();
    await kept.goto(new URL(contentsPath, base).href);
    await kept.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await kept.reload({ waitUntil: 'load' });
    await kept.goto(new URL(articlePath, base).href, { waitUntil: 'load' });

    const page = await plain.newPage();
    await throttle(page);
    await throttle(kept);
    const times: Record<string, number[]> = { 'tapped at once (full load)': [], 'after the scripts (client-side)': [], 'tapped at once, service worker in control (full load)': [] };
    for (let run = 0; run < RUNS; run++) {
      times['tapped at once (full load)'].push(await timeBackToContents(page, articlePath, contentsHeading, false));
      times['after the scripts (client-side)'].push(await timeBackToContents(page, articlePath, contentsHeading, true));
      times['tapped at once, service worker in control (full load)'].push(await timeBackToContents(kept, articlePath, contentsHeading, false));
    }
    console.log(`返回目录 from ${articlePath} to ${contentsPath} on ${base}: 4× CPU, 150 ms RTT, 1.6 Mbit/s; ${RUNS} runs each, in turns`);
    const width = Math.max(...Object.keys(times).map((name) => name.length));
    for (const [name, list] of Object.entries(times)) console.log(`${name.padEnd(width)}  median ${String(median(list)).padStart(5)} ms  (${list.join(', ')})`);
  } finally {
    await browser.close();
  }
}

await main();
