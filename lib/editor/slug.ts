import { pinyin } from 'pinyin-pro';

const MAX_SLUG_LENGTH = 60;

/** A stable ASCII slug from a Chinese title: its pinyin syllables, e.g. `dang-jian-yin-ling-…`. */
export function slugFromTitle(title: string): string {
  const words = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((syllable) => syllable.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > MAX_SLUG_LENGTH) break;
    slug = longer;
  }
  return slug || 'article';
}
