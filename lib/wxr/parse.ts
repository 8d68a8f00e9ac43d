import { SaxesParser, type SaxesTagNS } from 'saxes'
import { WxrError, type WxrComment, type WxrItem, type WxrItemTerm, type WxrRecord, type WxrTerm, type WxrTermTaxonomy } from './records'

// A streaming WXR reader: bytes in, typed records out as each one closes, so memory stays flat however
// long the file is. Strict XML (saxes). A DOCTYPE is refused outright: a WordPress export never has
// one, and without it there is no way to declare an external entity (XXE) or an entity that expands
// into millions (billion laughs); any other entity than the five XML ones is an error in saxes.
// See docs/decisions/0017-wordpress-import.md.

const SUPPORTED_VERSIONS: ReadonlySet<string> = new Set(['1.0', '1.1', '1.2'])

// WordPress writes http:// namespaces up to 6.x and https:// in newer exports (and WordPress.com).
function namespacePrefix(uri: string): string | null {
  if (/^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/$/.test(uri)) return 'wp'
  if (/^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/excerpt\/$/.test(uri)) return 'excerpt'
  if (/^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/$/.test(uri)) return 'content'
  if (/^https?:\/\/purl\.org\/dc\/elements\/1\.1\/$/.test(uri)) return 'dc'
  return null
}

function keyOf(tag: SaxesTagNS): string {
  if (!tag.uri) return tag.local
  const prefix = namespacePrefix(tag.uri)
  return prefix ? `${prefix}:${tag.local}` : `{${tag.uri}}${tag.local}`
}

type Frame = {
  key: string
  text: string
  isCapturing: boolean
  fields: Map<string, string>
  attributes: Record<string, string>
  terms: WxrItemTerm[]
  meta: Record<string, string>
}

const CONTAINERS: ReadonlySet<string> = new Set([
  'rss',
  'channel',
  'item',
  'wp:author',
  'wp:category',
  'wp:tag',
  'wp:term',
  'wp:postmeta',
  'wp:comment',
  'wp:commentmeta',
])

function integer(text: string | undefined): number {
  const value = Number.parseInt((text ?? '').trim(), 10)
  return Number.isFinite(value) ? value : 0
}

function optionalInteger(text: string | undefined): number | null {
  const value = integer(text)
  return value > 0 ? value : null
}

function field(frame: Frame, key: string): string {
  return frame.fields.get(key) ?? ''
}

function taxonomyOf(name: string): WxrTermTaxonomy {
  return name === 'category' || name === 'post_tag' || name === 'nav_menu' ? name : 'other'
}

function termFrom(frame: Frame): WxrTerm {
  const base = { kind: 'term' as const, wordpressId: optionalInteger(field(frame, 'wp:term_id')) }
  if (frame.key === 'wp:category') {
    return {
      ...base,
      taxonomy: 'category',
      taxonomyName: 'category',
      slug: field(frame, 'wp:category_nicename').trim(),
      parentSlug: field(frame, 'wp:category_parent').trim(),
      name: field(frame, 'wp:cat_name'),
      description: field(frame, 'wp:category_description'),
    }
  }
  if (frame.key === 'wp:tag') {
    return {
      ...base,
      taxonomy: 'post_tag',
      taxonomyName: 'post_tag',
      slug: field(frame, 'wp:tag_slug').trim(),
      parentSlug: '',
      name: field(frame, 'wp:tag_name'),
      description: field(frame, 'wp:tag_description'),
    }
  }
  const taxonomyName = field(frame, 'wp:term_taxonomy').trim()
  return {
    ...base,
    taxonomy: taxonomyOf(taxonomyName),
    taxonomyName,
    slug: field(frame, 'wp:term_slug').trim(),
    parentSlug: field(frame, 'wp:term_parent').trim(),
    name: field(frame, 'wp:term_name'),
    description: field(frame, 'wp:term_description'),
  }
}

function itemFrom(frame: Frame): WxrItem {
  return {
    kind: 'item',
    wordpressId: integer(field(frame, 'wp:post_id')),
    postType: field(frame, 'wp:post_type').trim(),
    title: field(frame, 'title'),
    link: field(frame, 'link').trim(),
    guid: field(frame, 'guid').trim(),
    creator: field(frame, 'dc:creator').trim(),
    content: field(frame, 'content:encoded'),
    excerpt: field(frame, 'excerpt:encoded'),
    postDate: field(frame, 'wp:post_date').trim(),
    postDateGmt: field(frame, 'wp:post_date_gmt').trim(),
    modifiedGmt: field(frame, 'wp:post_modified_gmt').trim() || field(frame, 'wp:post_modified').trim(),
    commentStatus: field(frame, 'wp:comment_status').trim(),
    slug: field(frame, 'wp:post_name').trim(),
    status: field(frame, 'wp:status').trim(),
    parentWordpressId: integer(field(frame, 'wp:post_parent')),
    menuOrder: integer(field(frame, 'wp:menu_order')),
    password: field(frame, 'wp:post_password'),
    isSticky: field(frame, 'wp:is_sticky').trim() === '1',
    attachmentUrl: field(frame, 'wp:attachment_url').trim(),
    terms: frame.terms,
    meta: frame.meta,
  }
}

function commentFrom(frame: Frame, postWordpressId: number): WxrComment {
  return {
    kind: 'comment',
    postWordpressId,
    wordpressId: integer(field(frame, 'wp:comment_id')),
    parentWordpressId: integer(field(frame, 'wp:comment_parent')),
    authorName: field(frame, 'wp:comment_author'),
    authorEmail: field(frame, 'wp:comment_author_email').trim(),
    authorUrl: field(frame, 'wp:comment_author_url').trim(),
    authorIp: field(frame, 'wp:comment_author_IP').trim(),
    date: field(frame, 'wp:comment_date').trim(),
    dateGmt: field(frame, 'wp:comment_date_gmt').trim(),
    content: field(frame, 'wp:comment_content'),
    approved: field(frame, 'wp:comment_approved').trim(),
    type: field(frame, 'wp:comment_type').trim(),
    userWordpressId: integer(field(frame, 'wp:comment_user_id')),
  }
}

/** The push side of the parser: feed text with `write`, finish with `close`; records go to `emit`. */
export function createWxrParser(emit: (record: WxrRecord) => void) {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const stack: Frame[] = []
  let hasRoot = false
  let isRootClosed = false
  let version: string | null = null
  let hasEmittedSite = false
  const site = { title: '', link: '', baseBlogUrl: '' }
  // Comments of an item whose wp:post_id came after them (never in WordPress's own files).
  let waitingComments: Frame[] = []

  const fail = (message: string): never => {
    throw new WxrError(message)
  }
  const ensureSite = () => {
    if (hasEmittedSite) return
    if (version === null) fail('This is an RSS feed, not a WordPress export: it has no wp:wxr_version. Export from WordPress with Tools → Export.')
    hasEmittedSite = true
    emit({ kind: 'site', version: version ?? '', ...site })
  }

  parser.on('xmldecl', (declaration) => {
    if (declaration.encoding && !/^utf-?8$/i.test(declaration.encoding)) fail(`The file is in ${declaration.encoding}; WordPress exports are UTF-8.`)
  })
  parser.on('doctype', () => fail('The file declares a DOCTYPE, which a WordPress export never has; it was refused to keep entities from being expanded.'))
  parser.on('error', (error) => fail(`The file is not well-formed XML: ${error.message}`))
  parser.on('opentag', (tag) => {
    const key = keyOf(tag)
    const parent = stack.at(-1)
    if (!parent) {
      if (key !== 'rss') fail(`This is not a WordPress export: its root element is <${tag.name}>, not <rss>.`)
      hasRoot = true
    }
    if (parent?.key === 'channel' && (key === 'item' || key === 'wp:author' || key === 'wp:category' || key === 'wp:tag' || key === 'wp:term')) ensureSite()
    const attributes: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.local] = attribute.value
    stack.push({ key, text: '', isCapturing: !CONTAINERS.has(key), fields: new Map(), attributes, terms: [], meta: {} })
  })
  const onText = (text: string) => {
    const frame = stack.at(-1)
    if (frame?.isCapturing) frame.text += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', () => {
    const frame = stack.pop()
    const parent = stack.at(-1)
    if (!frame) return
    if (!parent) {
      isRootClosed = true
      return
    }
    if (frame.isCapturing) {
      if (parent.isCapturing) parent.text += frame.text
      else if (!parent.fields.has(frame.key)) parent.fields.set(frame.key, frame.text)
      if (parent.key === 'item' && frame.key === 'category')
        parent.terms.push({ domain: frame.attributes.domain ?? '', slug: (frame.attributes.nicename ?? '').trim(), name: frame.text })
      if (parent.key === 'channel') {
        if (frame.key === 'wp:wxr_version') {
          version = frame.text.trim()
          if (!SUPPORTED_VERSIONS.has(version)) fail(`This WordPress export is WXR version ${version}; Spoonpress reads versions 1.0 to 1.2.`)
        }
        if (frame.key === 'title') site.title = frame.text
        if (frame.key === 'link') site.link = frame.text.trim()
        if (frame.key === 'wp:base_blog_url') site.baseBlogUrl = frame.text.trim()
      }
      return
    }
    if (frame.key === 'channel') ensureSite()
    else if (frame.key === 'wp:author' && parent.key === 'channel') {
      emit({
        kind: 'author',
        wordpressId: optionalInteger(field(frame, 'wp:author_id')),
        login: field(frame, 'wp:author_login').trim(),
        email: field(frame, 'wp:author_email').trim(),
        displayName: field(frame, 'wp:author_display_name'),
      })
    } else if ((frame.key === 'wp:category' || frame.key === 'wp:tag' || frame.key === 'wp:term') && parent.key === 'channel') emit(termFrom(frame))
    else if (frame.key === 'wp:postmeta' && parent.key === 'item') {
      const metaKey = field(frame, 'wp:meta_key')
      if (metaKey) parent.meta[metaKey] = field(frame, 'wp:meta_value')
    } else if (frame.key === 'wp:comment' && parent.key === 'item') {
      const postId = optionalInteger(parent.fields.get('wp:post_id'))
      if (postId === null) waitingComments.push(frame)
      else emit(commentFrom(frame, postId))
    } else if (frame.key === 'item' && parent.key === 'channel') {
      const item = itemFrom(frame)
      if (item.wordpressId <= 0) fail(`An item (“${item.title.slice(0, 60)}”) has no wp:post_id.`)
      emit(item)
      for (const comment of waitingComments) emit(commentFrom(comment, item.wordpressId))
      waitingComments = []
    }
  })

  return {
    write(text: string) {
      parser.write(text)
    },
    close() {
      if (!hasRoot) fail('The file is empty or not XML.')
      if (!isRootClosed) fail('The file ends too early: it looks truncated (an element is never closed).')
      parser.close()
      ensureSite()
    },
  }
}

function wrapUnexpected(error: unknown): never {
  if (error instanceof WxrError) throw error
  throw new WxrError(`The file is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`)
}

/** Streams records out of a WXR byte stream; throws WxrError with one clear sentence on a bad file. */
export async function* parseWxr(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<WxrRecord> {
  const queue: WxrRecord[] = []
  const parser = createWxrParser((record) => queue.push(record))
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    for await (const chunk of chunks) {
      try {
        parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
      } catch (error) {
        if (error instanceof TypeError) throw new WxrError('The file is not UTF-8 text: it is not a WordPress export.')
        wrapUnexpected(error)
      }
      yield* queue.splice(0)
    }
    try {
      parser.write(decoder.decode())
      parser.close()
    } catch (error) {
      if (error instanceof TypeError) throw new WxrError('The file is not UTF-8 text: it is not a WordPress export.')
      wrapUnexpected(error)
    }
    yield* queue.splice(0)
  } finally {
    queue.length = 0
  }
}

/** The whole file at once: for tests and small inputs. */
export function parseWxrText(xml: string): WxrRecord[] {
  const records: WxrRecord[] = []
  const parser = createWxrParser((record) => records.push(record))
  try {
    parser.write(xml)
    parser.close()
  } catch (error) {
    wrapUnexpected(error)
  }
  return records
}
