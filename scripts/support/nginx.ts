import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureCommand } from './debian-packages';
import { freeLoopbackPort, waitUntilServing } from './next-site';

/** The server lines the README documents for serving the static export. */
export const NGINX_SITE_CONFIG = path.resolve('deploy', 'nginx-static-export.conf');

export type RunningNginx = { url: string; stop: () => Promise<void> };

/** Debian's nginx on a loopback port (a free one unless given), serving `root` with the documented configuration. */
export async function serveWithNginx(root: string, givenPort?: number): Promise<RunningNginx> {
  ensureCommand('nginx', ['nginx-light']);
  const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  mkdirSync(path.join(prefix, 'logs'));
  const port = givenPort ?? (await freeLoopbackPort());
  const config = path.join(prefix, 'nginx.conf');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${prefix}/${name};`);
  writeFileSync(
    config,
    `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp.join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    root ${path.resolve(root)};
    include ${NGINX_SITE_CONFIG};
  }
}
`,
  );
  const server: ChildProcess = spawn('nginx', ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, server);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        server.on('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          resolve();
        });
        server.kill('SIGQUIT');
      }),
  };
}
