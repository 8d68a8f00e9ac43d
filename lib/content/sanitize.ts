import sanitize, { type IOptions } from 'sanitize-html'
import { isSafeHref, isSafeImageSrc } from './urls'

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'code',
  'pre',
  'kbd',
  'blockquote',
  'cite',
  'q',
  'abbr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'img',
  'figure',
  'figcaption',
  'section',
  'aside',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'span',
  'div',
]

const ALLOWED_CLASSES = [
  'pull-quote',
  'references',
  'key-points',
  'aligncenter',
  'alignleft',
  'alignright',
  'wp-caption',
  'size-full',
  'size-large',
  'size-medium',
]

const ALLOWED_REL_TOKENS: ReadonlySet<string> = new Set(['sponsored', 'nofollow', 'ugc', 'noopener', 'noreferrer'])

// Disallowed tags normally keep their text; these lose it too, because their content is code,
// fallback for embeds we refuse, or foreign markup (svg, math) used for parser-confusion attacks.
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'xmp',
  'noscript',
  'template',
  'title',
  'iframe',
  'object',
  'embed',
  'noembed',
  'noframes',
  'svg',
  'math',
  'select',
]

function filterRel(rel: string): string {
  const tokens = new Set(
    rel
      .toLowerCase()
      .split(/\s+/)
      .filter((token) => ALLOWED_REL_TOKENS.has(token)),
  )
  return [...tokens].join(' ')
}

// sanitize-html turns a refused enumerated value into a bare attribute, so these are checked here.
const TABLE_SCOPES: ReadonlySet<string> = new Set(['row', 'col', 'rowgroup', 'colgroup'])
const IMAGE_LOADING: ReadonlySet<string> = new Set(['lazy', 'eager'])

type Attributes = Record<string, string>

function keepLink(attribs: Attributes): Attributes {
  const kept = { ...attribs }
  if (kept.href !== undefined) {
    if (isSafeHref(kept.href)) kept.href = kept.href.trim()
    else delete kept.href
  }
  if (kept.rel !== undefined) {
    const rel = filterRel(kept.rel)
    if (rel === '') delete kept.rel
    else kept.rel = rel
  }
  return kept
}

function keepImage(attribs: Attributes): Attributes {
  const kept = { ...attribs }
  if (kept.src !== undefined) {
    if (isSafeImageSrc(kept.src)) kept.src = kept.src.trim()
    else delete kept.src
  }
  if (kept.loading !== undefined && !IMAGE_LOADING.has(kept.loading)) delete kept.loading
  return kept
}

function keepTableCell(attribs: Attributes): Attributes {
  const kept = { ...attribs }
  if (kept.scope !== undefined && !TABLE_SCOPES.has(kept.scope)) delete kept.scope
  return kept
}

const OPTIONS: IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'title', 'loading'],
    td: ['colspan', 'rowspan', 'scope'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start', 'reversed'],
    abbr: ['title'],
    blockquote: ['cite'],
  },
  allowedClasses: { '*': ALLOWED_CLASSES },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: {
    // The post title is the page's only h1.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: keepLink(attribs) }),
    img: (tagName, attribs) => ({ tagName, attribs: keepImage(attribs) }),
    td: (tagName, attribs) => ({ tagName, attribs: keepTableCell(attribs) }),
    th: (tagName, attribs) => ({ tagName, attribs: keepTableCell(attribs) }),
  },
  // An image whose source was refused is dropped whole rather than left as a broken box.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
}

/** The one HTML sanitizer: post and page bodies go through it on save and on import. */
export function sanitizeHtml(dirty: string): string {
  return sanitize(dirty, OPTIONS)
}

/** True when the html, once sanitized, holds a link marked rel="sponsored" (an affiliate link). */
export function hasAffiliateLinks(html: string): boolean {
  const clean = sanitizeHtml(html)
  // sanitize-html always writes attributes double-quoted with inner quotes escaped.
  for (const match of clean.matchAll(/<a\s[^>]*\brel="([^"]*)"/g)) {
    if ((match[1] ?? '').split(' ').includes('sponsored')) return true
  }
  return false
}
