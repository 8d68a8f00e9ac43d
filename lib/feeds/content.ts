import { plainTextToHtml } from '@/lib/content/plain-text'
import { sanitizeHtml } from '@/lib/content/sanitize'
import { escapeXml } from './xml'

// Root-relative links and image sources in a body become absolute: feed readers resolve nothing.
export function absolutizeUrls(html: string, siteUrl: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, (_match, attribute: string) => `${attribute}="${siteUrl}/`)
}

// Escapes for HTML text (the entry HTML is itself escaped again as XML text by the builders).
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The HTML of a post in a feed: its key points first, then the body, through the one sanitizer. */
export function feedEntryHtml(post: { body: string; keyPoints: string[] | null }, siteUrl: string): string {
  const keyPoints = post.keyPoints?.length
    ? `<aside><h2>Key points</h2><ul>${post.keyPoints.map((point) => `<li>${escapeHtml(point)}</li>`).join('')}</ul></aside>`
    : ''
  return sanitizeHtml(absolutizeUrls(`${keyPoints}${post.body}`, siteUrl))
}

/** A comment (plain text as typed) as HTML paragraphs for a comments feed. */
export function commentHtml(body: string): string {
  return plainTextToHtml(body)
}

export { escapeXml }
