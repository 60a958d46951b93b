import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const NEXT_BIN = path.resolve('node_modules', 'next', 'dist', 'bin', 'next');

/** Content the browser tests build their site from: two issues, several pages, hostile HTML. */
export const FIXTURE_SITE_DIR = path.resolve('tests', 'fixtures', 'site');
/** A build folder of its own, so tests never touch the site's `.next`. */
const TEST_DIST_DIR = '.next-test';

function freeLoopbackPort(): Promise<number> {
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

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args.join(' ')} exited with ${code}`))));
  });
}

async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`next start did not answer at ${url}`);
}

export type RunningSite = { url: string; stop: () => Promise<void> };

/** Builds the site from `contentDir` with `next build` and serves it with `next start` on a free loopback port. */
export async function buildAndServe(contentDir: string): Promise<RunningSite> {
  const env = { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: TEST_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' };
  await run(['build'], env);
  const port = await freeLoopbackPort();
  // Its own process group, so stopping it also stops the next-server child.
  const server = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, server);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null || server.pid === undefined) return resolve();
        server.on('exit', () => resolve());
        process.kill(-server.pid, 'SIGTERM');
      }),
  };
}
