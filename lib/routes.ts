// The site's URL scheme in one place: which top-level names belong to the app rather than to posts and
// pages, and how each kind of reader URL is written and read. next.config.ts (rewrites), the front
// page cache (lib/http/page-cache.ts) and slug choice (lib/content/slug.ts) all read these lists, so a
// new top-level route is reserved by adding it here once. Pure: imported by next.config.ts as well.

// Top-level segments served by their own routes, never by the reader catch-all and never through the
// first/returning greeting variants: Next internals, the editor, auth, generated files, and the
// internal segments the rewrites themselves point at.
// Feeds, search, the sitemap, robots.txt and generated share cards (og) are their own routes too.
export const appSegments = [
  '_next',
  'api',
  'admin',
  'login',
  'avatar',
  'media',
  'comments',
  'preview',
  'newsletter',
  'privacy',
  'first',
  'returning',
  'conversation',
  'feed',
  'search',
  'og',
  'sitemap.xml',
  'robots.txt',
  'wordpress-link',
  // Reading comfort settings (text size, theme, focus mode) and a post's print view.
  'comfort',
  'print',
  // For uptime monitors and load balancers (app/healthz/route.ts).
  'healthz',
  // An empty page, the floor `npm run bench` measures the others against (app/blank/page.tsx).
  'blank',
] as const

// Reader archives and views that live under the greeting variants but are not post slugs.
export const archiveSegments = ['category', 'tag', 'author', 'page', 'page-not-found'] as const

// Paths the front cache never answers: every app route (feeds, the sitemap and search answer
// conditional requests or queries themselves, docs/decisions/0012-feeds.md). The rewrite targets are
// left out: they are only reached through rewrites, never requested directly.
const rewriteTargets: ReadonlySet<string> = new Set(['first', 'returning', 'conversation'])
export const uncachedSegments: ReadonlySet<string> = new Set(appSegments.filter((segment) => !rewriteTargets.has(segment)))

// Names a post or page slug may never take: everything above, plus WordPress paths a moved-in blog's
// old links and bots still ask for, and names kept for routes readers expect (feeds, search, sitemap).
export const reservedSlugs: ReadonlySet<string> = new Set([
  ...appSegments,
  ...archiveSegments,
  'logout',
  'search',
  'feed',
  'sitemap.xml',
  'robots.txt',
  'uploads',
  'favicon.ico',
  'wp-admin',
  'wp-login.php',
  'wp-content',
])

// The same lists as regular-expression alternations, for next.config.ts's path patterns.
export function alternation(names: readonly string[]): string {
  return names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
}

function encodeSegments(segments: readonly string[]): string {
  return segments.map((segment) => encodeURIComponent(segment)).join('/')
}

// URL builders. Slugs are stored decoded; each segment is encoded once here.
export const routes = {
  home: '/',
  comfort: '/comfort',
  comfortSave: '/comfort/save',
  print: (slug: string) => `/print/${encodeURIComponent(slug)}`,
  post: (slug: string) => `/${encodeURIComponent(slug)}`,
  page: (pathSegments: readonly string[]) => `/${encodeSegments(pathSegments)}`,
  category: (slugPath: readonly string[]) => `/category/${encodeSegments(slugPath)}`,
  tag: (slug: string) => `/tag/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/author/${encodeURIComponent(slug)}`,
  // WordPress's forms: /{slug}/comment-page-N for comments, /{archive}/page/N for lists.
  commentPage: (postPath: string, page: number) => (page <= 1 ? postPath : `${postPath}/comment-page-${page}`),
  listPage: (basePath: string, page: number) => (page <= 1 ? basePath : `${basePath === '/' ? '' : basePath}/page/${page}`),
} as const

/**
 * Path segments as they arrive from the router (percent-encoded, e.g. a Greek slug from an imported
 * WordPress blog), decoded; null when one is not valid percent-encoding, which the caller answers
 * with 404 (decodeURIComponent would throw and make it a 500).
 */
export function decodePathSegments(segments: readonly string[]): string[] | null {
  try {
    return segments.map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
}
