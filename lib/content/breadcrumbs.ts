import { routes } from '@/lib/routes'

export type CategoryNode = { id: number; name: string; slug: string; parentId: number | null }
export type Crumb = { label: string; href: string | null }

const HOME: Crumb = { label: 'Home', href: '/' }

/** The category and its ancestors, root first. Stops at a missing parent or a loop. */
export function categoryPath(categoryId: number, all: readonly CategoryNode[]): CategoryNode[] {
  const byId = new Map(all.map((category) => [category.id, category]))
  const path: CategoryNode[] = []
  const seen = new Set<number>()
  let current = byId.get(categoryId)
  while (current && !seen.has(current.id)) {
    seen.add(current.id)
    path.push(current)
    current = current.parentId === null ? undefined : byId.get(current.parentId)
  }
  return path.reverse()
}

function hrefForPath(path: readonly CategoryNode[]): string {
  return routes.category(path.map((category) => category.slug))
}

/** `/category/conditions/fibromyalgia`; `/` when the category does not exist. */
export function categoryHref(categoryId: number, all: readonly CategoryNode[]): string {
  const path = categoryPath(categoryId, all)
  return path.length === 0 ? '/' : hrefForPath(path)
}

/** Home / each category of the primary category's path (linked) / the post title (not linked). */
export function postBreadcrumbs(post: { title: string; primaryCategoryId: number | null }, all: readonly CategoryNode[]): Crumb[] {
  const path = post.primaryCategoryId === null ? [] : categoryPath(post.primaryCategoryId, all)
  const categoryCrumbs = path.map((category, index) => ({ label: category.name, href: hrefForPath(path.slice(0, index + 1)) }))
  return [HOME, ...categoryCrumbs, { label: post.title, href: null }]
}

/** Home / each ancestor page (linked, root first) / the page title (not linked). */
export function pageBreadcrumbs(title: string, ancestors: readonly { title: string; path: string }[]): Crumb[] {
  const ancestorCrumbs = ancestors.map((ancestor) => ({
    label: ancestor.title,
    href: ancestor.path.startsWith('/') ? ancestor.path : `/${ancestor.path}`,
  }))
  return [HOME, ...ancestorCrumbs, { label: title, href: null }]
}

/**
 * The category at `/category/a/b/c`: each segment must be a child of the one before, starting from
 * a root. A category whose parent is missing counts as a root, matching what categoryPath links to.
 */
export function resolveCategoryPath(segments: readonly string[], all: readonly CategoryNode[]): CategoryNode | null {
  if (segments.length === 0) return null
  const ids = new Set(all.map((category) => category.id))
  const childrenBySlug = new Map<number | null, Map<string, CategoryNode>>()
  for (const category of all) {
    const parentKey = category.parentId !== null && ids.has(category.parentId) ? category.parentId : null
    let siblings = childrenBySlug.get(parentKey)
    if (!siblings) {
      siblings = new Map()
      childrenBySlug.set(parentKey, siblings)
    }
    if (!siblings.has(category.slug)) siblings.set(category.slug, category)
  }
  let current: CategoryNode | null = null
  for (const segment of segments) {
    const next: CategoryNode | undefined = childrenBySlug.get(current ? current.id : null)?.get(segment)
    if (!next) return null
    current = next
  }
  return current
}
