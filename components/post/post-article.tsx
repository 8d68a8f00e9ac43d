import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { JsonLd } from '@/components/seo/json-ld'
import type { AuthorProfile } from '@/db/queries/authors'
import type { PostDetail } from '@/db/queries/posts'
import type { CategoryView } from '@/db/queries/taxonomy'
import { categoryHref, postBreadcrumbs } from '@/lib/content/breadcrumbs'
import { readingMinutes } from '@/lib/content/reading-time'
import { hasAffiliateLinks } from '@/lib/content/sanitize'
import { routes } from '@/lib/routes'
import { env } from '@/lib/server/env'
import { postDescription, postImageUrl } from '@/lib/seo/post'
import { blogPostingLd } from '@/lib/seo/json-ld'
import type { SiteSettings } from '@/lib/settings'
import { SignupForm } from '@/components/newsletter/signup-form'
import { AffiliateNotice } from './affiliate-notice'
import { AuthorBox } from './author-box'
import { GreetingBox } from './greeting-box'
import { KeyPoints } from './key-points'
import { PostBody } from './post-body'
import { PostHeaderOf } from './post-header'
import { PostMeta } from './post-meta'
import { RelatedPosts } from './related-posts'
import { ShareLinks } from './share-links'

export function PostArticle({
  post,
  postUrl,
  settings,
  categories,
  approvedCount,
  related,
  author,
  isReturningVisitor,
  locked = null,
  children,
}: {
  post: PostDetail
  postUrl: string
  settings: SiteSettings
  categories: CategoryView[]
  approvedCount: number
  related: { id: number; title: string; slug: string }[]
  author: AuthorProfile | null
  isReturningVisitor: boolean
  // The password form shown instead of the text (and the comments) of a password-protected post.
  locked?: React.ReactNode
  children: React.ReactNode
}) {
  const categoryHrefs = new Map(post.categories.map((category) => [category.id, categoryHref(category.id, categories)]))
  return (
    <>
      <Breadcrumbs crumbs={postBreadcrumbs(post, categories)} />
      <JsonLd
        data={blogPostingLd({
          url: `${env.siteUrl}/${post.slug}`,
          title: post.title,
          description: postDescription(post),
          publishedAt: post.publishedAt,
          updatedAt: post.updatedAt,
          lastReviewedAt: post.lastReviewedAt,
          imageUrl: postImageUrl(post, env.siteUrl),
          author: { name: post.author.name, url: `${env.siteUrl}/author/${post.author.slug}` },
          siteTitle: settings.siteTitle,
          siteUrl: env.siteUrl,
        })}
      />
      <article aria-labelledby="post-title">
        <PostHeaderOf post={post} readingMinutes={readingMinutes(post.body)} timeZone={settings.timeZone} />
        <p className="-mt-3 mb-6 text-base print:hidden">
          <a href={routes.print(post.slug)}>Print this post</a>
          <span className="text-muted"> (for your doctor: key points, dates and full reference links)</span>
        </p>
        {/* The notice appears only when the body really holds links marked rel="sponsored". */}
        {hasAffiliateLinks(post.body) ? <AffiliateNotice text={settings.affiliateNotice} /> : null}
        <GreetingBox isReturning={isReturningVisitor} text={isReturningVisitor ? settings.greetingReturning : settings.greetingNew} />
        {post.featuredImage ? (
          <figure className="mb-6">
            {/* eslint-disable-next-line @next/next/no-img-element -- uploaded file served immutable; no image service offline */}
            <img
              src={post.featuredImage.url}
              alt={post.featuredImage.alt}
              width={post.featuredImage.width ?? undefined}
              height={post.featuredImage.height ?? undefined}
              className="h-auto w-full rounded-lg"
            />
            {post.featuredImage.caption ? <figcaption className="mt-1 text-sm text-muted">{post.featuredImage.caption}</figcaption> : null}
          </figure>
        ) : null}
        {locked ?? (
          <>
            <KeyPoints points={post.keyPoints ?? []} />
            <PostBody html={post.body} postUrl={postUrl} />
          </>
        )}
        <ShareLinks title={post.title} url={postUrl} />
        <RelatedPosts posts={related} />
        <div className="print:hidden">
          <PostMeta commentCount={approvedCount} commentsHref="#comments" categories={post.categories} tags={post.tags} categoryHrefs={categoryHrefs} />
          {author ? <AuthorBox author={author} quote={settings.authorQuote} credit={settings.spoonTheoryCredit} /> : null}
        </div>
        <section aria-labelledby="after-post-newsletter" className="my-8 rounded-lg border border-line bg-card p-5 print:hidden" data-focus-hide>
          <h2 id="after-post-newsletter" className="text-xl font-bold">
            Get new posts by email
          </h2>
          <p className="mt-1 mb-3 text-base">{settings.newsletterIntro}</p>
          <SignupForm idPrefix="after-post-newsletter" source="post" />
        </section>
      </article>
      {/* The comments are left off a printed post; the print view can include them. */}
      <div className="print:hidden">{children}</div>
    </>
  )
}
