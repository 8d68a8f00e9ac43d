import Link from 'next/link'
import type { TermRef } from '@/db/queries/posts'
import { formatCount } from '@/lib/format'
import { routes } from '@/lib/routes'

export function PostMeta({
  commentCount,
  commentsHref,
  categories,
  tags,
  categoryHrefs,
}: {
  commentCount: number
  commentsHref: string
  categories: TermRef[]
  tags: TermRef[]
  categoryHrefs: Map<number, string>
}) {
  return (
    <p className="my-6 border-y border-line py-3 text-base text-muted">
      <a href={commentsHref}>{formatCount(commentCount, 'Comment', 'Comments')}</a>
      {categories.length > 0 ? (
        <>
          {' · '}Filed Under:{' '}
          {categories.map((category, index) => (
            <span key={category.id}>
              {index > 0 ? ', ' : null}
              <Link href={categoryHrefs.get(category.id) ?? routes.category([category.slug])}>{category.name}</Link>
            </span>
          ))}
        </>
      ) : null}
      {tags.length > 0 ? (
        <>
          {' · '}Tagged With:{' '}
          {tags.map((tag, index) => (
            <span key={tag.id}>
              {index > 0 ? ', ' : null}
              <Link href={routes.tag(tag.slug)}>{tag.name}</Link>
            </span>
          ))}
        </>
      ) : null}
    </p>
  )
}
