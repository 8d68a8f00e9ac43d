// The front server's half of reading comfort (docs/decisions/0021-reading-comfort.md): the cached page
// is rendered once with a neutral <html>, and a reader's comfort classes are written into its class
// attribute on the way out. The classes come from lib/comfort/comfort.ts (known tokens only). Pure.

const htmlTagStart = Buffer.from('<html')
const classAttribute = Buffer.from(' class="')
// The <html> tag comes right after the doctype; never search a whole 300 KB page for it.
const searchWindow = 1024

/** The page with `classes` added to its <html> element; the same Buffer when there is nothing to add. */
export function withHtmlClasses(body: Buffer, classes: string): Buffer {
  if (!classes) return body
  const start = body.indexOf(htmlTagStart)
  if (start < 0 || start > searchWindow) return body
  const end = body.indexOf(0x3e /* > */, start)
  if (end < 0) return body
  const attribute = body.indexOf(classAttribute, start)
  if (attribute >= 0 && attribute < end) {
    const at = attribute + classAttribute.length
    return Buffer.concat([body.subarray(0, at), Buffer.from(`${classes} `), body.subarray(at)])
  }
  return Buffer.concat([body.subarray(0, end), Buffer.from(` class="${classes}"`), body.subarray(end)])
}

type Variant = { source: Buffer; body: Buffer; gzipBody: Buffer }

/**
 * A small, bounded store of comfort variants of cached pages (the edited HTML and its gzip), so a
 * reader with a comfort cookie costs a Map lookup, not a gzip, on a HIT. An entry is tied to the exact
 * cached body it was made from: once the page is re-rendered, the old variant is never served.
 */
export class ComfortVariants {
  private readonly entries = new Map<string, Variant>()
  private totalBytes = 0

  constructor(
    private readonly maxBytes: number,
    private readonly gzip: (body: Buffer) => Buffer,
  ) {}

  get(key: string, page: { body: Buffer }, classes: string): { body: Buffer; gzipBody: Buffer } {
    const entryKey = `${classes}\n${key}`
    const entry = this.entries.get(entryKey)
    if (entry && entry.source === page.body) {
      this.entries.delete(entryKey)
      this.entries.set(entryKey, entry)
      return entry
    }
    if (entry) this.remove(entryKey, entry)
    const body = withHtmlClasses(page.body, classes)
    const made: Variant = { source: page.body, body, gzipBody: this.gzip(body) }
    const size = made.body.length + made.gzipBody.length
    if (size > this.maxBytes) return made
    this.entries.set(entryKey, made)
    this.totalBytes += size
    for (const [oldestKey, oldest] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break
      this.remove(oldestKey, oldest)
    }
    return made
  }

  get size() {
    return this.entries.size
  }

  private remove(key: string, entry: Variant) {
    this.entries.delete(key)
    this.totalBytes -= entry.body.length + entry.gzipBody.length
  }
}
