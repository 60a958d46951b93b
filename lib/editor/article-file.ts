import type { ArticleFrontMatter } from '../content/front-matter-schema';
import { formatYaml } from '../content/yaml-text';

/** The text of an article file: front matter in the schema's field order, a blank line, the body. */
export function formatArticleFile(frontMatter: ArticleFrontMatter, body: string): string {
  const fields = Object.fromEntries(
    Object.entries(frontMatter).filter(([key, value]) => value !== undefined && !(key === 'authors' && Array.isArray(value) && value.length === 0)),
  );
  const yamlText = formatYaml(fields);
  return `---\n${yamlText}---\n\n${body.trim()}\n`;
}
