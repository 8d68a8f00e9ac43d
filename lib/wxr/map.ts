import type { CommentStatus, CommentType } from '@/lib/comments/status'
import type { PostStatus } from '@/lib/posts/status'
import { decodeEntities } from '@/lib/content/excerpt'
import { slugify } from '@/lib/content/slug'
import type { WxrComment, WxrItem } from './records'

// Pure rules that turn WXR records into Spoonpress values. docs/decisions/0017-wordpress-import.md.

/** WordPress post statuses; null means the item is not content (auto-draft, inherit…). */
export function postStatusFrom(status: string): PostStatus | null {
  switch (status) {
    case 'publish':
      return 'published'
    case 'future':
      return 'scheduled'
    case 'draft':
      return 'draft'
    case 'pending':
      return 'pending'
    case 'private':
      return 'private'
    case 'trash':
      return 'trash'
    default:
      return null
  }
}

/** WordPress's 'YYYY-MM-DD HH:MM:SS' (the _gmt form when it is set, as drafts leave it zero) in epoch ms. */
export function wordpressTime(gmt: string, local: string): number | null {
  for (const text of [gmt, local]) {
    const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text)
    if (!match || match[1] === '0000') continue
    const [, year, month, day, hour, minute, second] = match.map(Number) as number[]
    const time = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0)
    if (Number.isFinite(time)) return time
  }
  return null
}

export function commentStatusFrom(approved: string): CommentStatus {
  if (approved === '1' || approved === 'approve' || approved === 'approved') return 'approved'
  if (approved === 'spam') return 'spam'
  if (approved === 'trash' || approved === 'post-trashed') return 'trash'
  return 'pending'
}

/** Null for a comment type Spoonpress does not keep (a plugin's notes, webmentions…). */
export function commentTypeFrom(type: string): CommentType | null {
  if (type === '' || type === 'comment') return 'comment'
  if (type === 'pingback' || type === 'trackback') return type
  return null
}

/** WordPress stores non-Latin slugs percent-encoded (`%ce%b5…`); Spoonpress stores the characters. */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug).normalize('NFC')
  } catch {
    return slug
  }
}

/** The slug an item gets here: its own (decoded), else one made from its title, else post-ID. */
export function itemSlug(item: Pick<WxrItem, 'slug' | 'title' | 'wordpressId'>): string {
  const own = decodeSlug(item.slug)
    .replace(/[/?#\\]/g, '-')
    .trim()
  if (own) return own
  const fromTitle = slugify(item.title)
  return fromTitle === slugify('') ? `post-${item.wordpressId}` : fromTitle
}

/** Titles keep their text; WordPress leaves entities in them (`&amp;`), which become characters. */
export function itemTitle(title: string): string {
  return decodeEntities(title).trim()
}

/** A comment's stored text: plain, as typed (rendered by lib/comments/render-body.tsx, never as HTML). */
export function commentText(content: string): string {
  const text = content
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_all, href: string, label: string) =>
      label.trim() === href.trim() ? href : `${label} (${href})`,
    )
    .replace(/<[^>]+>/g, '')
  return decodeEntities(text).trim()
}

/** The path part of an old URL, as the redirects table stores it: segments re-encoded, no trailing slash. */
export function canonicalPath(pathname: string): string | null {
  try {
    const segments = pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
    return `/${segments.join('/')}`
  } catch {
    return null
  }
}

/** The old address a WordPress link had on its own site: `/2012/01/03/slug` or `/?p=12`. */
export function oldPathOf(link: string, siteUrls: readonly string[]): string | null {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return null
  }
  const site = siteUrls.flatMap((siteUrl) => {
    try {
      return [new URL(siteUrl)]
    } catch {
      return []
    }
  })
  const base = site.find((candidate) => candidate.host === url.host)
  if (!base) return null
  const basePath = base.pathname.replace(/\/+$/, '')
  if (basePath && !url.pathname.startsWith(`${basePath}/`)) return null
  const rest = url.pathname.slice(basePath.length)
  const query = ['p', 'page_id', 'cat', 'attachment_id'].find((key) => /^\d+$/.test(url.searchParams.get(key) ?? ''))
  if (query && (rest === '/' || rest === '')) return `/?${query}=${url.searchParams.get(query)}`
  return canonicalPath(rest)
}

/** WordPress's default dated permalink for a post: /YYYY/MM/DD/slug (its local date, as WordPress uses). */
export function datedPath(postDate: string, slug: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(postDate)
  if (!match || match[1] === '0000') return null
  return canonicalPath(`/${match[1]}/${match[2]}/${match[3]}/${slug}`)
}

/** Every old address of a post or page that should lead to its new one. */
export function oldPathsOf(item: WxrItem, slug: string, siteUrls: readonly string[]): string[] {
  const paths = new Set<string>()
  const fromLink = oldPathOf(item.link, siteUrls)
  if (fromLink) paths.add(fromLink)
  const fromGuid = oldPathOf(item.guid, siteUrls)
  if (fromGuid?.startsWith('/?')) paths.add(fromGuid)
  if (item.postType === 'post') {
    paths.add(`/?p=${item.wordpressId}`)
    const dated = datedPath(item.postDate, slug)
    if (dated) paths.add(dated)
  }
  if (item.postType === 'page') paths.add(`/?page_id=${item.wordpressId}`)
  return [...paths]
}

export type MenuTarget = { kind: 'page' | 'post' | 'category'; wordpressId: number } | { kind: 'custom'; url: string } | { kind: 'unsupported'; reason: string }

/** What a nav_menu_item points at, from its postmeta. */
export function menuTargetOf(item: Pick<WxrItem, 'meta'>): MenuTarget {
  const type = item.meta._menu_item_type ?? ''
  const object = item.meta._menu_item_object ?? ''
  const objectId = Number.parseInt(item.meta._menu_item_object_id ?? '', 10)
  if (type === 'custom') return { kind: 'custom', url: (item.meta._menu_item_url ?? '').trim() }
  if (type === 'post_type' && (object === 'page' || object === 'post') && objectId > 0) return { kind: object, wordpressId: objectId }
  if (type === 'taxonomy' && object === 'category' && objectId > 0) return { kind: 'category', wordpressId: objectId }
  return { kind: 'unsupported', reason: `menu links to ${object || type || 'nothing'} are not supported` }
}

export function menuItemParentOf(item: Pick<WxrItem, 'meta'>): number {
  const parent = Number.parseInt(item.meta._menu_item_menu_item_parent ?? '', 10)
  return parent > 0 ? parent : 0
}

/** The menu a nav_menu_item belongs to (its nav_menu term's slug). */
export function menuSlugOf(item: Pick<WxrItem, 'terms'>): string | null {
  return item.terms.find((term) => term.domain === 'nav_menu')?.slug ?? null
}

export function commentTimeOf(comment: Pick<WxrComment, 'date' | 'dateGmt'>): number | null {
  return wordpressTime(comment.dateGmt, comment.date)
}

/** The file's path below wp-content/uploads (or WordPress.com's /files/), to find it in --uploads DIR. */
export function uploadsRelativePath(url: string): string | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url).pathname)
  } catch {
    return null
  }
  const match = /\/(?:wp-content\/uploads|files)\/(.+)$/.exec(pathname)
  const relative = match?.[1] ?? pathname.replace(/^\/+/, '')
  if (!relative || relative.split('/').some((segment) => segment === '..' || segment === '' || segment === '.')) return null
  return relative
}
