import { findDoubledPunctuation, findHalfWidthBetweenChinese, findUnbalancedPairs } from './punctuation';

/** Chinese text problems worth an editor's look; none of them stops publishing. */
export function chineseTextWarnings(text: string): string[] {
  return [
    ...findHalfWidthBetweenChinese(text).map((context) => `half-width punctuation between Chinese characters: "${context}"`),
    ...findDoubledPunctuation(text).map((marks) => `doubled punctuation: "${marks}"`),
    ...findUnbalancedPairs(text).map((pair) => `unbalanced ${pair}`),
  ];
}
