import { sanitizeHtml } from '@/lib/content/sanitize'

// WordPress post content as it sits in an export, turned into the HTML Spoonpress stores: block
// comments gone, shortcodes replaced by their nearest plain HTML, old-style text given its paragraphs
// (WordPress's wpautop runs at display time, so classic posts are stored without <p>), and last of all
// the one sanitizer.

export type AttachmentRef = { url: string; title: string; caption: string }

export type ContentContext = {
  attachments: ReadonlyMap<number, AttachmentRef>
  // Attachments whose parent is this post, for a [gallery] without ids (WordPress shows those).
  postAttachmentIds: readonly number[]
  // A file URL from the export mapped to its copy in the media library (--uploads).
  localUrl?: (url: string) => string | null
}

const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g

export function stripBlockComments(html: string): string {
  return html.replace(BLOCK_COMMENT, '')
}

export function hasBlocks(html: string): boolean {
  return /<!--\s*wp:/.test(html)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The attributes of a shortcode's opening tag: name="value", name='value', name=value. */
export function shortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))/g)) {
    attributes[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
  }
  return attributes
}

const ALIGNMENTS: ReadonlySet<string> = new Set(['alignleft', 'alignright', 'aligncenter'])

function caption(attributeText: string, inner: string): string {
  const attributes = shortcodeAttributes(attributeText)
  // The caption text is either the attribute (old form) or whatever follows the image.
  const media = inner.match(/^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i)
  const image = media?.[1] ?? ''
  const text = (attributes.caption ?? media?.[2] ?? inner).trim()
  const align = ALIGNMENTS.has(attributes.align ?? '') ? ` ${attributes.align}` : ''
  if (!image) return text
  return `<figure class="wp-caption${align}">${image}<figcaption>${text}</figcaption></figure>`
}

function gallery(attributeText: string, context: ContentContext): string {
  const attributes = shortcodeAttributes(attributeText)
  const ids = attributes.ids ? attributes.ids.split(',').map((id) => Number.parseInt(id.trim(), 10)) : [...context.postAttachmentIds]
  const images = ids.flatMap((id) => {
    const attachment = context.attachments.get(id)
    if (!attachment) return []
    const src = context.localUrl?.(attachment.url) ?? attachment.url
    const figcaption = attachment.caption ? `<figcaption>${escapeHtml(attachment.caption)}</figcaption>` : ''
    return [`<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(attachment.title)}">${figcaption}</figure>`]
  })
  return images.length ? `<figure class="gallery">${images.join('')}</figure>` : ''
}

function link(url: string): string {
  const href = url.trim()
  return /^https?:\/\//i.test(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>` : ''
}

// Bracketed words that are not shortcodes ("[sic]", "[1]") stay: only a known name, a name with
// attributes or a name with a closing tag counts as a shortcode.
const KNOWN_SHORTCODES: ReadonlySet<string> = new Set([
  'audio',
  'video',
  'playlist',
  'wpvideo',
  'youtube',
  'vimeo',
  'googlemaps',
  'code',
  'sourcecode',
  'contact-form',
  'archives',
  'gravityform',
  'slideshow',
  'instagram',
  'twitter',
  'tweet',
  'soundcloud',
  'wpforms',
  'wp_caption',
])

/** Replaces shortcodes: captions and galleries become figures, embeds and media links, the rest go. */
export function convertShortcodes(html: string, context: ContentContext): string {
  let out = html.replace(/\[(caption|wp_caption)\b([^\]]*)\]([\s\S]*?)\[\/\1\]/gi, (_all, _name: string, attributeText: string, inner: string) =>
    caption(attributeText, inner),
  )
  out = out.replace(/\[gallery\b([^\]]*)\]/gi, (_all, attributeText: string) => gallery(attributeText, context))
  out = out.replace(/\[embed\b[^\]]*\]([\s\S]*?)\[\/embed\]/gi, (_all, url: string) => link(url))
  out = out.replace(/\[(audio|video)\b([^\]]*)\](?:[\s\S]*?\[\/\1\])?/gi, (_all, _name: string, attributeText: string) => {
    const attributes = shortcodeAttributes(attributeText)
    const source = attributes.src ?? attributes.mp3 ?? attributes.mp4 ?? attributes.m4a ?? attributes.ogg ?? attributes.wav ?? ''
    return source ? `<p>${link(source)}</p>` : ''
  })
  // Enclosing shortcodes we do not know: the tags go, what they enclose stays.
  out = out.replace(/\[([a-z][\w-]*)\b[^\]]*\]([\s\S]*?)\[\/\1\]/gi, (_all, _name: string, inner: string) => inner)
  out = out.replace(/\[([a-z][\w-]*)(\s[^\]]*)?\/?\]/gi, (all, name: string, attributeText: string | undefined) =>
    KNOWN_SHORTCODES.has(name.toLowerCase()) || (attributeText ?? '').includes('=') ? '' : all,
  )
  // A URL alone on its line is an oEmbed in WordPress; here it is a link.
  return out.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gim, (_all, url: string) => link(url))
}

const BLOCK_TAG =
  /^<\/?(?:p|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|figure|figcaption|div|hr|section|aside|address|form|fieldset|details|summary|nav|header|footer|article|style|script|iframe|object|math|svg|caption|map)\b/i

/**
 * WordPress's wpautop in short: text separated by a blank line becomes paragraphs, a single newline
 * inside one becomes <br>. Chunks that already start with a block element stay as they are, and
 * <pre> keeps its newlines.
 */
export function autoParagraphs(html: string): string {
  const preserved: string[] = []
  const shielded = html.replace(/<pre\b[\s\S]*?<\/pre>/gi, (block) => `\u0000${preserved.push(block) - 1}\u0000`)
  const chunks = shielded.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/)
  const paragraphs = chunks.flatMap((chunk) => {
    const trimmed = chunk.trim()
    if (!trimmed) return []
    if (BLOCK_TAG.test(trimmed) || /^\u0000\d+\u0000$/.test(trimmed)) return [trimmed]
    return [`<p>${trimmed.replace(/\n/g, '<br>\n')}</p>`]
  })
  return paragraphs.join('\n').replace(/\u0000(\d+)\u0000/g, (_all, index: string) => preserved[Number(index)] ?? '')
}

/** Export content in, stored HTML out. */
export function convertContent(content: string, context: ContentContext): string {
  // Block content is made of block elements already, which autoParagraphs leaves alone; running it
  // anyway tidies the blank lines the block comments leave, so converting twice changes nothing.
  let html = autoParagraphs(convertShortcodes(stripBlockComments(content), context))
  if (context.localUrl) {
    html = html.replace(/\b(src|href)="([^"]+)"/g, (all, attribute: string, url: string) => {
      const local = context.localUrl?.(url)
      return local ? `${attribute}="${local}"` : all
    })
  }
  return sanitizeHtml(html).trim()
}
