import { Converter } from 'opencc-js/cn2t';

/**
 * Simplified Chinese to traditional characters by OpenCC's rules (phrases first, then characters,
 * then Taiwan's standard glyphs: `s2tw`). Words are kept; only the characters change. The
 * dictionaries are about 1 MB, so pages load this module only when a reader asks for 繁體.
 */
export const toTraditional: (text: string) => string = Converter({ from: 'cn', to: 'tw' });
