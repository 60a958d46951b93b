import { traditionalPairs } from '@/lib/search/traditional-table';

export const dynamic = 'force-static';

/** The traditional-to-simplified characters a 繁體 query is converted with (lib/search/traditional-to-simplified.ts). */
export function GET() {
  return Response.json(traditionalPairs());
}
