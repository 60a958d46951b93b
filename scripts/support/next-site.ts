import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export const NEXT_BIN = path.resolve('node_modules', 'next', 'dist', 'bin', 'next');

export type BuildResult = { code: number | null; output: string };

/**
 * `npm run build` (or another of the project's build scripts) of the site from `contentDir` into
 * `distDir`, a folder of its own (see next.config.ts), so tests never touch the site's `.next`.
 */
export function buildSite(
  contentDir: string,
  distDir: string,
  env: Record<string, string> = {},
  script: 'build' | 'export' = 'build',
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], {
      env: { ...siteEnv(contentDir, distDir), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function siteEnv(contentDir: string, distDir: string): NodeJS.ProcessEnv {
  return { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until `url` answers, failing early if the server process has ended. */
export async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nothing answered at ${url}`);
}

export type RunningSite = { url: string; pid: number; stop: () => Promise<void> };

async function serve(command: 'start' | 'dev', contentDir: string, distDir: string, port: number, appDir = '.'): Promise<RunningSite> {
  // Its own process group, so stopping it also stops the next-server child.
  const server = spawn(process.execPath, [NEXT_BIN, command, appDir, '-H', '127.0.0.1', '-p', String(port)], {
    env: siteEnv(contentDir, distDir),
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, server);
  return {
    url,
    pid: server.pid ?? 0,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null || server.pid === undefined) return resolve();
        server.on('exit', () => resolve());
        process.kill(-server.pid, 'SIGTERM');
      }),
  };
}

/**
 * Builds the site from `contentDir` and serves it with `next start` on a free loopback port.
 * SITE_URL is that address, so canonical URLs, sitemaps and feeds point at the server under test.
 */
export async function buildAndServe(contentDir: string, distDir: string, env: Record<string, string> = {}): Promise<RunningSite> {
  const port = await freeLoopbackPort();
  const build = await buildSite(contentDir, distDir, { SITE_URL: `http://127.0.0.1:${port}`, ...env });
  if (build.code !== 0) throw new Error(`next build failed:\n${build.output}`);
  return serve('start', contentDir, distDir, port);
}

/** `next start` of a site built into `distDir`, on `port` (a free loopback port by default). */
export async function serveBuild(contentDir: string, distDir: string, port?: number): Promise<RunningSite> {
  return serve('start', contentDir, distDir, port ?? (await freeLoopbackPort()));
}

/** `next start` of another Next.js app, built in `appDir` (its own `.next`), on a free loopback port. */
export async function serveApp(appDir: string): Promise<RunningSite> {
  return serve('start', '', '.next', await freeLoopbackPort(), appDir);
}

/** `next dev` on `contentDir`, as editors preview their work. */
export async function startDevServer(contentDir: string, distDir: string): Promise<RunningSite> {
  return serve('dev', contentDir, distDir, await freeLoopbackPort());
}
