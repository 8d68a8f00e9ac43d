import 'server-only'
import {
  listExportAttachments,
  listExportAuthors,
  listExportCategories,
  listExportCommentKeys,
  listExportComments,
  listExportMenuItems,
  listExportMenus,
  listExportOwnMedia,
  listExportPostKeys,
  listExportPosts,
  listExportPostTerms,
  listExportTags,
} from '@/db/queries/export'
import { getSettings } from '@/db/queries/settings'
import { slugify } from '@/lib/content/slug'
import { mediaUrl } from '@/lib/media/paths'
import { exportIds, wxrAuthor, wxrCategory, wxrHead, wxrItem, wxrMenuTerm, wxrTag, wxrTail, type ExportItem } from '@/lib/wxr/write'

// The whole site as WXR 1.2, streamed in pieces so a large blog never sits in memory as one string.
// Used by `npm run export:wxr` and the editor's Export button (signed-in only: it carries
// commenters' emails, as WordPress's export does; docs/decisions/0017).

const BATCH = 200

type Descriptor = { exportId: number; kind: 'post' | 'attachment' | 'media' | 'menuItem'; id: number }

export async function* exportWxr(siteUrl: string, generatedAt = new Date()): AsyncGenerator<string> {
  const settings = await getSettings()
  yield wxrHead({ title: settings.siteTitle, link: siteUrl, description: settings.tagline, language: 'en', generatedAt })

  const authorRows = await listExportAuthors()
  for (const author of authorRows) yield wxrAuthor({ id: author.id, login: author.slug, email: author.email, displayName: author.name })

  const [categoryRows, tagRows, menuRows] = await Promise.all([listExportCategories(), listExportTags(), listExportMenus()])
  const termIds = exportIds([
    ...categoryRows.map((row) => ({ key: `category:${row.id}`, id: row.id, wordpressId: row.wordpressId })),
    ...tagRows.map((row) => ({ key: `tag:${row.id}`, id: row.id, wordpressId: row.wordpressId })),
    ...menuRows.map((row) => ({ key: `menu:${row.id}`, id: row.id, wordpressId: row.wordpressId })),
  ])
  const categoryById = new Map(categoryRows.map((row) => [row.id, row]))
  const tagById = new Map(tagRows.map((row) => [row.id, row]))
  for (const category of categoryRows) {
    yield wxrCategory({
      id: termIds.get(`category:${category.id}`) ?? 0,
      slug: category.slug,
      parentSlug: category.parentId === null ? '' : (categoryById.get(category.parentId)?.slug ?? ''),
      name: category.name,
      description: category.description,
    })
  }
  for (const tag of tagRows) yield wxrTag({ id: termIds.get(`tag:${tag.id}`) ?? 0, slug: tag.slug, name: tag.name, description: tag.description })
  const menuSlugs = new Map<number, string>()
  for (const menu of menuRows) {
    const base = slugify(menu.name)
    menuSlugs.set(menu.id, [...menuSlugs.values()].includes(base) ? `${base}-${menu.id}` : base)
    yield wxrMenuTerm({ id: termIds.get(`menu:${menu.id}`) ?? 0, slug: menuSlugs.get(menu.id) ?? base, name: menu.name })
  }

  const [postKeys, attachments, ownMedia, menuItemRows, commentKeys] = await Promise.all([
    listExportPostKeys(),
    listExportAttachments(),
    listExportOwnMedia(),
    listExportMenuItems(),
    listExportCommentKeys(),
  ])
  const itemIds = exportIds([
    ...postKeys.map((row) => ({ key: `post:${row.id}`, id: row.id, wordpressId: row.wordpressId })),
    ...attachments.map((row) => ({ key: `attachment:${row.id}`, id: row.id, wordpressId: row.wordpressId })),
    ...ownMedia.map((row) => ({ key: `media:${row.id}`, id: row.id, wordpressId: null })),
    ...menuItemRows.map((row) => ({ key: `menuItem:${row.id}`, id: row.id, wordpressId: row.wordpressId })),
  ])
  const commentIds = exportIds(commentKeys.map((row) => ({ key: `comment:${row.id}`, id: row.id, wordpressId: row.wordpressId })))
  const descriptors: Descriptor[] = [
    ...postKeys.map((row) => ({ kind: 'post' as const, id: row.id, exportId: itemIds.get(`post:${row.id}`) ?? 0 })),
    ...attachments.map((row) => ({ kind: 'attachment' as const, id: row.id, exportId: itemIds.get(`attachment:${row.id}`) ?? 0 })),
    ...ownMedia.map((row) => ({ kind: 'media' as const, id: row.id, exportId: itemIds.get(`media:${row.id}`) ?? 0 })),
    ...menuItemRows.map((row) => ({ kind: 'menuItem' as const, id: row.id, exportId: itemIds.get(`menuItem:${row.id}`) ?? 0 })),
  ].sort((a, b) => a.exportId - b.exportId)

  // Page addresses need the page tree; featured images need the attachment of a media row or URL.
  const pageRows = await listExportPosts(postKeys.filter((row) => row.type === 'page').map((row) => row.id))
  const pageById = new Map(pageRows.map((row) => [row.id, row]))
  const pagePath = (id: number): string => {
    const segments: string[] = []
    for (let page = pageById.get(id); page && segments.length < 50; page = page.parentId === null ? undefined : pageById.get(page.parentId))
      segments.unshift(encodeURIComponent(page.slug))
    return `/${segments.join('/')}`
  }
  const attachmentByMedia = new Map(attachments.flatMap((row) => (row.mediaId === null ? [] : [[row.mediaId, row.id] as const])))
  const attachmentByUrl = new Map(attachments.map((row) => [row.url, row.id]))
  const attachmentUrl = (row: (typeof attachments)[number]) => (row.fileName ? `${siteUrl}${mediaUrl(row.fileName)}` : row.url)
  const thumbnailOf = (mediaId: number | null, url: string): number | null => {
    if (mediaId !== null) {
      const attachmentId = attachmentByMedia.get(mediaId)
      return (attachmentId === undefined ? itemIds.get(`media:${mediaId}`) : itemIds.get(`attachment:${attachmentId}`)) ?? null
    }
    const attachmentId = url ? attachmentByUrl.get(url) : undefined
    return attachmentId === undefined ? null : (itemIds.get(`attachment:${attachmentId}`) ?? null)
  }
  const menuById = new Map(menuRows.map((row) => [row.id, row]))
  const attachmentById = new Map(attachments.map((row) => [row.id, row]))
  const mediaById = new Map(ownMedia.map((row) => [row.id, row]))
  const menuItemById = new Map(menuItemRows.map((row) => [row.id, row]))

  for (let start = 0; start < descriptors.length; start += BATCH) {
    const batch = descriptors.slice(start, start + BATCH)
    const postIds = batch.flatMap((entry) => (entry.kind === 'post' ? [entry.id] : []))
    const [postRows, terms, commentRows] = await Promise.all([listExportPosts(postIds), listExportPostTerms(postIds), listExportComments(postIds)])
    const postById = new Map(postRows.map((row) => [row.id, row]))
    for (const entry of batch) {
      const exportId = entry.exportId
      let item: ExportItem | null = null
      if (entry.kind === 'post') {
        const post = postById.get(entry.id)
        if (!post) continue
        const path = post.type === 'page' ? pagePath(post.id) : `/${encodeURIComponent(post.slug)}`
        const thumbnail = thumbnailOf(post.featuredMediaId, post.featuredImageUrl)
        item = {
          id: exportId,
          title: post.title,
          link: `${siteUrl}${path}`,
          guid: `${siteUrl}/?p=${exportId}`,
          creator: post.authorSlug,
          content: post.body,
          excerpt: post.excerpt,
          publishedAt: post.publishedAt,
          modifiedAt: post.modifiedAt,
          commentStatus: post.commentStatus,
          slug: post.slug,
          status: post.status,
          parentId: post.type === 'page' && post.parentId !== null ? (itemIds.get(`post:${post.parentId}`) ?? 0) : 0,
          menuOrder: post.menuOrder,
          postType: post.type,
          password: post.password,
          isSticky: post.isSticky,
          attachmentUrl: '',
          terms: [
            ...terms.categoryLinks
              .filter((link) => link.postId === post.id)
              .flatMap((link) => {
                const category = categoryById.get(link.termId)
                return category ? [{ domain: 'category' as const, slug: category.slug, name: category.name }] : []
              }),
            ...terms.tagLinks
              .filter((link) => link.postId === post.id)
              .flatMap((link) => {
                const tag = tagById.get(link.termId)
                return tag ? [{ domain: 'post_tag' as const, slug: tag.slug, name: tag.name }] : []
              }),
          ],
          meta: thumbnail === null ? [] : [['_thumbnail_id', String(thumbnail)]],
          comments: commentRows
            .filter((comment) => comment.postId === post.id)
            .map((comment) => ({
              id: commentIds.get(`comment:${comment.id}`) ?? 0,
              authorName: comment.authorName,
              authorEmail: comment.authorEmail,
              authorUrl: comment.authorUrl,
              authorIp: comment.authorIp,
              createdAt: comment.createdAt,
              body: comment.body,
              status: comment.status,
              type: comment.type,
              parentId: comment.parentId === null ? 0 : (commentIds.get(`comment:${comment.parentId}`) ?? 0),
              userId: comment.authorId ?? 0,
            })),
        }
      } else if (entry.kind === 'attachment' || entry.kind === 'media') {
        const attachment = entry.kind === 'attachment' ? attachmentById.get(entry.id) : undefined
        const own = entry.kind === 'media' ? mediaById.get(entry.id) : undefined
        const url = attachment ? attachmentUrl(attachment) : own ? `${siteUrl}${mediaUrl(own.fileName)}` : ''
        if (!url) continue
        item = {
          id: exportId,
          title: attachment?.title ?? (own?.alt || own?.originalName || ''),
          link: `${siteUrl}/?attachment_id=${exportId}`,
          guid: url,
          creator: authorRows[0]?.slug ?? '',
          content: '',
          excerpt: attachment?.caption ?? own?.caption ?? '',
          publishedAt: null,
          modifiedAt: null,
          commentStatus: 'closed',
          slug: slugify(attachment?.title ?? own?.originalName ?? String(exportId)),
          status: 'inherit',
          parentId: attachment?.parentWordpressId ?? 0,
          menuOrder: 0,
          postType: 'attachment',
          password: '',
          isSticky: false,
          attachmentUrl: url,
          terms: [],
          meta: [],
          comments: [],
        }
      } else {
        const menuItem = menuItemById.get(entry.id)
        const menu = menuItem ? menuById.get(menuItem.menuId) : undefined
        if (!menuItem || !menu) continue
        const objectId =
          menuItem.kind === 'custom'
            ? exportId
            : menuItem.kind === 'category'
              ? termIds.get(`category:${menuItem.targetId}`)
              : itemIds.get(`post:${menuItem.targetId}`)
        item = {
          id: exportId,
          title: menuItem.label,
          link: `${siteUrl}/?p=${exportId}`,
          guid: `${siteUrl}/?p=${exportId}`,
          creator: authorRows[0]?.slug ?? '',
          content: '',
          excerpt: '',
          publishedAt: null,
          modifiedAt: null,
          commentStatus: 'closed',
          slug: String(exportId),
          status: 'published',
          parentId: 0,
          menuOrder: menuItem.position,
          postType: 'nav_menu_item',
          password: '',
          isSticky: false,
          attachmentUrl: '',
          terms: [{ domain: 'nav_menu', slug: menuSlugs.get(menu.id) ?? '', name: menu.name }],
          meta: [
            ['_menu_item_type', menuItem.kind === 'custom' ? 'custom' : menuItem.kind === 'category' ? 'taxonomy' : 'post_type'],
            ['_menu_item_menu_item_parent', String(menuItem.parentId === null ? 0 : (itemIds.get(`menuItem:${menuItem.parentId}`) ?? 0))],
            ['_menu_item_object_id', String(objectId ?? 0)],
            ['_menu_item_object', menuItem.kind],
            ['_menu_item_url', menuItem.url],
          ],
          comments: [],
        }
      }
      yield wxrItem(item)
    }
  }
  yield wxrTail()
}
