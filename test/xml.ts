import { XMLParser, XMLValidator } from 'fast-xml-parser'

// Tests read feeds and sitemaps with a real XML parser: a malformed document throws here.
export function parseXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'category', 'link'].includes(name),
  })
  return parser.parse(text) as Record<string, unknown>
}
