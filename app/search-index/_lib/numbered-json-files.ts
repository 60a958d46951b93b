import { notFound } from 'next/navigation';
import { staticParams } from '@/app/_lib/static-params';

/**
 * A route of numbered JSON files, `0.json`, `1.json`…, one for each item the search index holds of
 * that kind: its params for the build, and its handler. `toParams` and `fileOf` name the route's
 * param (`shard`, `chunk`).
 */
export function numberedJsonFiles<Params>(items: () => readonly unknown[], toParams: (file: string) => Params, fileOf: (params: Params) => string) {
  return {
    generateStaticParams: () => staticParams(() => items().map((_, index) => toParams(`${index}.json`)), (name) => toParams(`${name}.json`)),
    GET: async (_request: Request, { params }: { params: Promise<Params> }) => {
      const index = Number(fileOf(await params).replace(/\.json$/, ''));
      return Response.json(items()[index] ?? notFound());
    },
  };
}
