import { type JsonLd as JsonLdData, serializeJsonLd } from '@/lib/publishing/structured-data';

/** Structured data for search engines; serializeJsonLd escapes anything that could end the script. */
export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
