import { createHash } from 'node:crypto'

// The reader pages' Content-Security-Policy (docs/decisions/0016-csp-hashes.md). Reader pages are
// cached whole, so a per-request nonce cannot work; instead scripts/serve.ts hashes the inline scripts
// of each page when it renders or caches it and sends exactly those hashes with that page.
// Pure: the HTML and the settings in, a header value out.

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi

/** sha256 sources for every inline script of the page (scripts with a src are covered by 'self'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? ''
    if (/\ssrc\s*=/i.test(attributes)) continue
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(match[2] ?? '', 'utf8')
        .digest('base64')}'`,
    )
  }
  return [...hashes]
}

export type ReaderPolicyInput = { scriptHashes: readonly string[]; imageHosts: readonly string[] }

/** Reader pages: no 'unsafe-inline' for scripts, only Next's own files and this page's inline scripts by hash. */
export function readerContentSecurityPolicy({ scriptHashes, imageHosts }: ReaderPolicyInput): string {
  return contentSecurityPolicy({ scriptSources: scriptHashes, imageSources: ['data:', ...imageHosts] })
}

/**
 * The editor, login, preview and API (not cached through scripts/serve.ts, showing the author's own
 * sanitized content): Next's inline scripts are allowed wholesale there, and images from any https host.
 */
export function editorContentSecurityPolicy(): string {
  return contentSecurityPolicy({ scriptSources: ["'unsafe-inline'"], imageSources: ['data:', 'https:'] })
}

function contentSecurityPolicy({ scriptSources, imageSources }: { scriptSources: readonly string[]; imageSources: readonly string[] }): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptSources].join(' '),
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", ...imageSources].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** HSTS only when the site is served over https (a plain-http site would lock readers out). */
export function strictTransportSecurity(siteUrl: string): string | null {
  return siteUrl.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : null
}
