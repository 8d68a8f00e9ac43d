import 'server-only'
import { sql } from 'drizzle-orm'
import { excerptFromHtml } from '@/lib/content/excerpt'
import { sanitizeHtml } from '@/lib/content/sanitize'
import { slugify } from '@/lib/content/slug'
import type { SiteSettings } from '@/lib/settings'
import type { Db } from './client'
import { authors, categories, comments, menuItems, menus, postCategories, posts, postTags, settings, tags } from './schema'
import { seedAuthor, seedCategories, seedPages, seedPosts, seedPrimaryMenu, seedSite, seedTags, type SeedCategory, type SeedMenuItem } from './seed-content'

export function isDatabaseEmpty(db: Db): boolean {
  const row = db.get<{ count: number }>(sql`select count(*) as count from ${posts}`)
  const authorRow = db.get<{ count: number }>(sql`select count(*) as count from ${authors}`)
  return (row?.count ?? 0) === 0 && (authorRow?.count ?? 0) === 0
}

const ms = (iso: string) => new Date(iso).getTime()

// Writes the demo blog (db/seed-content.ts) in one transaction. Only ever called on an empty database.
export async function seedDemoContent(db: Db): Promise<{ posts: number; pages: number; comments: number }> {
  return db.transaction((tx) => {
    const author = tx
      .insert(authors)
      .values({ email: seedAuthor.email, name: seedAuthor.name, slug: seedAuthor.slug, tagline: seedAuthor.tagline, bio: seedAuthor.bio })
      .returning({ id: authors.id })
      .get()

    const siteSettings: Partial<SiteSettings> = {
      siteTitle: seedSite.title,
      tagline: seedSite.tagline,
      disclaimer: seedSite.disclaimer,
      copyright: seedSite.copyright,
      privacyNote: seedSite.privacyNote,
      greetingNew: seedSite.greetingNew,
      greetingReturning: seedSite.greetingReturning,
      affiliateNotice: seedSite.affiliateNotice,
      spoonTheoryCredit: seedSite.spoonTheoryCredit,
      authorQuote: seedSite.authorQuote,
      // The seed blog lists its newest comments first.
      commentOrder: 'newest',
    }
    for (const [key, value] of Object.entries(siteSettings)) tx.insert(settings).values({ key, value }).run()

    const categoryIdBySlug = new Map<string, number>()
    const insertCategories = (nodes: SeedCategory[], parentId: number | null) => {
      for (const node of nodes) {
        const row = tx
          .insert(categories)
          .values({ name: node.name, slug: node.slug, parentId, description: node.description ?? '' })
          .returning({ id: categories.id })
          .get()
        categoryIdBySlug.set(node.slug, row.id)
        insertCategories(node.children ?? [], row.id)
      }
    }
    insertCategories(seedCategories, null)

    const tagIdByName = new Map<string, number>()
    for (const name of seedTags) {
      const row = tx
        .insert(tags)
        .values({ name, slug: slugify(name) })
        .returning({ id: tags.id })
        .get()
      tagIdByName.set(name, row.id)
    }

    const pageIdBySlug = new Map<string, number>()
    const pending = [...seedPages]
    // Parents first: keep inserting the pages whose parent already exists.
    while (pending.length > 0) {
      const index = pending.findIndex((page) => !page.parentSlug || pageIdBySlug.has(page.parentSlug))
      if (index === -1) throw new Error(`Seed pages with unknown parents: ${pending.map((page) => page.slug).join(', ')}`)
      const [page] = pending.splice(index, 1)
      if (!page) break
      const row = tx
        .insert(posts)
        .values({
          type: 'page',
          status: 'published',
          title: page.title,
          slug: page.slug,
          authorId: author.id,
          parentId: page.parentSlug ? (pageIdBySlug.get(page.parentSlug) ?? null) : null,
          menuOrder: page.menuOrder ?? 0,
          body: sanitizeHtml(page.bodyHtml),
          commentStatus: 'closed',
          publishedAt: ms('2014-01-01T12:00:00Z'),
        })
        .returning({ id: posts.id })
        .get()
      pageIdBySlug.set(page.slug, row.id)
    }

    let commentTotal = 0
    for (const post of seedPosts) {
      const categoryIds = post.categories.map((slug) => {
        const id = categoryIdBySlug.get(slug)
        if (id === undefined) throw new Error(`Seed post ${post.slug}: unknown category ${slug}`)
        return id
      })
      const body = sanitizeHtml(post.bodyHtml)
      const approved = (post.comments ?? []).length
      const row = tx
        .insert(posts)
        .values({
          type: 'post',
          status: 'published',
          title: post.title,
          slug: post.slug,
          authorId: author.id,
          excerpt: post.excerpt || excerptFromHtml(body),
          body,
          keyPoints: post.keyPoints ?? null,
          changeNote: post.changeNote ?? '',
          primaryCategoryId: categoryIds[0] ?? null,
          isAffiliate: post.isAffiliate ?? false,
          isSticky: post.isSticky ?? false,
          commentStatus: post.commentsClosed ? 'closed' : 'open',
          publishedAt: ms(post.publishedAt),
          updatedAt: post.updatedAt ? ms(post.updatedAt) : null,
          lastReviewedAt: post.lastReviewedAt ? ms(post.lastReviewedAt) : null,
          commentCount: approved,
          createdAt: ms(post.publishedAt),
        })
        .returning({ id: posts.id })
        .get()
      for (const categoryId of new Set(categoryIds)) tx.insert(postCategories).values({ postId: row.id, categoryId }).run()
      for (const name of new Set(post.tags)) {
        const tagId = tagIdByName.get(name)
        if (tagId === undefined) throw new Error(`Seed post ${post.slug}: unknown tag ${name}`)
        tx.insert(postTags).values({ postId: row.id, tagId }).run()
      }
      const commentIdByKey = new Map<string, number>()
      const ordered = [...(post.comments ?? [])].sort((a, b) => ms(a.createdAt) - ms(b.createdAt))
      for (const comment of ordered) {
        const inserted = tx
          .insert(comments)
          .values({
            postId: row.id,
            parentId: comment.replyTo ? (commentIdByKey.get(comment.replyTo) ?? null) : null,
            authorId: comment.isPostAuthor ? author.id : null,
            authorName: comment.isPostAuthor ? seedAuthor.name : comment.authorName,
            authorEmail: comment.isPostAuthor ? seedAuthor.email : comment.authorEmail,
            authorUrl: comment.authorUrl ?? '',
            body: comment.body,
            status: 'approved',
            createdAt: ms(comment.createdAt),
          })
          .returning({ id: comments.id })
          .get()
        commentIdByKey.set(comment.key, inserted.id)
        commentTotal += 1
      }
    }

    const menu = tx.insert(menus).values({ name: 'Primary menu', location: 'primary' }).returning({ id: menus.id }).get()
    const targetId = (item: SeedMenuItem): number | null => {
      if (item.kind === 'page') return pageIdBySlug.get(item.target) ?? null
      if (item.kind === 'category') return categoryIdBySlug.get(item.target) ?? null
      return null
    }
    const insertMenu = (items: SeedMenuItem[], parentId: number | null) => {
      items.forEach((item, position) => {
        const id = targetId(item)
        if (item.kind !== 'custom' && id === null) throw new Error(`Seed menu item ${item.label}: unknown ${item.kind} ${item.target}`)
        const row = tx
          .insert(menuItems)
          .values({ menuId: menu.id, parentId, position, label: item.label, kind: item.kind, targetId: id, url: item.kind === 'custom' ? item.target : '' })
          .returning({ id: menuItems.id })
          .get()
        insertMenu(item.children ?? [], row.id)
      })
    }
    insertMenu(seedPrimaryMenu, null)

    return { posts: seedPosts.length, pages: seedPages.length, comments: commentTotal }
  })
}
