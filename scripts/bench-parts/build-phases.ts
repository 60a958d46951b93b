/**
 * Where a `next build` spent its time, read from what it prints: compiling (`✓ Compiled successfully
 * in 12.8s`), generating the static pages (`✓ Generating static pages using 1 worker (2275/2275) in
 * 36.6s`), and the rest of the wall time (starting, collecting page data — where the site reads its
 * content and builds the search index —, finalizing, and `npm run build`'s page-policy pass).
 */
export type BuildPhases = { compileSeconds: number; generateSeconds: number; otherSeconds: number };

const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, min: 60 };

/** Next.js prints durations as `250ms`, `3.2s`, `45s` or `2.5min`. */
function secondsAfter(output: string, pattern: RegExp): number | undefined {
  const match = output.match(pattern);
  return match ? Number(match[1]) * UNIT_SECONDS[match[2]] : undefined;
}

export function buildPhases(output: string, wallMs: number): BuildPhases | undefined {
  const compileSeconds = secondsAfter(output, /Compiled successfully in ([\d.]+)(ms|s|min)\b/);
  const generateSeconds = secondsAfter(output, /Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(ms|s|min)\b/);
  if (compileSeconds === undefined || generateSeconds === undefined) return undefined;
  const round = (seconds: number) => Number(seconds.toFixed(1));
  return { compileSeconds: round(compileSeconds), generateSeconds: round(generateSeconds), otherSeconds: round(wallMs / 1000 - compileSeconds - generateSeconds) };
}
