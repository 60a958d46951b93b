import { SITE_VERIFICATION_TAGS } from '../../lib/publishing/search-engines';

/** The IndexNow key and verification codes the browser tests' builds are made with. */
export const FIXTURE_INDEXNOW_KEY = 'fixture-indexnow-key-2024';

export const FIXTURE_VERIFICATION_CODES: Record<string, string> = Object.fromEntries(
  SITE_VERIFICATION_TAGS.map(({ variable }, index) => [variable, `code-${index + 1}-${variable.toLowerCase()}`]),
);

export const FIXTURE_SEARCH_ENGINE_ENV: Record<string, string> = { ...FIXTURE_VERIFICATION_CODES, INDEXNOW_KEY: FIXTURE_INDEXNOW_KEY };
