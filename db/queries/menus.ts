import 'server-only'
import { eq } from 'drizzle-orm'
import { categoryHref } from '@/lib/content/breadcrumbs'
import { buildMenuTree, type MenuLink } from '@/lib/menus/tree'
import { db } from '../client'
import { categories, menuItems, menus, posts } from '../schema'
import { listPublishedPagePaths } from './posts'

export async function listMenuLinks(location: string): Promise<MenuLink[]> {
  const [menu] = await db.select({ id: menus.id }).from(menus).where(eq(menus.location, location)).limit(1)
  if (!menu) return []
  const items = await db.select().from(menuItems).where(eq(menuItems.menuId, menu.id))
  const pages = new Map((await listPublishedPagePaths()).map((page) => [page.id, page]))
  const allCategories = await db.select({ id: categories.id, name: categories.name, slug: categories.slug, parentId: categories.parentId }).from(categories)
  const categoryById = new Map(allCategories.map((category) => [category.id, category]))
  const postRows = await db.select({ id: posts.id, title: posts.title, slug: posts.slug }).from(posts).where(eq(posts.status, 'published'))
  const postById = new Map(postRows.map((post) => [post.id, post]))
  return buildMenuTree(items, (item) => {
    if (item.kind === 'custom') return item.url ? { label: item.label, href: item.url } : null
    if (item.targetId === null) return null
    if (item.kind === 'page') {
      const page = pages.get(item.targetId)
      return page ? { label: page.title, href: page.path } : null
    }
    if (item.kind === 'category') {
      const category = categoryById.get(item.targetId)
      return category ? { label: category.name, href: categoryHref(category.id, allCategories) } : null
    }
    const post = postById.get(item.targetId)
    return post ? { label: post.title, href: `/${post.slug}` } : null
  })
}
