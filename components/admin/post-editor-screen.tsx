import Link from 'next/link'
import type { PostEditorData } from '@/lib/server/admin/post-screens'
import { formatDateTime } from '@/lib/format'
import { reviewDateForInput } from '@/lib/posts/review'
import { routes } from '@/lib/routes'
import { utcToZonedLocal } from '@/lib/posts/zoned-time'
import { NewsletterSendPanel } from './newsletter-send-panel'
import { PostEditorForm, type EditorValues } from './post-editor-form'
import { RevisionRestoreButton, TrashToggleButton } from './post-editor-buttons'

// What a save did, in plain words: what readers can see now, and when anything else will happen.
function savedMessage(saved: string, post: PostEditorData['post'], label: string, timeZone: string): React.ReactNode {
  const at = (ms: number | null | undefined) => (ms ? formatDateTime(ms, timeZone) : '')
  const view = post && post.type === 'post' && post.status === 'published' ? <Link href={routes.post(post.slug)}>View it on the site</Link> : null
  switch (saved) {
    case 'draft':
      return `Draft saved. Only you can see this ${label} until you publish it.`
    case 'publish':
      return (
        <>
          Published on {at(post?.publishedAt)}. Readers can see it now{post?.type === 'post' ? ', on the home page and in the feed' : ''}. {view}
        </>
      )
    case 'sending':
      return 'Sending to subscribers: progress below.'
    case 'schedule':
      return `Scheduled. It will be published by itself on ${at(post?.publishedAt)} (${timeZone}); until then only you can see it.`
    case 'update':
      return <>Updated. Readers see the new version now. {view}</>
    case 'unpublish':
      return `Unpublished: it is a draft again, and readers can no longer see it.`
    case 'restored':
      return 'Restored from the trash.'
    case 'revision':
      return 'The earlier version is back.'
    default:
      return null
  }
}

// The post or page editor, as loaded by lib/server/admin/post-screens.ts.
export function PostEditorScreen({ data, saved, startAtEnd = false }: { data: PostEditorData; saved: string | null; startAtEnd?: boolean }) {
  const { type, post, send, confirmedSubscribers, settings, categories, pages, revisions, media } = data
  const isPublishedPost = post?.type === 'post' && post.status === 'published'
  const values: EditorValues = {
    id: post?.id ?? null,
    type,
    status: post?.status ?? 'draft',
    title: post?.title ?? '',
    slug: post?.slug ?? '',
    excerpt: post?.excerpt ?? '',
    body: post?.body ?? '',
    keyPoints: (post?.keyPoints ?? []).join('\n'),
    changeNote: post?.changeNote ?? '',
    lastReviewedOn: reviewDateForInput(post?.lastReviewedAt ?? null, settings.timeZone),
    categoryIds: post?.categoryIds ?? [],
    tags: (post?.tagNames ?? []).join(', '),
    parentId: post?.parentId ?? null,
    featuredMediaId: post?.featuredMediaId ?? null,
    isAffiliate: post?.isAffiliate ?? false,
    commentsOpen: post ? post.commentStatus === 'open' : type === 'post',
    isSticky: post?.isSticky ?? false,
    scheduledAt: post?.status === 'scheduled' && post.publishedAt ? utcToZonedLocal(post.publishedAt, settings.timeZone) : '',
    modifiedAt: post?.modifiedAt ?? null,
  }
  const label = type === 'post' ? 'post' : 'page'
  const message = saved ? savedMessage(saved, post, label, settings.timeZone) : null
  return (
    <>
      <p className="text-base">
        <Link href={`/admin/${type}s`}>← All {label}s</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{post ? `Edit ${label}` : `New ${label}`}</h1>
      {message ? (
        <p role="status" className="mt-3 rounded border border-sage/40 bg-sage-soft p-3">
          {message}
        </p>
      ) : null}
      {post?.status === 'trash' ? (
        <div className="mt-4 rounded border border-accent bg-accent-soft p-4">
          <p className="font-bold">This {label} is in the trash.</p>
          <TrashToggleButton id={post.id} isTrashed />
        </div>
      ) : (
        <PostEditorForm
          values={values}
          categories={categories}
          pages={pages}
          media={media.map((item) => ({
            id: item.id,
            url: `/media/${item.fileName}`,
            alt: item.alt,
            caption: item.caption,
            width: item.width,
            height: item.height,
          }))}
          timeZone={settings.timeZone}
          startAtEnd={startAtEnd}
          justSaved={saved}
        />
      )}
      {isPublishedPost && post && confirmedSubscribers !== null ? (
        <NewsletterSendPanel
          postId={post.id}
          send={send ? { status: send.status, recipientCount: send.recipientCount, sentCount: send.sentCount } : null}
          confirmedCount={confirmedSubscribers}
        />
      ) : null}
      {post && post.status !== 'trash' ? (
        <section aria-labelledby="danger" className="mt-10 border-t border-line pt-6">
          <h2 id="danger" className="text-xl font-bold">
            Remove
          </h2>
          <p className="mt-1 text-base text-muted">The trash keeps it; you can restore it from the {label} list.</p>
          <TrashToggleButton id={post.id} isTrashed={false} />
        </section>
      ) : null}
      {revisions.length > 0 ? (
        <section aria-labelledby="revisions" className="mt-10 border-t border-line pt-6">
          <h2 id="revisions" className="text-xl font-bold">
            Revisions
          </h2>
          <ol className="mt-3 space-y-2 text-base">
            {revisions.map((revision, index) => (
              <li key={revision.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {formatDateTime(revision.createdAt, settings.timeZone)} · {revision.title || '(no title)'} · {revision.wordCount} words
                  {revision.isAutosave ? ' · autosave' : ''}
                  {index === 0 ? ' · latest' : ''}
                </span>
                {index > 0 ? <RevisionRestoreButton revisionId={revision.id} label={formatDateTime(revision.createdAt, settings.timeZone)} /> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  )
}
