/**
 * How a built page loads its scripts (lib/publishing/deferred-scripts.ts): on the reader's first
 * gesture; or, where an element carries this attribute, at once, as Next.js loads them, for a page
 * that shows nothing useful without them (search results, the list of saved pages).
 */
export const SCRIPTS_AT_ONCE_ATTRIBUTE = 'data-scripts-at-once';
export const scriptsAtOnce = { [SCRIPTS_AT_ONCE_ATTRIBUTE]: '' };
