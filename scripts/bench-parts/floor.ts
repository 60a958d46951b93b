/**
 * The framework's floor for builds: a bare Next.js app with the same number of static pages as a
 * build of the site, each a trivial page of comparable text (a title and about 3,000 characters of
 * Chinese in paragraphs), built the same way. The site's build time over this one's is the ratio the
 * benchmark reports.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NEXT_BIN } from '../support/next-site';
import { type Measured, measure } from './measure';


const files = (pages: number): Record<string, string> => ({
  // The site's benchmark builds leave type checking to `npm test` (next.config.ts), so the floor's do too.
  'next.config.mjs': 'export default { typescript: { ignoreBuildErrors: true } };\n',
  'app/layout.tsx': `export default function Layout({ children }: { children: React.ReactNode }) {
  return (<html lang="zh-CN"><body><main>{children}</main></body></html>);
}
`,
  'app/[id]/page.tsx': `export const dynamicParams = false;
const PARAGRAPH = '社区虽小，但连着千家万户，是党和政府联系服务群众的最后一公里。完善社会治理体系，健全共建共治共享的社会治理制度，提升社会治理效能。';
export function generateStaticParams() {
  return Array.from({ length: ${pages} }, (_, id) => ({ id: String(id) }));
}
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: \`第\${(await params).id}篇\` };
}
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (<article><h1>第{id}篇</h1>{Array.from({ length: 50 }, (_, n) => <p key={n}>{n}{PARAGRAPH}</p>)}</article>);
}
`,
  'tsconfig.json': `${JSON.stringify({ compilerOptions: { jsx: 'preserve', strict: true, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, lib: ['dom', 'esnext'], plugins: [{ name: 'next' }] }, include: ['**/*.ts', '**/*.tsx'] }, null, 2)}\n`,
});

/** Writes a bare Next.js app, `files` by name, into `dir` (inside the project, for its node_modules). */
export function writeFloorApp(dir: string, appFiles: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(appFiles)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

export type FloorBuild = Measured & { pages: number };

/**
 * Builds the floor app with `pages` pages in `.bench/floor-<pages>/`, then rebuilds it in the same
 * folder, as a newsroom rebuilds every week, with `addedPages` more pages.
 */
export async function buildFloor(pages: number, addedPages: number): Promise<{ build: FloorBuild; rebuild: FloorBuild }> {
  const dir = path.resolve('.bench', `floor-${pages}`);
  writeFloorApp(dir, files(pages));
  const buildOnce = async (): Promise<FloorBuild> => {
    const build = await measure(process.execPath, [NEXT_BIN, 'build', dir]);
    const manifest = JSON.parse(readFileSync(path.join(dir, '.next', 'prerender-manifest.json'), 'utf8'));
    return { ...build, pages: Object.keys(manifest.routes).length };
  };
  try {
    const build = await buildOnce();
    writeFileSync(path.join(dir, 'app/[id]/page.tsx'), files(pages + addedPages)['app/[id]/page.tsx']);
    return { build, rebuild: await buildOnce() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The floor for one article page: a bare Next.js app whose home page is the article's title and
 * body HTML and nothing else (no styles, no scripts of its own).
 */
export function floorArticleFiles(title: string, bodyHtml: string): Record<string, string> {
  const { 'app/[id]/page.tsx': _pages, ...shared } = files(1);
  return {
    ...shared,
    'app/page.tsx': `export const metadata = { title: ${JSON.stringify(title)} };
export default function Page() {
  return (<article><h1>{${JSON.stringify(title)}}</h1><div dangerouslySetInnerHTML={{ __html: ${JSON.stringify(bodyHtml)} }} /></article>);
}
`,
  };
}
