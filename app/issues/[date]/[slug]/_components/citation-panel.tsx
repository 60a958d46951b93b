'use client';

import type { ArticleCitations } from '@/lib/publishing/citation';
import { CopyButton } from './copy-button';

const STYLES: { key: keyof ArticleCitations; name: string }[] = [
  { key: 'gbt7714', name: 'GB/T 7714-2015' },
  { key: 'apa', name: 'APA 7' },
  { key: 'bibtex', name: 'BibTeX' },
];

/** 引用: the article's reference in three styles, each ready to copy. */
export function CitationPanel({ citations }: { citations: ArticleCitations }) {
  return (
    <dl className="space-y-3">
      {STYLES.map(({ key, name }) => (
        <div key={key}>
          <dt className="flex flex-wrap items-center gap-x-3 gap-y-1 font-bold">
            {name}
            <CopyButton text={citations[key]} label="复制" description={`${name}格式的引用`} />
          </dt>
          <dd className="mt-1">
            <pre className="font-sans text-sm break-all whitespace-pre-wrap" data-citation={key}>
              {citations[key]}
            </pre>
          </dd>
        </div>
      ))}
    </dl>
  );
}
