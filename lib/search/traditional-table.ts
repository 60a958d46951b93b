import { Converter } from 'opencc-js/t2cn';
import type { TraditionalPairs } from './traditional-to-simplified';

/** The CJK blocks whose characters have simplified forms: Extension A, the Unified Ideographs, the compatibility ones. */
const RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Every character OpenCC converts from traditional (Taiwan's glyphs too) to one simplified character. Built once, at build time. */
export function traditionalPairs(): TraditionalPairs {
  const convert = Converter({ from: 'tw', to: 'cn' });
  let pairs = '';
  for (const [first, last] of RANGES) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      const character = String.fromCodePoint(codePoint);
      const simplified = convert(character);
      if (simplified !== character && [...simplified].length === 1) pairs += character + simplified;
    }
  }
  return pairs;
}
