import { serializeJsonLd } from '@/lib/seo/json-ld'

// Structured data goes into a page only through here: serializeJsonLd escapes "<" so no text can
// close the script element.
export function JsonLd({ data }: { data: Parameters<typeof serializeJsonLd>[0] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
