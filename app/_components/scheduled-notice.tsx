import type { Issue } from '@/lib/content/content-index';
import { issueDateLabel } from '@/lib/content/labels';

/** In the editors' preview (`npm run dev`), marks an issue dated after the publication cut-off. */
export function ScheduledNotice({ issue }: { issue: Pick<Issue, 'date' | 'scheduled'> }) {
  if (!issue.scheduled) return null;
  return (
    <p data-scheduled-notice className="mb-4 rounded border border-masthead bg-surface px-3 py-2 text-sm font-bold text-masthead-dark">
      预览（未出版）：本期定于{issueDateLabel(issue.date)}出版，之前的构建不会发布它。
    </p>
  );
}
