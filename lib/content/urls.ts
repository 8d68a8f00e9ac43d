// Which link and image addresses the site keeps: the one rule, read by the sanitizer
// (lib/content/sanitize.ts) and by the editor's link and image panels in the browser, so whatever the
// editor offers also survives the server. Pure and dependency-free: the client bundle imports it.

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
