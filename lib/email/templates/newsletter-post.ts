import { escapeHtml } from '../escape'
import { emailDocument, oneLine, webUrl } from './parts'

export type NewsletterPostEmailInput = {
  siteTitle: string
  postTitle: string
  postUrl: string
  keyPoints: string[]
  /** The post body as stored: already cleaned by lib/content/sanitize.ts, so inserted as html. */
  bodyHtml: string
  siteUrl: string
  unsubscribeUrl: string
  firstName: string
}

// One attribute at a time, so text inside a quoted value is never mistaken for an attribute.
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite'])
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i

// A mail client has no page to resolve "/uploads/x.jpg" against, so every site-relative link and image
// becomes absolute: "/path" against the site, "#anchor" against the post. Values stay html-escaped.
function absoluteAttribute(value: string, siteUrl: string, postUrl: string): string {
  const trimmed = value.trim()
  if (trimmed === '' || HAS_SCHEME.test(trimmed) || trimmed.startsWith('//')) return trimmed
  if (trimmed.startsWith('#')) return `${escapeHtml(postUrl.replace(/#.*$/, ''))}${trimmed}`
  return `${escapeHtml(siteUrl)}${trimmed.startsWith('/') ? '' : '/'}${trimmed}`
}

/** The sanitized post body made fit for email: absolute links and images, images no wider than the column. */
export function emailBodyHtml(bodyHtml: string, siteUrl: string, postUrl: string): string {
  const site = siteUrl.replace(/\/+$/, '')
  return bodyHtml.replace(
    /<(a|img|blockquote)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/gi,
    (_tag, name: string, attributes: string, selfClose: string) => {
      const rewritten = attributes.replace(ATTRIBUTE, (attribute, attributeName: string, doubleQuoted?: string, singleQuoted?: string, bare?: string) => {
        if (!URL_ATTRIBUTES.has(attributeName.toLowerCase())) return attribute
        const value = absoluteAttribute(doubleQuoted ?? singleQuoted ?? bare ?? '', site, postUrl)
        return ` ${attributeName}="${value.replace(/"/g, '&quot;')}"`
      })
      const imageStyle = name.toLowerCase() === 'img' ? ' style="max-width:100%;height:auto"' : ''
      return `<${name}${imageStyle}${rewritten}${selfClose ? ' /' : ''}>`
    },
  )
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const codePoint = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity
  })
}

const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|ul|ol|dl|dt|dd|blockquote|figure|figcaption|table|thead|tbody|tfoot|caption|section|aside|pre|hr)\b[^>]*>/gi

/** The plain-text part from the html one: tags dropped, paragraphs kept, link URLs in parentheses. */
export function htmlToText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html
  const text = body
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi, (_match, attributes: string, inner: string) => {
      const label = inner.replace(/<[^>]*>/g, '').trim()
      const href = /\shref\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim() ?? ''
      const isShown = href !== '' && !href.startsWith('#') && decodeEntities(href) !== decodeEntities(label)
      if (!isShown) return label || href
      return label ? `${label} (${href})` : href
    })
    .replace(/<img\b[^>]*\salt\s*=\s*"([^"]+)"[^>]*>/gi, ' [$1] ')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li>/gi, '')
    .replace(/<\/tr>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<[^>]*>/g, '')
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n')
}

export function newsletterPostEmail(input: NewsletterPostEmailInput): { subject: string; text: string; html: string } {
  const siteTitle = oneLine(input.siteTitle)
  const postTitle = oneLine(input.postTitle) || 'A new post'
  const firstName = oneLine(input.firstName)
  const keyPoints = input.keyPoints.map(oneLine).filter((point) => point !== '')
  const postUrl = webUrl(input.postUrl)
  const siteUrl = webUrl(input.siteUrl).replace(/\/+$/, '')
  const unsubscribeUrl = webUrl(input.unsubscribeUrl)

  const subject = postTitle.replace(/[\r\n]+/g, ' ')
  const greeting = firstName ? `Hello ${firstName},` : 'Hello,'
  const siteHost = new URL(siteUrl).host

  const e = escapeHtml
  const keyPointsBox =
    keyPoints.length === 0
      ? ''
      : `<div style="margin:24px 0;padding:12px 20px;border:2px solid #b9a98f;border-radius:8px;background:#ffffff">
<p style="margin:0 0 8px;font-weight:bold">Key points</p>
<ul style="margin:0;padding-left:24px">
${keyPoints.map((point) => `<li>${e(point)}</li>`).join('\n')}
</ul>
</div>
`
  const html = emailDocument(
    subject,
    `<p>${e(greeting)}</p>
<p>There is a new post on ${e(siteTitle)}:</p>
<h1 style="margin:16px 0;font-size:26px;line-height:1.3"><a href="${e(postUrl)}" style="color:#2b2b2b">${e(postTitle)}</a></h1>
${keyPointsBox}<div>
${emailBodyHtml(input.bodyHtml, siteUrl, postUrl)}
</div>
<p style="margin:32px 0"><a href="${e(postUrl)}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:#1d4f91;color:#ffffff;font-weight:bold;text-decoration:none">Read it on the site</a></p>
<hr style="margin:32px 0 16px;border:0;border-top:1px solid #d8cfc0">
<p style="font-size:16px;color:#555555">You are getting this email because you subscribed to ${e(siteTitle)} at <a href="${e(siteUrl)}" style="color:#1d4f91">${e(siteHost)}</a>.</p>
<p style="font-size:16px;color:#555555"><a href="${e(unsubscribeUrl)}" style="color:#1d4f91">Unsubscribe</a> — one click is all it takes.</p>`,
  )
  return { subject, text: htmlToText(html), html }
}
