// Address rules shared by the editor's schema and its panels. They mirror lib/content/sanitize.ts
// (which the client bundle must not import: it pulls in sanitize-html), so whatever the editor keeps
// also survives the server's sanitizer.

// Browsers ignore these characters inside URLs, so "java\tscript:" still runs.
const IGNORED_URL_CHARACTERS = /[\u0000-\u0020\u007f-\u009f]+/g

/** A link address the sanitizer keeps: http(s), mailto, an in-page #anchor or a site path "/...". */
export function isSafeHref(href: string): boolean {
  return /^(?:https?:\/\/|mailto:|#|\/(?![/\\]))/i.test(href.replace(IGNORED_URL_CHARACTERS, ''))
}

/** An image address the sanitizer keeps: http(s) or a site path "/...". */
export function isSafeImageSrc(src: string): boolean {
  return /^(?:https?:\/\/|\/(?![/\\]))/i.test(src.replace(IGNORED_URL_CHARACTERS, ''))
}

/** What the author may type in the link panel: a web address, an email link or a page of this site. */
export function isAcceptedLinkAddress(input: string): boolean {
  return /^(?:https?:\/\/[^\s/]\S*|mailto:[^\s@]+@\S+|\/(?![/\\])\S*)$/i.test(input.trim())
}

/** What the author may type in the image panel: a web address or a file from the media library. */
export function isAcceptedImageAddress(input: string): boolean {
  return /^(?:https?:\/\/[^\s/]\S*|\/media\/\S+)$/i.test(input.trim())
}

/**
 * The rel value for a link after the author sets or clears "Affiliate link". An affiliate link is
 * rel="sponsored nofollow" (the affiliate notice looks for "sponsored"); other tokens are kept.
 */
export function relForLink(currentRel: string | null | undefined, affiliate: boolean): string | null {
  const tokens = (currentRel ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const wasAffiliate = tokens.includes('sponsored')
  const others = tokens.filter((token) => token !== 'sponsored' && !(token === 'nofollow' && (wasAffiliate || affiliate)))
  const next = affiliate ? ['sponsored', 'nofollow', ...others] : others
  return next.length > 0 ? [...new Set(next)].join(' ') : null
}
