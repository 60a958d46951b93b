import { EMPTY_ROUTE_PLACEHOLDER } from '@/lib/publishing/routes';

/**
 * The params a dynamic route generates. `next dev` answers from the list an earlier request made and
 * refreshes it only afterwards, so an issue or article added during preview would 404 on its first
 * load; listing none in development makes it render every request, and the pages answer 404 for
 * params without content. Builds list everything, and `dynamicParams = false` serves nothing else.
 *
 * A static export refuses a route with no params at all (a site with no issues yet): it gets one
 * placeholder, which finds no content and renders the 404 page; `npm run export` removes its files.
 */
export function staticParams<Params>(list: () => Params[], placeholder: (name: string) => Params): Params[] {
  if (process.env.NODE_ENV === 'development') return [];
  const params = list();
  return params.length === 0 && process.env.STATIC_EXPORT === '1' ? [placeholder(EMPTY_ROUTE_PLACEHOLDER)] : params;
}
