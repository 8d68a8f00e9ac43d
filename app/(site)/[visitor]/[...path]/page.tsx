import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageArticle } from '@/components/post/page-article'
import { PostArticle } from '@/components/post/post-article'
import { cached } from '@/db/queries/cached'
import { buildCommentTree } from '@/lib/comments/tree'
import { scoreRelated } from '@/lib/content/related'
import { excerptFromHtml } from '@/lib/content/excerpt'
import { env } from '@/lib/env'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ visitor: string; path: string[] }> }

// /{post-slug} is a post; anything else (or a slug no post has) is a page by its path in the tree.
async function resolve(path: string[]) {
  const segments = path.map((segment) => decodeURIComponent(segment))
  const post = segments.length === 1 ? await cached.postBySlug(segments[0] ?? '') : null
  if (post) return { kind: 'post' as const, post }
  const page = await cached.pageByPath(segments)
  return page ? { kind: 'page' as const, ...page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [found, settings] = await Promise.all([params.then(({ path }) => resolve(path)), cached.settings()])
  if (!found) return { title: `Page not found – ${settings.siteTitle}` }
  const entry = found.kind === 'post' ? found.post : found.page
  return {
    title: `${entry.title} – ${settings.siteTitle}`,
    description: entry.excerpt || excerptFromHtml(entry.body, 30),
    alternates: { canonical: `${env.siteUrl}/${(await params).path.join('/')}` },
  }
}

export default async function PostOrPage({ params }: Props) {
  const { visitor, path } = await params
  const found = await resolve(path)
  if (!found) notFound()
  const url = `${env.siteUrl}/${path.join('/')}`
  if (found.kind === 'page') return <PageArticle page={found.page} ancestors={found.ancestors} pageUrl={url} />
  const { post } = found
  const [settings, categories, comments, candidates, author] = await Promise.all([
    cached.settings(),
    cached.categories(),
    cached.approvedComments(post.id),
    cached.relationCandidates(),
    cached.siteAuthor(),
  ])
  const target = candidates.find((candidate) => candidate.id === post.id)
  const relatedIds = target ? scoreRelated(target, candidates, 4) : []
  const related = relatedIds.flatMap((id) => candidates.filter((candidate) => candidate.id === id))
  return (
    <PostArticle
      post={post}
      postUrl={url}
      settings={settings}
      categories={categories}
      commentTree={buildCommentTree(comments, { maxDepth: settings.commentDepth, order: settings.commentOrder })}
      approvedCount={comments.length}
      related={related}
      author={author}
      isReturningVisitor={visitor === 'returning'}
    />
  )
}
