// Names of the cache tags reader pages are built from. Writers invalidate exactly these.
export const cacheTags = {
  // Settings, menus, categories, tags, authors: shown on every page.
  site: 'site',
  // Any post or page content, slugs and lists of them.
  posts: 'posts',
  // Approved-comment counts shown in post lists and meta lines.
  commentCounts: 'comment-counts',
  // The approved comments of one post.
  comments: (postId: number) => `comments:${postId}`,
  // On every reader page a shared cache keeps (lib/http/shared-cache-headers.ts): purging it empties a
  // CDN or Varnish of the whole site. Never read by Next.
  everything: 'spoonpress',
} as const

// What an import of a WordPress export may change (posts, pages, terms, menus, comments and their
// counts): the editor's import and `npm run import:wxr` both say it with these.
export const importChangedTags = [cacheTags.posts, cacheTags.site, cacheTags.commentCounts] as const
