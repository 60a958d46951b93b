import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the platform's pages and files are read from: a saved copy on disk, or the platform itself
 * over HTTP, politely (one request at a time, a pause between them, a User-Agent that says who asks,
 * retries on server errors and time-outs).
 */

export type Fetched = { bytes: Buffer; contentType: string };

/** A page or file that could not be read, and why, in words an editor can act on. */
export class FetchError extends Error {}

export interface PageSource {
  /** Reads one address; throws FetchError. */
  fetch(address: URL): Promise<Fetched>;
  /** An address as found in a page, where this source reads it (a saved copy reads the platform's own links from disk). */
  localize(address: URL): URL;
}

/** The platform's hosts: links to them in a saved copy are read from the copy. */
const PLATFORM_HOSTS = new Set(['paper.people.com.cn', 'paper.people.cn']);

/** A saved copy of the site, e.g. by `wget --mirror`: the folder holding `<paper>/pc/…` is the site's root. */
export class SavedCopy implements PageSource {
  constructor(private readonly root: string) {}

  async fetch(address: URL): Promise<Fetched> {
    if (address.protocol !== 'file:') throw new FetchError(`${address.href} is not in the saved copy`);
    const file = fileURLToPath(address);
    try {
      if (!(await stat(file)).isFile()) throw new FetchError("is not a file");
      return { bytes: await readFile(file), contentType: '' };
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw new FetchError("is not in the saved copy");
    }
  }

  localize(address: URL): URL {
    if (!/^https?:$/.test(address.protocol) || !PLATFORM_HOSTS.has(address.hostname)) return address;
    return pathToFileURL(`${this.root}${decodeURIComponent(address.pathname)}`);
  }
}

export type HttpOptions = {
  /** Milliseconds between two requests (and the first wait before a retry, doubled each time). */
  pauseMs: number;
  timeoutMs: number;
  retries: number;
  userAgent: string;
};

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  pauseMs: 1000,
  timeoutMs: 30_000,
  retries: 3,
  userAgent: 'minsheng-weekly-reader-import/0.1 (issue importer; one request at a time)',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class PlatformOverHttp implements PageSource {
  private lastRequest = 0;

  constructor(private readonly options: HttpOptions = DEFAULT_HTTP_OPTIONS) {}

  localize(address: URL): URL {
    return address;
  }

  async fetch(address: URL): Promise<Fetched> {
    if (!/^https?:$/.test(address.protocol)) throw new FetchError(`${address.href} is not a web address`);
    let reason = '';
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      const wait = attempt === 0 ? this.options.pauseMs - (Date.now() - this.lastRequest) : this.options.pauseMs * 2 ** (attempt - 1);
      if (wait > 0) await sleep(wait);
      this.lastRequest = Date.now();
      try {
        const response = await fetch(address, {
          headers: { 'User-Agent': this.options.userAgent, Accept: '*/*' },
          redirect: 'follow',
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        if (new URL(response.url || address.href).host !== address.host) {
          await response.body?.cancel();
          throw new FetchError(`it redirects to another host (${new URL(response.url).host})`);
        }
        if (response.ok) {
          const bytes = Buffer.from(await response.arrayBuffer());
          this.lastRequest = Date.now();
          return { bytes, contentType: response.headers.get('content-type') ?? '' };
        }
        reason = `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        await response.body?.cancel();
        if (response.status < 500 && response.status !== 429) break;
      } catch (error) {
        if (error instanceof FetchError) throw error;
        reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${this.options.timeoutMs / 1000} s` : `the request failed (${error instanceof Error ? error.message : String(error)})`;
      }
    }
    throw new FetchError(reason);
  }
}
