import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import type { PageCrumb, PostDetail } from '@/db/queries/posts'
import { pageBreadcrumbs } from '@/lib/content/breadcrumbs'
import { PostBody } from './post-body'

// `locked`: the password form shown instead of the text of a password-protected page.
export function PageArticle({
  page,
  ancestors,
  pageUrl,
  locked = null,
}: {
  page: PostDetail
  ancestors: PageCrumb[]
  pageUrl: string
  locked?: React.ReactNode
}) {
  return (
    <>
      <Breadcrumbs crumbs={pageBreadcrumbs(page.title, ancestors)} />
      <article aria-labelledby="page-title">
        <h1 id="page-title" className="mb-6 text-3xl leading-tight font-bold sm:text-4xl">
          {page.title}
        </h1>
        {locked ?? <PostBody html={page.body} postUrl={pageUrl} />}
      </article>
    </>
  )
}
