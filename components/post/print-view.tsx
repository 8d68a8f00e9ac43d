import { buttonClass } from '@/components/ui/button'
import { formatDate, isoDate } from '@/lib/format'
import { commentBodyHtml } from '@/lib/comments/render-body'
import { routes } from '@/lib/routes'
import { wantsScripts } from '@/lib/http/first-paint'
import type { PrintPageView } from '@/lib/server/reader/print-page'
import { KeyPoints } from './key-points'
import { PostBody } from './post-body'
import { PostHeaderOf } from './post-header'
import { PrintButton } from './print-button'

// A post laid out for paper (for a doctor's appointment): title, dates, the trust line, key points,
// the text with every link's address written out, and the comments only when asked for. No menu,
// sidebar, greeting, share links, comment form or newsletter box.
export function PrintView({ view }: { view: PrintPageView }) {
  const { post } = view
  return (
    <main id="content" className="print-view reader-shell mx-auto max-w-3xl px-4 py-8">
      {/* The Print button needs JavaScript: the box asks for the page's scripts at once. */}
      <div className="mb-8 space-y-3 rounded-lg border border-line bg-card p-5 print:hidden" {...wantsScripts}>
        <p className="text-base">
          <a href={routes.post(post.slug)}>Back to the post</a>
        </p>
        <form method="get" className="flex flex-wrap items-center gap-3 text-base">
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="comments" value="1" defaultChecked={view.withComments} className="size-5 accent-accent" />
            Include the comments
          </label>
          <button type="submit" className={buttonClass({ variant: 'secondary', size: 'sm' })}>
            Update the print view
          </button>
        </form>
        <PrintButton />
      </div>
      <article aria-labelledby="post-title">
        <p className="mb-2 text-base text-muted">
          {view.siteTitle} · {view.url}
        </p>
        <PostHeaderOf post={post} readingMinutes={null} timeZone={view.timeZone} />
        <KeyPoints points={post.keyPoints ?? []} />
        <PostBody html={post.body} postUrl={view.url} />
        {view.withComments ? (
          <section aria-labelledby="print-comments" className="mt-10 border-t border-line pt-6">
            <h2 id="print-comments" className="text-2xl font-bold">
              Comments
            </h2>
            {view.comments.length === 0 ? <p className="mt-2">No comments yet.</p> : null}
            <ol className="mt-4 space-y-4">
              {view.comments.map((comment) => (
                <li key={comment.id} className="break-inside-avoid">
                  <p className="text-base">
                    <strong>{comment.authorName}</strong>, <time dateTime={isoDate(comment.createdAt)}>{formatDate(comment.createdAt, view.timeZone)}</time>
                  </p>
                  <div className="comment-body" dangerouslySetInnerHTML={{ __html: commentBodyHtml(comment.body) }} />
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </article>
    </main>
  )
}
