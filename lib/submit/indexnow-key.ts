/**
 * The IndexNow key: the site proves it owns the URLs it pushes by serving the key, as a text file
 * holding nothing else, at `/<key>.txt`.
 */
export const INDEXNOW_KEY_VARIABLE = 'INDEXNOW_KEY';

/** What IndexNow accepts: 8 to 128 letters, digits and dashes. */
const KEY_PATTERN = /^[A-Za-z0-9-]{8,128}$/;

/** The route that answers with the key; `/<key>.txt` is rewritten to it (copied to in the export). */
export const INDEXNOW_KEY_ROUTE = '/indexnow-key.txt';

/** `INDEXNOW_KEY`, or undefined when unset; a key IndexNow would refuse is an error that says why. */
export function indexNowKey(env: Record<string, string | undefined> = process.env): string | undefined {
  const key = env[INDEXNOW_KEY_VARIABLE]?.trim();
  if (!key) return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new Error(`${INDEXNOW_KEY_VARIABLE}: must be 8 to 128 letters (a–z, A–Z), digits and dashes, got ${JSON.stringify(key)}`);
  }
  return key;
}

export const indexNowKeyPath = (key: string) => `/${key}.txt`;
