/**
 * The params a dynamic route generates. `next dev` answers from the list an earlier request made and
 * refreshes it only afterwards, so an issue or article added during preview would 404 on its first
 * load; listing none in development makes it render every request, and the pages answer 404 for
 * params without content. Builds list everything, and `dynamicParams = false` serves nothing else.
 */
export function staticParams<Params>(list: () => Params[]): Params[] {
  return process.env.NODE_ENV === 'development' ? [] : list();
}
