import 'server-only'
import { cacheTags } from '@/lib/cache-tags'
import { cachedRead } from '../cache'
import { getAuthorBySlug, getSiteAuthor } from './authors'
import { listApprovedComments } from './comments'
import { listFeedComments, listFeedPosts } from './feeds'
import { listMenuLinks } from './menus'
import { getPublishedPageByPath, getPublishedPostBySlug, getPublishedTitleById, listPublishedPosts, listRelationCandidates } from './posts'
import { getRedirectTarget } from './redirects'
import { listSitemapEntries } from './sitemap'
import { getSettings } from './settings'
import { getTagBySlug, listCategories, listPopularTags } from './taxonomy'

// The tagged, cached versions of the reads reader pages make (see db/cache.ts). Admin screens and
// actions call the plain functions.
const site = () => [cacheTags.site]
const content = () => [cacheTags.posts, cacheTags.commentCounts]

export const cached = {
  settings: cachedRead('settings', getSettings, site),
  siteAuthor: cachedRead('site-author', getSiteAuthor, site),
  authorBySlug: cachedRead('author-by-slug', getAuthorBySlug, site),
  menuLinks: cachedRead('menu-links', listMenuLinks, () => [cacheTags.site, cacheTags.posts]),
  categories: cachedRead('categories', listCategories, () => [cacheTags.site, cacheTags.posts]),
  popularTags: cachedRead('popular-tags', listPopularTags, () => [cacheTags.site, cacheTags.posts]),
  tagBySlug: cachedRead('tag-by-slug', getTagBySlug, site),
  // Old archive URLs (renamed or merged terms); every term change invalidates `site`.
  redirectTarget: cachedRead('redirect-target', getRedirectTarget, site),
  publishedPosts: cachedRead('published-posts', listPublishedPosts, content),
  postBySlug: cachedRead('post-by-slug', getPublishedPostBySlug, content),
  pageByPath: cachedRead('page-by-path', getPublishedPageByPath, content),
  relationCandidates: cachedRead('relation-candidates', listRelationCandidates, () => [cacheTags.posts]),
  approvedComments: cachedRead('approved-comments', listApprovedComments, (postId) => [cacheTags.comments(postId)]),
  publishedTitle: cachedRead('published-title', getPublishedTitleById, content),
  sitemapEntries: cachedRead('sitemap-entries', listSitemapEntries, () => [cacheTags.site, cacheTags.posts]),
  feedPosts: cachedRead('feed-posts', listFeedPosts, content),
  // Every change to approved comments invalidates commentCounts (and the post's own tag).
  feedComments: cachedRead('feed-comments', listFeedComments, (postId) => [
    cacheTags.posts,
    postId === null ? cacheTags.commentCounts : cacheTags.comments(postId),
  ]),
}
