import 'server-only'
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import { categoryHref } from '@/lib/content/breadcrumbs'
import { decodeEntities, plainText } from '@/lib/content/excerpt'
import { slugify, uniqueSlugNow } from '@/lib/content/slug'
import { reservedSlugs } from '@/lib/routes'
import { mediaUrl } from '@/lib/media/paths'
import { convertContent, type AttachmentRef } from '@/lib/wxr/content'
import {
  canonicalPath,
  commentStatusFrom,
  commentText,
  commentTimeOf,
  commentTypeFrom,
  decodeSlug,
  itemSlug,
  itemTitle,
  menuItemParentOf,
  menuSlugOf,
  menuTargetOf,
  oldPathOf,
  oldPathsOf,
  postStatusFrom,
  wordpressTime,
} from '@/lib/wxr/map'
import type { WxrItem, WxrTerm } from '@/lib/wxr/records'
import { count, emptyReport, skip, type ImportReport } from '@/lib/wxr/report'
import { db, type Transaction } from '../client'
import {
  authors,
  categories,
  comments,
  media,
  menuItems,
  menus,
  postCategories,
  posts,
  postTags,
  redirects,
  tags,
  wordpressAttachments,
  type PostType,
} from '../schema'
import type { ImportStaging } from './import-staging'

// Applies a staged WordPress export to the database in ONE synchronous transaction: either all of it
// lands or nothing does. Ids from the file are remembered (wordpress_id columns), so a second import
// of the same file finds everything already there and writes nothing. docs/decisions/0017.

/** A file from --uploads already copied into DATA_DIR/uploads, keyed by its attachment's WordPress id. */
export type CopiedUpload = { fileName: string; originalName: string; mimeType: string; sizeBytes: number; width: number | null; height: number | null }

type Mapped = { id: number; type: PostType; slug: string; status: string }
type PendingRedirect = { fromPath: string; to: { postWordpressId: number } | { path: string } }

const IMPORTED_TYPES = ['post', 'page', 'attachment', 'nav_menu_item'] as const

function withoutSize(url: string): string {
  return url.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')
}

/** Attachments of the file, for content conversion: read before the transaction, no writes. */
export function loadAttachmentRefs(staging: ImportStaging): {
  byId: Map<number, AttachmentRef & { parent: number; link: string }>
  childrenOf: Map<number, number[]>
} {
  const byId = new Map<number, AttachmentRef & { parent: number; link: string }>()
  const childrenOf = new Map<number, number[]>()
  for (const item of staging.items('attachment')) {
    byId.set(item.wordpressId, {
      url: item.attachmentUrl || item.guid,
      title: itemTitle(item.title),
      caption: plainText(item.excerpt),
      parent: item.parentWordpressId,
      link: item.link,
    })
    if (item.parentWordpressId > 0) childrenOf.set(item.parentWordpressId, [...(childrenOf.get(item.parentWordpressId) ?? []), item.wordpressId])
  }
  return { byId, childrenOf }
}

/** Attachment ids that already have a local copy from an earlier import (so the file is not copied twice). */
export async function listCopiedAttachmentIds(): Promise<Set<number>> {
  const rows = await db.select({ wordpressId: wordpressAttachments.wordpressId }).from(wordpressAttachments).where(isNotNull(wordpressAttachments.mediaId))
  return new Set(rows.map((row) => row.wordpressId))
}

export async function applyWxrImport(staging: ImportStaging, uploads: ReadonlyMap<number, CopiedUpload>, now = Date.now()): Promise<ImportReport> {
  const report = emptyReport()
  const site = staging.site()
  const siteUrls = [site?.link ?? '', site?.baseBlogUrl ?? ''].filter(Boolean)
  const attachmentRefs = loadAttachmentRefs(staging)
  return db.transaction(
    (tx) => {
      const authorIdByLogin = importAuthors(tx, staging, report)
      const fallbackAuthorId = tx.select({ id: authors.id }).from(authors).orderBy(authors.id).limit(1).get()?.id
      if (fallbackAuthorId === undefined) throw new Error('No author to own the imported posts')
      const categoryIds = importTerms(tx, staging.terms('category'), 'categories', report)
      const tagIds = importTerms(tx, staging.terms('post_tag'), 'tags', report)
      const menuIds = importMenus(tx, staging, report)
      for (const term of staging.terms('other'))
        report.notes.push(
          `The ${term.taxonomyName} term “${term.name}” was left out: Spoonpress has no ${term.taxonomyName === 'post_format' ? 'post formats' : term.taxonomyName}.`,
        )

      const { localUrl, mediaIdOf } = importAttachments(tx, staging, uploads, report)
      const refs = new Map<number, AttachmentRef>([...attachmentRefs.byId].map(([id, ref]) => [id, { ...ref, url: localUrl(ref.url) ?? ref.url }]))
      const pendingRedirects: PendingRedirect[] = []
      const mapped = new Map<number, Mapped>()
      const statements = preparePostStatements(tx)
      for (const type of ['page', 'post'] as const) {
        for (const item of staging.items(type)) {
          importPost(tx, item, type, {
            statements,
            report,
            mapped,
            authorId: authorIdByLogin.get(item.creator) ?? fallbackAuthorId,
            categoryIds,
            tagIds,
            content: { attachments: refs, postAttachmentIds: attachmentRefs.childrenOf.get(item.wordpressId) ?? [], localUrl },
            featured: featuredOf(item, attachmentRefs.byId, mediaIdOf),
            siteUrls,
            pendingRedirects,
            now,
          })
        }
      }
      setPageParents(tx, staging, mapped)
      for (const item of staging.otherItems(IMPORTED_TYPES))
        report.notes.push(`A ${item.postType} item (“${itemTitle(item.title) || item.wordpressId}”) was left out: Spoonpress has no ${item.postType}.`)

      importComments(tx, staging, mapped, report)
      importMenuItems(tx, staging, menuIds, mapped, categoryIds.byWordpressId, report)
      for (const [id, ref] of attachmentRefs.byId) {
        const target = ref.parent > 0 && mapped.has(ref.parent) ? { postWordpressId: ref.parent } : { path: localUrl(ref.url) ?? ref.url }
        for (const fromPath of [oldPathOf(ref.link, siteUrls), `/?attachment_id=${id}`]) if (fromPath) pendingRedirects.push({ fromPath, to: target })
      }
      for (const [wordpressId, categoryId] of categoryIds.byWordpressId)
        pendingRedirects.push({ fromPath: `/?cat=${wordpressId}`, to: { path: `category:${categoryId}` } })
      for (const move of categoryIds.oldPaths) pendingRedirects.push(move)
      writeRedirects(tx, pendingRedirects, mapped, report)
      return report
    },
    { behavior: 'immediate' },
  )
}

function importAuthors(tx: Transaction, staging: ImportStaging, report: ImportReport): Map<string, number> {
  const existing = tx.select({ id: authors.id, email: authors.email, slug: authors.slug }).from(authors).all()
  const byEmail = new Map(existing.map((author) => [author.email.toLowerCase(), author.id]))
  const slugs = new Set(existing.map((author) => author.slug))
  const idByLogin = new Map<string, number>()
  for (const author of staging.authors()) {
    const label = author.displayName || author.login
    if (!author.login) {
      skip(report, 'authors', label, 'it has no login name')
      continue
    }
    const email = (author.email || `${slugify(author.login)}@wordpress-import.invalid`).toLowerCase()
    const found = byEmail.get(email)
    if (found !== undefined) {
      idByLogin.set(author.login, found)
      count(report, 'authors', 'unchanged')
      continue
    }
    const slug = uniqueSlugNow(slugify(author.login), (candidate) => slugs.has(candidate))
    slugs.add(slug)
    // No password: the owner gives one with `npm run user:create` if this author should sign in.
    const row = tx
      .insert(authors)
      .values({ email, name: decodeEntities(author.displayName || author.login), slug, passwordHash: null })
      .returning({ id: authors.id })
      .get()
    byEmail.set(email, row.id)
    idByLogin.set(author.login, row.id)
    count(report, 'authors', 'imported')
  }
  return idByLogin
}

type TermIds = { bySlug: Map<string, number>; byWordpressId: Map<number, number>; oldPaths: PendingRedirect[] }

function importTerms(tx: Transaction, terms: Iterable<WxrTerm>, kind: 'categories' | 'tags', report: ImportReport): TermIds {
  const table = kind === 'categories' ? categories : tags
  const existing = tx.select({ id: table.id, slug: table.slug, wordpressId: table.wordpressId }).from(table).all()
  const byWordpressId = new Map(existing.flatMap((term) => (term.wordpressId === null ? [] : [[term.wordpressId, term.id] as const])))
  const bySlug = new Map(existing.map((term) => [term.slug, term.id]))
  const ids: TermIds = { bySlug: new Map(), byWordpressId: new Map(), oldPaths: [] }
  const parentOf = new Map<string, string>()
  const importedSlugs = new Set<string>()
  for (const term of terms) {
    const slug = decodeSlug(term.slug) || slugify(term.name)
    // WordPress lists a category both as wp:category and as wp:term in some exports: once is enough.
    if (ids.bySlug.has(slug)) continue
    const found = (term.wordpressId === null ? undefined : byWordpressId.get(term.wordpressId)) ?? bySlug.get(slug)
    let id: number
    if (found !== undefined) {
      id = found
      const isLinked = term.wordpressId === null || byWordpressId.has(term.wordpressId)
      if (!isLinked) tx.update(table).set({ wordpressId: term.wordpressId }).where(eq(table.id, found)).run()
      count(report, kind, isLinked ? 'unchanged' : 'updated')
      if (!isLinked) report.notes.push(`The ${kind === 'categories' ? 'category' : 'tag'} “${slug}” already existed: the imported one was merged into it.`)
    } else {
      id = tx
        .insert(table)
        .values({ name: decodeEntities(term.name) || slug, slug, description: plainText(term.description), wordpressId: term.wordpressId })
        .returning({ id: table.id })
        .get().id
      importedSlugs.add(slug)
      count(report, kind, 'imported')
    }
    ids.bySlug.set(slug, id)
    if (term.wordpressId !== null) ids.byWordpressId.set(term.wordpressId, id)
    if (term.parentSlug) parentOf.set(slug, decodeSlug(term.parentSlug))
  }
  if (kind === 'categories') {
    for (const slug of importedSlugs) {
      const parentId = ids.bySlug.get(parentOf.get(slug) ?? '')
      const id = ids.bySlug.get(slug)
      if (parentId !== undefined && id !== undefined && parentId !== id) tx.update(categories).set({ parentId }).where(eq(categories.id, id)).run()
    }
    // A category whose WordPress archive path differs from its path here (a merged or nested-elsewhere term).
    for (const [slug, id] of ids.bySlug) {
      const chain = [slug]
      for (let parent = parentOf.get(slug); parent && chain.length < 20; parent = parentOf.get(parent)) chain.unshift(parent)
      const oldPath = canonicalPath(`/category/${chain.join('/')}`)
      if (oldPath) ids.oldPaths.push({ fromPath: oldPath, to: { path: `category:${id}` } })
    }
  }
  return ids
}

function importMenus(tx: Transaction, staging: ImportStaging, report: ImportReport): Map<string, number> {
  const existing = tx.select({ id: menus.id, name: menus.name, wordpressId: menus.wordpressId }).from(menus).all()
  const idBySlug = new Map<string, number>()
  for (const term of staging.terms('nav_menu')) {
    const slug = decodeSlug(term.slug)
    if (idBySlug.has(slug)) continue
    const found = existing.find((menu) => term.wordpressId !== null && menu.wordpressId === term.wordpressId)
    if (found) {
      idBySlug.set(slug, found.id)
      count(report, 'menus', 'unchanged')
      continue
    }
    const row = tx
      .insert(menus)
      .values({ name: decodeEntities(term.name) || slug, location: null, wordpressId: term.wordpressId })
      .returning({ id: menus.id })
      .get()
    idBySlug.set(slug, row.id)
    count(report, 'menus', 'imported')
  }
  return idBySlug
}

function importAttachments(tx: Transaction, staging: ImportStaging, uploads: ReadonlyMap<number, CopiedUpload>, report: ImportReport) {
  const localByUrl = new Map<string, string>()
  const mediaIdByAttachment = new Map<number, number>()
  for (const item of staging.items('attachment')) {
    const url = item.attachmentUrl || item.guid
    const existing = tx.select().from(wordpressAttachments).where(eq(wordpressAttachments.wordpressId, item.wordpressId)).get()
    const upload = uploads.get(item.wordpressId)
    let mediaId = existing?.mediaId ?? null
    if (upload && mediaId === null) {
      mediaId = tx
        .insert(media)
        .values({ ...upload, alt: itemTitle(item.title), caption: plainText(item.excerpt) })
        .returning({ id: media.id })
        .get().id
    }
    if (!existing) {
      tx.insert(wordpressAttachments)
        .values({
          wordpressId: item.wordpressId,
          url,
          title: itemTitle(item.title),
          caption: plainText(item.excerpt),
          parentWordpressId: item.parentWordpressId || null,
          mediaId,
        })
        .run()
      count(report, 'attachments', 'imported')
    } else if (existing.mediaId !== mediaId) {
      tx.update(wordpressAttachments).set({ mediaId }).where(eq(wordpressAttachments.id, existing.id)).run()
      count(report, 'attachments', 'updated')
    } else count(report, 'attachments', 'unchanged')
    if (mediaId !== null) {
      mediaIdByAttachment.set(item.wordpressId, mediaId)
      const fileName = upload?.fileName ?? tx.select({ fileName: media.fileName }).from(media).where(eq(media.id, mediaId)).get()?.fileName
      if (fileName) localByUrl.set(withoutSize(url), mediaUrl(fileName))
    }
  }
  const localUrl = (url: string): string | null => (localByUrl.size === 0 ? null : (localByUrl.get(withoutSize(url)) ?? null))
  return { localUrl, mediaIdOf: (attachmentId: number) => mediaIdByAttachment.get(attachmentId) ?? null }
}

function featuredOf(
  item: WxrItem,
  attachments: ReadonlyMap<number, AttachmentRef>,
  mediaIdOf: (id: number) => number | null,
): { mediaId: number | null; url: string } {
  const thumbnailId = Number.parseInt(item.meta._thumbnail_id ?? '', 10)
  if (!(thumbnailId > 0)) return { mediaId: null, url: '' }
  const mediaId = mediaIdOf(thumbnailId)
  return { mediaId, url: mediaId === null ? (attachments.get(thumbnailId)?.url ?? '') : '' }
}

function preparePostStatements(tx: Transaction) {
  const type = sql.placeholder('type')
  return {
    byWordpressId: tx
      .select({ id: posts.id, slug: posts.slug, status: posts.status })
      .from(posts)
      .where(and(eq(posts.type, type), eq(posts.wordpressId, sql.placeholder('wordpressId'))))
      .prepare(),
    unlinkedBySlug: tx
      .select({ id: posts.id, status: posts.status })
      .from(posts)
      .where(and(eq(posts.type, type), eq(posts.slug, sql.placeholder('slug')), isNull(posts.wordpressId)))
      .prepare(),
    bySlug: tx
      .select({ id: posts.id })
      .from(posts)
      .where(and(eq(posts.type, type), eq(posts.slug, sql.placeholder('slug'))))
      .prepare(),
    linkCategory: tx
      .insert(postCategories)
      .values({ postId: sql.placeholder('postId'), categoryId: sql.placeholder('termId') })
      .onConflictDoNothing()
      .prepare(),
    linkTag: tx
      .insert(postTags)
      .values({ postId: sql.placeholder('postId'), tagId: sql.placeholder('termId') })
      .onConflictDoNothing()
      .prepare(),
  }
}

type PostContext = {
  statements: ReturnType<typeof preparePostStatements>
  report: ImportReport
  mapped: Map<number, Mapped>
  authorId: number
  categoryIds: TermIds
  tagIds: TermIds
  content: Parameters<typeof convertContent>[1]
  featured: { mediaId: number | null; url: string }
  siteUrls: readonly string[]
  pendingRedirects: PendingRedirect[]
  now: number
}

function importPost(tx: Transaction, item: WxrItem, type: PostType, context: PostContext): void {
  const { report } = context
  const kind = type === 'post' ? 'posts' : 'pages'
  const title = itemTitle(item.title)
  const status = postStatusFrom(item.status)
  if (status === null) {
    skip(report, kind, title, `its status “${item.status}” is not content (WordPress's own bookkeeping)`)
    return
  }
  const { statements } = context
  const existing = statements.byWordpressId.get({ type, wordpressId: item.wordpressId })
  const slug = itemSlug(item)
  const isPublic = status === 'published' || status === 'scheduled'
  const addOldLinks = () => {
    if (isPublic)
      for (const fromPath of oldPathsOf(item, slug, context.siteUrls)) context.pendingRedirects.push({ fromPath, to: { postWordpressId: item.wordpressId } })
  }
  if (existing) {
    context.mapped.set(item.wordpressId, { id: existing.id, type, slug: existing.slug, status: existing.status })
    count(report, kind, 'unchanged')
    addOldLinks()
    return
  }
  const sameSlug = statements.unlinkedBySlug.get({ type, slug })
  if (sameSlug) {
    // Merge by slug: the post already here keeps its text (the owner may have edited it); it takes
    // the file's id, terms and comments.
    tx.update(posts).set({ wordpressId: item.wordpressId }).where(eq(posts.id, sameSlug.id)).run()
    context.mapped.set(item.wordpressId, { id: sameSlug.id, type, slug, status: sameSlug.status })
    linkTerms(sameSlug.id, item, context)
    count(report, kind, 'updated')
    report.notes.push(`The ${type} “${slug}” already existed: it kept its text and took the imported comments, categories and tags.`)
    addOldLinks()
    return
  }
  const taken = (candidate: string) =>
    (type === 'post' || item.parentWordpressId === 0) && reservedSlugs.has(candidate) ? true : statements.bySlug.get({ type, slug: candidate }) !== undefined
  const finalSlug = uniqueSlugNow(slug, taken)
  const publishedAt = wordpressTime(item.postDateGmt, item.postDate)
  const firstCategory = item.terms.find((term) => term.domain === 'category')
  const row = tx
    .insert(posts)
    .values({
      type,
      status,
      title,
      slug: finalSlug,
      authorId: context.authorId,
      menuOrder: item.menuOrder,
      excerpt: plainText(item.excerpt),
      body: convertContent(item.content, context.content),
      primaryCategoryId: firstCategory ? (context.categoryIds.bySlug.get(decodeSlug(firstCategory.slug)) ?? null) : null,
      featuredMediaId: context.featured.mediaId,
      featuredImageUrl: context.featured.url,
      isSticky: item.isSticky,
      commentStatus: item.commentStatus === 'closed' ? 'closed' : 'open',
      publishedAt: publishedAt ?? (status === 'published' ? context.now : null),
      password: item.password,
      wordpressId: item.wordpressId,
      createdAt: publishedAt ?? context.now,
      modifiedAt: wordpressTime(item.modifiedGmt, '') ?? publishedAt ?? context.now,
    })
    .returning({ id: posts.id })
    .get()
  context.mapped.set(item.wordpressId, { id: row.id, type, slug: finalSlug, status })
  linkTerms(row.id, item, context)
  if (finalSlug !== slug) report.notes.push(`The ${type} “${slug}” was renamed “${finalSlug}”: the address was taken.`)
  if (item.terms.some((term) => term.domain === 'post_format')) report.notes.push(`“${title || finalSlug}”: its post format was ignored (Spoonpress has none).`)
  count(report, kind, 'imported')
  addOldLinks()
}

function linkTerms(postId: number, item: WxrItem, context: PostContext): void {
  for (const term of item.terms) {
    if (term.domain === 'category') {
      const termId = context.categoryIds.bySlug.get(decodeSlug(term.slug))
      if (termId !== undefined) context.statements.linkCategory.run({ postId, termId })
    } else if (term.domain === 'post_tag') {
      const termId = context.tagIds.bySlug.get(decodeSlug(term.slug))
      if (termId !== undefined) context.statements.linkTag.run({ postId, termId })
    }
  }
}

function setPageParents(tx: Transaction, staging: ImportStaging, mapped: ReadonlyMap<number, Mapped>): void {
  for (const item of staging.items('page')) {
    const page = mapped.get(item.wordpressId)
    const parent = mapped.get(item.parentWordpressId)
    if (!page || !parent || parent.type !== 'page' || parent.id === page.id) continue
    tx.update(posts)
      .set({ parentId: parent.id })
      .where(and(eq(posts.id, page.id), sql`${posts.parentId} IS NULL`))
      .run()
  }
}

function importComments(tx: Transaction, staging: ImportStaging, mapped: ReadonlyMap<number, Mapped>, report: ImportReport): void {
  const idByWordpressId = new Map<number, number>()
  for (const row of tx
    .select({ id: comments.id, postId: comments.postId, wordpressId: comments.wordpressId })
    .from(comments)
    .where(isNotNull(comments.wordpressId))
    .all()) {
    idByWordpressId.set(row.wordpressId ?? 0, row.id)
  }
  const authorIdByEmail = new Map(
    tx
      .select({ id: authors.id, email: authors.email })
      .from(authors)
      .all()
      .map((author) => [author.email.toLowerCase(), author.id]),
  )
  const waitingForParent: [number, number][] = []
  const touchedPosts = new Set<number>()
  // Prepared once: a large blog has a hundred thousand comments, and building each insert anew
  // costs more than running it.
  const insertComment = tx
    .insert(comments)
    .values({
      postId: sql.placeholder('postId'),
      parentId: sql.placeholder('parentId'),
      authorId: sql.placeholder('authorId'),
      authorName: sql.placeholder('authorName'),
      authorEmail: sql.placeholder('authorEmail'),
      authorUrl: sql.placeholder('authorUrl'),
      authorIp: sql.placeholder('authorIp'),
      body: sql.placeholder('body'),
      status: sql.placeholder('status'),
      type: sql.placeholder('type'),
      wordpressId: sql.placeholder('wordpressId'),
      createdAt: sql.placeholder('createdAt'),
    })
    .returning({ id: comments.id })
    .prepare()
  const known = new Set(idByWordpressId.keys())
  for (const comment of staging.comments()) {
    const label = `#${comment.wordpressId} by ${decodeEntities(comment.authorName) || 'Anonymous'}`
    const post = mapped.get(comment.postWordpressId)
    if (!post) {
      skip(report, 'comments', label, 'its post was not imported')
      continue
    }
    const type = commentTypeFrom(comment.type)
    if (type === null) {
      skip(report, 'comments', label, `its type “${comment.type}” is not a comment, pingback or trackback`)
      continue
    }
    if (known.has(comment.wordpressId)) {
      count(report, 'comments', 'unchanged')
      continue
    }
    const parentId = comment.parentWordpressId > 0 ? (idByWordpressId.get(comment.parentWordpressId) ?? null) : null
    const email = comment.authorEmail.toLowerCase()
    const row = insertComment.get({
      postId: post.id,
      parentId,
      authorId: comment.userWordpressId > 0 ? (authorIdByEmail.get(email) ?? null) : null,
      authorName: decodeEntities(comment.authorName).trim() || 'Anonymous',
      authorEmail: comment.authorEmail,
      authorUrl: /^https?:\/\//i.test(comment.authorUrl) ? comment.authorUrl : '',
      authorIp: comment.authorIp,
      body: commentText(comment.content),
      status: commentStatusFrom(comment.approved),
      type,
      wordpressId: comment.wordpressId,
      createdAt: commentTimeOf(comment) ?? Date.now(),
    })
    if (!row) throw new Error('The comment insert returned no row')
    idByWordpressId.set(comment.wordpressId, row.id)
    known.add(comment.wordpressId)
    if (comment.parentWordpressId > 0 && parentId === null) waitingForParent.push([row.id, comment.parentWordpressId])
    touchedPosts.add(post.id)
    count(report, 'comments', 'imported')
  }
  for (const [id, parentWordpressId] of waitingForParent) {
    const parentId = idByWordpressId.get(parentWordpressId)
    if (parentId !== undefined) tx.update(comments).set({ parentId }).where(eq(comments.id, id)).run()
  }
  for (const postId of touchedPosts) {
    tx.update(posts)
      .set({
        commentCount: sql`(SELECT count(*) FROM ${comments} WHERE ${comments.postId} = ${postId} AND ${comments.status} = 'approved' AND ${comments.type} = 'comment')`,
      })
      .where(eq(posts.id, postId))
      .run()
  }
}

function importMenuItems(
  tx: Transaction,
  staging: ImportStaging,
  menuIds: ReadonlyMap<string, number>,
  mapped: ReadonlyMap<number, Mapped>,
  categoryIds: ReadonlyMap<number, number>,
  report: ImportReport,
): void {
  const idByWordpressId = new Map<number, number>()
  for (const row of tx.select({ id: menuItems.id, wordpressId: menuItems.wordpressId }).from(menuItems).where(isNotNull(menuItems.wordpressId)).all())
    idByWordpressId.set(row.wordpressId ?? 0, row.id)
  const waiting: [number, number][] = []
  const itemsPerMenu = new Map<number, number>()
  const seenInFile = new Set<number>()
  for (const item of staging.items('nav_menu_item')) {
    const label = itemTitle(item.title) || `menu item ${item.wordpressId}`
    if (seenInFile.has(item.wordpressId)) {
      skip(report, 'menuItems', label, `the file lists WordPress id ${item.wordpressId} twice; the first was kept`)
      continue
    }
    seenInFile.add(item.wordpressId)
    const menuId = menuIds.get(menuSlugOf(item) ?? '')
    if (menuId === undefined) {
      skip(report, 'menuItems', label, 'it belongs to no menu in the file')
      continue
    }
    itemsPerMenu.set(menuId, (itemsPerMenu.get(menuId) ?? 0) + 1)
    if (idByWordpressId.has(item.wordpressId)) {
      count(report, 'menuItems', 'unchanged')
      continue
    }
    const target = menuTargetOf(item)
    let values: { kind: 'page' | 'post' | 'category' | 'custom'; targetId: number | null; url: string }
    if (target.kind === 'unsupported') {
      skip(report, 'menuItems', label, target.reason)
      continue
    } else if (target.kind === 'custom') values = { kind: 'custom', targetId: null, url: target.url }
    else {
      const targetId = target.kind === 'category' ? categoryIds.get(target.wordpressId) : mapped.get(target.wordpressId)?.id
      if (targetId === undefined) {
        skip(report, 'menuItems', label, `the ${target.kind} it links to was not imported`)
        continue
      }
      values = { kind: target.kind, targetId, url: '' }
    }
    const parentWordpressId = menuItemParentOf(item)
    const row = tx
      .insert(menuItems)
      .values({
        menuId,
        parentId: idByWordpressId.get(parentWordpressId) ?? null,
        position: item.menuOrder,
        label: values.kind === 'custom' ? label : itemTitle(item.title),
        ...values,
        wordpressId: item.wordpressId,
      })
      .returning({ id: menuItems.id })
      .get()
    idByWordpressId.set(item.wordpressId, row.id)
    if (parentWordpressId > 0 && !idByWordpressId.has(parentWordpressId)) waiting.push([row.id, parentWordpressId])
    count(report, 'menuItems', 'imported')
  }
  for (const [id, parentWordpressId] of waiting) {
    const parentId = idByWordpressId.get(parentWordpressId)
    if (parentId !== undefined) tx.update(menuItems).set({ parentId }).where(eq(menuItems.id, id)).run()
  }
  // WordPress keeps menu locations in the theme, not in the export. When the site's primary menu is
  // empty, the imported menu with the most items takes its place (docs/decisions/0017).
  const primary = tx.select({ id: menus.id }).from(menus).where(eq(menus.location, 'primary')).get()
  const primaryItems = primary
    ? tx
        .select({ n: sql<number>`count(*)` })
        .from(menuItems)
        .where(eq(menuItems.menuId, primary.id))
        .get()?.n
    : 0
  const largest = [...itemsPerMenu].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
  if (largest && !primaryItems && primary?.id !== largest[0]) {
    if (primary) tx.update(menus).set({ location: null }).where(eq(menus.id, primary.id)).run()
    tx.update(menus).set({ location: 'primary' }).where(eq(menus.id, largest[0])).run()
    const name = tx.select({ name: menus.name }).from(menus).where(eq(menus.id, largest[0])).get()?.name
    report.notes.push(`The menu “${name}” became the primary menu (the site's was empty).`)
  }
}

function writeRedirects(tx: Transaction, pending: readonly PendingRedirect[], mapped: ReadonlyMap<number, Mapped>, report: ImportReport): void {
  const pages = tx.select({ id: posts.id, slug: posts.slug, parentId: posts.parentId }).from(posts).where(eq(posts.type, 'page')).all()
  const pageById = new Map(pages.map((page) => [page.id, page]))
  const pagePath = (id: number): string => {
    const segments: string[] = []
    for (let page = pageById.get(id); page && segments.length < 50; page = page.parentId === null ? undefined : pageById.get(page.parentId))
      segments.unshift(encodeURIComponent(page.slug))
    return `/${segments.join('/')}`
  }
  const allCategories = tx.select({ id: categories.id, name: categories.name, slug: categories.slug, parentId: categories.parentId }).from(categories).all()
  const livePaths = new Set<string>()
  for (const post of tx.select({ slug: posts.slug }).from(posts).where(eq(posts.type, 'post')).all()) livePaths.add(`/${encodeURIComponent(post.slug)}`)
  for (const page of pages) livePaths.add(pagePath(page.id))
  for (const category of allCategories) livePaths.add(categoryHref(category.id, allCategories))
  const seen = new Set<string>()
  const selectRedirect = tx
    .select({ toPath: redirects.toPath })
    .from(redirects)
    .where(eq(redirects.fromPath, sql.placeholder('fromPath')))
    .prepare()
  const upsertRedirect = tx
    .insert(redirects)
    .values({ fromPath: sql.placeholder('fromPath'), toPath: sql.placeholder('toPath'), statusCode: 308 })
    .onConflictDoUpdate({ target: redirects.fromPath, set: { toPath: sql`excluded.to_path` } })
    .prepare()
  for (const redirect of pending) {
    let toPath: string | null
    if ('postWordpressId' in redirect.to) {
      const target = mapped.get(redirect.to.postWordpressId)
      toPath = !target ? null : target.type === 'page' ? pagePath(target.id) : `/${encodeURIComponent(target.slug)}`
    } else if (redirect.to.path.startsWith('category:')) toPath = categoryHref(Number(redirect.to.path.slice('category:'.length)), allCategories)
    else toPath = redirect.to.path
    if (!toPath || toPath === redirect.fromPath || livePaths.has(redirect.fromPath) || seen.has(redirect.fromPath)) continue
    seen.add(redirect.fromPath)
    const existing = selectRedirect.get({ fromPath: redirect.fromPath })
    if (existing?.toPath === toPath) {
      count(report, 'redirects', 'unchanged')
      continue
    }
    upsertRedirect.run({ fromPath: redirect.fromPath, toPath })
    count(report, 'redirects', existing ? 'updated' : 'imported')
  }
}
