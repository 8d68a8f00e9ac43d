import path from 'node:path'
import type { NextConfig } from 'next'
import { editorContentSecurityPolicy, readerContentSecurityPolicy } from './lib/http/csp'
import { alternation, appSegments, archiveSegments } from './lib/routes'

// Paths that are never reader pages (lib/routes.ts): Next internals, the editor, auth, generated
// assets and the internal greeting segments themselves.
const notReaderPage = alternation(appSegments)

// A post URL (/{slug} or /{slug}/comment-page-N): one segment that is not an archive or a route above.
const postSlug = `:slug((?!(?:${notReaderPage}|${alternation(archiveSegments)})$)[^/]+)`

// What makes a post page per-reader: the form under a comment (?replytocom=, the no-JavaScript reply),
// a comment of theirs awaiting moderation, or their saved commenter details.
const perReader = [
  { type: 'query', key: 'replytocom' },
  { type: 'query', key: 'unapproved' },
  { type: 'cookie', key: 'sp_pending' },
  { type: 'cookie', key: 'sp_commenter' },
  // Unlocked password-protected posts (lib/posts/password.ts): their text is never in the shared cache.
  { type: 'cookie', key: 'sp_postpass' },
] as const

// Reader pages: scripts/serve.ts replaces this with the same policy plus the hashes of the page's own
// inline scripts (lib/http/csp.ts, docs/decisions/0016-csp-hashes.md). What reaches a reader without
// passing there (the HTML answer to a form posted without JavaScript) runs no inline script at all.
// `next dev` has no serve.ts in front, so it keeps the editor's policy everywhere.
const editorPolicy = editorContentSecurityPolicy()
const readerPolicy = process.env.NODE_ENV === 'development' ? editorPolicy : readerContentSecurityPolicy({ scriptHashes: [], imageHosts: [] })

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes every rendered page in plain JavaScript to make an ETag: 14% of the CPU of an uncached
  // 200-comment post in a profile. Pages are served from the front cache (scripts/serve.ts), which
  // answers in microseconds anyway, so the validator buys nothing.
  generateEtags: false,
  // Next's in-memory page and data cache, minus a race that could keep an old page after a change
  // (lib/http/isr-cache-handler.mjs). An absolute path: Next imports it at run time.
  cacheHandler: path.join(process.cwd(), 'lib/http/isr-cache-handler.mjs'),
  reactStrictMode: true,
  experimental: {
    // Image uploads go through a server action: room for the 8 MB limit (lib/media/sniff.ts) plus fields.
    serverActions: { bodySizeLimit: '9mb' },
    // The rendered-page cache lives in memory only: the database is the source of truth, and a
    // restart (or a fresh test database behind the same build) must never serve pages from an old run.
    isrFlushToDisk: false,
  },
  async rewrites() {
    // Every reader page exists in two cached variants, for a first-time and a returning visitor, so
    // the greeting box differs without rendering anything per request (docs/decisions/0005: exactly one variant
    // reaches the reader, no layout jump). The cookie picks the variant before routing. It is set by a
    // hidden image on the first-visit variant (components/returning-beacon.tsx), never by a cached page,
    // so a shared cache in front can keep every variant (docs/decisions/0026-shared-caches.md).
    return {
      // Old WordPress links by id (/?p=12 …) go to the route that knows where each item lives now.
      beforeFiles: ['p', 'page_id', 'cat', 'attachment_id'].map((key) => ({
        source: '/',
        has: [{ type: 'query' as const, key, value: '(?<id>\\d+)' }],
        destination: `/wordpress-link/${key}/:id`,
      })),
      afterFiles: [
        // A post's comments feed, WordPress's /{post}/feed: to its route handler before the reader-page
        // rewrites below would send it to the post catch-all (docs/decisions/0012-feeds.md).
        { source: `/${postSlug}/feed`, destination: '/comments/feed/:slug' },
        // Archive feeds, WordPress's /category/{path}/feed, /tag/{slug}/feed and /author/{slug}/feed.
        { source: '/:kind(category|tag|author)/:path+/feed', destination: '/feed/:kind/:path+' },
        ...perReader.flatMap((condition) => [
          { source: `/${postSlug}`, has: [condition], destination: '/conversation/:slug' },
          { source: `/${postSlug}/:commentPage(comment-page-\\d+)`, has: [condition], destination: '/conversation/:slug/:commentPage' },
        ]),
        { source: '/', has: [{ type: 'cookie', key: 'sp_returning' }], destination: '/returning' },
        { source: '/', destination: '/first' },
        {
          source: `/:path((?!(?:${notReaderPage})(?:/|$)).+)`,
          has: [{ type: 'cookie', key: 'sp_returning' }],
          destination: '/returning/:path',
        },
        { source: `/:path((?!(?:${notReaderPage})(?:/|$)).+)`, destination: '/first/:path' },
      ],
      fallback: [],
    }
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: readerPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
        ],
      },
      {
        source: '/:first(admin|login|api|preview)/:path*',
        headers: [{ key: 'Content-Security-Policy', value: editorPolicy }],
      },
      {
        source: '/:first(admin|login)',
        headers: [{ key: 'Content-Security-Policy', value: editorPolicy }],
      },
      {
        // Uploaded files are never documents: nothing in them may run (a later rule wins in Next).
        source: '/media/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'" }],
      },
      {
        source: '/fonts/:file*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
    ]
  },
}

export default nextConfig
