/** Words in a byline that name a role, not a person: 记者, 全媒体记者, 本刊特约撰稿人, 实习生… */
const ROLE = /^(?:[文图]\s*[/／|｜])?(?:《[^》]*》)?(?:全媒体|特约|见习|本刊|实习)*(?:记者|实习生|通讯员|编辑|摄影|撰稿人?|评论员|文|图|文\/图)[:：/]?$/u;

/** The names in a byline: `《民生周刊》记者 张三 实习生 李四` → `[张三, 李四]`. */
export function bylineAuthors(byline: string): string[] {
  return byline
    .split(/[\s\u00a0\u3000、，,]+/u)
    .filter((word) => word !== '' && !ROLE.test(word) && !word.startsWith('《'));
}

/** The people behind an article: its `authors`, or else the names in its byline. */
export function articleAuthors({ authors, byline }: { authors: string[]; byline?: string }): string[] {
  return authors.length > 0 ? authors : bylineAuthors(byline ?? '');
}
