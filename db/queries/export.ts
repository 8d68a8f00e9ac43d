import 'server-only'
import { asc, eq, inArray, isNull } from 'drizzle-orm'
import { db } from '../client'
import { authors, categories, comments, media, menuItems, menus, postCategories, posts, postTags, tags, wordpressAttachments } from '../schema'

// The reads of the WXR export (lib/server/export/wxr.ts). Everything the owner's backup needs,
// commenters' emails included: the export is for signed-in authors only (docs/decisions/0017).

export async function listExportAuthors() {
  return db.select({ id: authors.id, slug: authors.slug, email: authors.email, name: authors.name }).from(authors).orderBy(asc(authors.id))
}

export async function listExportCategories() {
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      parentId: categories.parentId,
      wordpressId: categories.wordpressId,
    })
    .from(categories)
    .orderBy(asc(categories.id))
}

export async function listExportTags() {
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, description: tags.description, wordpressId: tags.wordpressId })
    .from(tags)
    .orderBy(asc(tags.id))
}

export async function listExportMenus() {
  return db.select({ id: menus.id, name: menus.name, wordpressId: menus.wordpressId }).from(menus).orderBy(asc(menus.id))
}

export async function listExportMenuItems() {
  return db.select().from(menuItems).orderBy(asc(menuItems.menuId), asc(menuItems.position), asc(menuItems.id))
}

/** Every post and page but the trashed ones' revisions: ids only, to number the export. */
export async function listExportPostKeys() {
  return db.select({ id: posts.id, wordpressId: posts.wordpressId, type: posts.type }).from(posts).orderBy(asc(posts.id))
}

export async function listExportPosts(ids: readonly number[]) {
  if (ids.length === 0) return []
  return db
    .select({
      id: posts.id,
      type: posts.type,
      status: posts.status,
      title: posts.title,
      slug: posts.slug,
      authorSlug: authors.slug,
      parentId: posts.parentId,
      menuOrder: posts.menuOrder,
      excerpt: posts.excerpt,
      body: posts.body,
      featuredMediaId: posts.featuredMediaId,
      featuredImageUrl: posts.featuredImageUrl,
      isSticky: posts.isSticky,
      commentStatus: posts.commentStatus,
      publishedAt: posts.publishedAt,
      modifiedAt: posts.modifiedAt,
      password: posts.password,
    })
    .from(posts)
    .innerJoin(authors, eq(authors.id, posts.authorId))
    .where(inArray(posts.id, [...ids]))
    .orderBy(asc(posts.id))
}

export async function listExportPostTerms(postIds: readonly number[]) {
  if (postIds.length === 0) return { categoryLinks: [], tagLinks: [] }
  const categoryLinks = await db
    .select({ postId: postCategories.postId, termId: postCategories.categoryId })
    .from(postCategories)
    .where(inArray(postCategories.postId, [...postIds]))
    .orderBy(asc(postCategories.categoryId))
  const tagLinks = await db
    .select({ postId: postTags.postId, termId: postTags.tagId })
    .from(postTags)
    .where(inArray(postTags.postId, [...postIds]))
    .orderBy(asc(postTags.tagId))
  return { categoryLinks, tagLinks }
}

export async function listExportComments(postIds: readonly number[]) {
  if (postIds.length === 0) return []
  return db
    .select()
    .from(comments)
    .where(inArray(comments.postId, [...postIds]))
    .orderBy(asc(comments.id))
}

/** All comment ids with their WordPress ids, to number the export. */
export async function listExportCommentKeys() {
  return db.select({ id: comments.id, wordpressId: comments.wordpressId }).from(comments).orderBy(asc(comments.id))
}

export async function listExportAttachments() {
  return db
    .select({
      id: wordpressAttachments.id,
      wordpressId: wordpressAttachments.wordpressId,
      url: wordpressAttachments.url,
      title: wordpressAttachments.title,
      caption: wordpressAttachments.caption,
      parentWordpressId: wordpressAttachments.parentWordpressId,
      mediaId: wordpressAttachments.mediaId,
      fileName: media.fileName,
    })
    .from(wordpressAttachments)
    .leftJoin(media, eq(media.id, wordpressAttachments.mediaId))
    .orderBy(asc(wordpressAttachments.id))
}

/** Media-library files that came from no WordPress attachment (uploaded here). */
export async function listExportOwnMedia() {
  return db
    .select({ id: media.id, fileName: media.fileName, originalName: media.originalName, alt: media.alt, caption: media.caption, createdAt: media.createdAt })
    .from(media)
    .leftJoin(wordpressAttachments, eq(wordpressAttachments.mediaId, media.id))
    .where(isNull(wordpressAttachments.id))
    .orderBy(asc(media.id))
}
